// Sends agent-session CloudEvents to a webhook URL with the CloudEvents SDK, in
// structured or binary mode, and prints one JSON line per delivery: {status}.
// Usage: node send.js URL KEY MODE TYPE SESSION_ID EVENT_ID [COUNT]
'use strict';
const { CloudEvent, HTTP } = require('cloudevents');

async function main() {
  const [url, key, mode, type, sessionId, eventId, countText] = process.argv.slice(2);
  const count = parseInt(countText || '1', 10);
  const event = new CloudEvent({
    specversion: '1.0',
    id: eventId,
    type,
    source: 'https://platform.example/workspaces/w_1',
    datacontenttype: 'application/json',
    workspaceid: 'w_1',
    data: {
      resource: { type: 'agent_session', id: sessionId, workspaceId: 'w_1' },
      agentSession: { sessionId, agentId: 'agt_1', executionMode: 'cloud', state: 'queued' },
    },
  });
  const message = mode === 'binary' ? HTTP.binary(event) : HTTP.structured(event);
  const statuses = [];
  for (let i = 0; i < count; i++) {
    const headers = { ...message.headers, 'X-One-Event-Id': eventId, 'X-One-Event-Type': type, 'X-One-Retry-Num': String(i) };
    if (key) headers['X-One-Webhook-Key'] = key;
    const response = await fetch(url, { method: 'POST', headers, body: message.body });
    statuses.push(response.status);
  }
  const tally = {};
  for (const s of statuses) tally[s] = (tally[s] || 0) + 1;
  console.log(JSON.stringify({ statuses: tally, headers: Object.keys(message.headers) }));
}

main().catch((e) => { console.error(e.message); process.exit(1); });
