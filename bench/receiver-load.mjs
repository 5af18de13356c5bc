// The load generator for bench/receiver.bench.ts, run as its own process so that it does not share
// a CPU thread with the receiver: autocannon POSTs one body with a fresh Idempotency-Key per request
// (every request stores a new report), or with one key for all (every request after the first is a
// replay). Usage: node bench/receiver-load.mjs URL BODY_FILE AMOUNT new|replay. Prints JSON.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, bodyFile, amount, mode] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');
const sameKey = randomUUID();

const result = await autocannon({
  url,
  connections: 10,
  amount: Number(amount),
  timeout: 10,
  requests: [
    {
      method: 'POST',
      path: '/reports',
      headers: { 'content-type': 'application/json' },
      body,
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, 'idempotency-key': mode === 'replay' ? sameKey : randomUUID() },
      }),
    },
  ],
});

process.stdout.write(
  JSON.stringify({
    sent: result.requests.sent,
    perSecond: result.requests.average,
    total: result.requests.total,
    duration: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    status201: Number(result.statusCodeStats?.['201']?.count ?? 0),
  }),
);
