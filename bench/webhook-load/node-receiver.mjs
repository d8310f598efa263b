#!/usr/bin/env node
// The receiver an operator would write instead of running AgentDesk's: node:http and
// the CloudEvents SDK, the key compared in constant time, bodies capped at 256 KiB,
// event ids appended to a file before the 202 (a repeat answers 200). For
// comparison in scripts/bench.sh only. Prints "LISTENING <port>".
//   WEBHOOK_KEY=KEY node node-receiver.mjs
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { HTTP } from 'cloudevents';

const key = process.env.WEBHOOK_KEY;
if (!key) { process.stderr.write('WEBHOOK_KEY is required\n'); process.exit(2); }
const keyHash = crypto.createHash('sha256').update(key).digest();
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'node-receiver-')), 'ids.log');
const fd = fs.openSync(file, 'a');
const seen = new Set();
const reply = (res, status, body) => {
  const text = body ? JSON.stringify(body) : '';
  res.writeHead(status, body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } : {});
  res.end(text);
};
const server = http.createServer((req, res) => {
  if (req.url.split('?')[0] !== '/webhook') return reply(res, 404, { error: 'not found' });
  if (req.method === 'GET' || req.method === 'HEAD') return reply(res, 204);
  if (req.method !== 'POST') return reply(res, 405, { error: 'method' });
  const given = req.headers['x-one-webhook-key'];
  const ok = typeof given === 'string' && crypto.timingSafeEqual(crypto.createHash('sha256').update(given).digest(), keyHash);
  if (!ok) { req.resume(); return reply(res, 401, { error: 'key' }); }
  const chunks = [];
  let size = 0;
  req.on('data', (c) => { size += c.length; if (size <= 256 * 1024) chunks.push(c); });
  req.on('end', () => {
    if (size > 256 * 1024) return reply(res, 413, { error: 'too large' });
    let ev;
    try {
      ev = HTTP.toEvent({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      ev.validate();
    } catch (e) { return reply(res, 400, { error: String(e.message || e).slice(0, 200) }); }
    if (seen.has(ev.id)) return reply(res, 200, { duplicate: true });
    fs.appendFileSync(fd, ev.id + '\n');
    seen.add(ev.id);
    reply(res, 202, { accepted: true });
  });
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
