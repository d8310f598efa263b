#!/usr/bin/env node
// Drives a webhook receiver with structured CloudEvents (unique ids, optionally a share
// of redeliveries) over N kept-alive connections and prints one JSON line:
//   {rps, p50_ms, p99_ms, failures, non2xx, total, connections, peak_rss_mb}
// failures = errors + timeouts + non-2xx answers; peak_rss_mb is the receiver's VmHWM
// (give --pid). The same command drives AgentDesk's listener and node-receiver.mjs.
//
//   node load.mjs --url URL --key KEY [--connections 50] [--duration 10] [--dup-ratio 0] [--pid PID]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: o } = parseArgs({
  options: {
    url: { type: 'string' }, key: { type: 'string' }, connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' }, 'dup-ratio': { type: 'string', default: '0' },
    pid: { type: 'string' }, timeout: { type: 'string', default: '10' },
  },
});
if (!o.url || !o.key) {
  process.stderr.write('usage: node load.mjs --url URL --key KEY [--connections N] [--duration S] [--pid PID]\n');
  process.exit(2);
}
const dupRatio = Number(o['dup-ratio']);
const tag = `${Date.now().toString(36)}-${process.pid}`;
let minted = 0;
function event() {
  const n = minted > 0 && Math.random() < dupRatio ? Math.floor(Math.random() * minted) : minted++;
  return JSON.stringify({
    specversion: '1.0', id: `ev-${tag}-${n}`, source: '/bench/load', type: 'com.agentdesk.bench.task.updated',
    time: new Date().toISOString(), datacontenttype: 'application/json', data: { seq: n, note: 'x'.repeat(200) },
  });
}
const url = new URL(o.url);
const result = await autocannon({
  url: url.origin,
  connections: Number(o.connections),
  duration: Number(o.duration),
  timeout: Number(o.timeout),
  headers: { 'content-type': 'application/cloudevents+json', 'x-one-webhook-key': o.key },
  requests: [{ method: 'POST', path: url.pathname, setupRequest: (r) => ({ ...r, body: event() }) }],
});
let peak = null;
if (o.pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${o.pid}/status`, 'utf8'));
    peak = m ? Math.round(Number(m[1]) / 1024) : null;
  } catch { /* the receiver is gone */ }
}
process.stdout.write(JSON.stringify({
  rps: Math.round(result.requests.average),
  p50_ms: result.latency.p50,
  p99_ms: result.latency.p99,
  failures: result.errors + result.timeouts + result.non2xx,
  non2xx: result.non2xx,
  total: result.requests.total,
  connections: Number(o.connections),
  peak_rss_mb: peak,
}) + '\n');
