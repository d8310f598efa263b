// The peer for `scripts/bench.sh sync`: Google's Jules SDK doing its idiomatic full
// sync (every session, with its activities) against AgentDesk's fake Jules.
//   JULES_HOME=<scratch> node sync.mjs BASE_URL API_KEY SESSIONS
// Prints one JSON line: sessions and activities synced, milliseconds inside node.
import { jules } from '@google/jules-sdk';

const [baseUrl, apiKey, sessions] = process.argv.slice(2);
const client = jules.with({ apiKey, baseUrl });
const started = performance.now();
const stats = await client.sync({
  depth: 'activities',
  incremental: false,
  limit: Number(sessions),
});
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ...stats, ms }));
