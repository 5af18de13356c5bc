// A minimal receiver that follows the HTTP contract (idempotent on the key, 201 with a receipt),
// scripted to fail in a given way on each request in turn. The real receiver is tested against the
// client in test/server/delivery.node.test.ts; this one isolates the client's retry logic.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';

/** What the receiver does with one request. */
export type Fault =
  | 'ok'
  /** Close the connection before storing: nothing arrived. */
  | 'drop'
  /** Store, then close the connection: the report arrived, the receipt was lost. */
  | 'drop-after-store'
  /** Answer 200 with an HTML page, like a Wi-Fi login portal. */
  | 'portal'
  /** Store, then answer only after this many milliseconds. */
  | { slow: number }
  /** Answer this status with a JSON error, and a Retry-After header when given. */
  | { status: number; retryAfter?: string; code?: string };

export interface Arrival {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeReceiver {
  url: string;
  port: number;
  /** Stored bodies by idempotency key. */
  stored: Map<string, { body: string; receipt: string }>;
  /** Every request, in order of arrival. */
  arrivals: Arrival[];
  /** Faults still to come; once empty, every request is 'ok'. */
  faults: Fault[];
  close(): Promise<void>;
}

/** Starts the fake receiver on 127.0.0.1; `port` 0 picks a free one. */
export async function startFakeReceiver(faults: Fault[] = [], port = 0): Promise<FakeReceiver> {
  const stored = new Map<string, { body: string; receipt: string }>();
  const arrivals: Arrival[] = [];
  const state = { faults: [...faults] };
  const store = (key: string, body: string) => {
    const existing = stored.get(key);
    if (existing) return { ...existing, replayed: true };
    const receipt = String(randomInt(1e11, 1e12));
    stored.set(key, { body, receipt });
    return { body, receipt, replayed: false };
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      arrivals.push({ at: Date.now(), headers: req.headers, body });
      const key = String(req.headers['idempotency-key']);
      const fault = state.faults.shift() ?? 'ok';
      const reply = (r: { receipt: string; replayed: boolean }) => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ receipt: r.receipt, receivedAt: '2026-05-01T10:23:00Z', replayed: r.replayed }));
      };
      if (fault === 'ok') reply(store(key, body));
      else if (fault === 'drop') req.socket.destroy();
      else if (fault === 'drop-after-store') {
        store(key, body);
        req.socket.destroy();
      } else if (fault === 'portal') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>Log in to Wi-Fi</title>');
      } else if ('slow' in fault) {
        const r = store(key, body);
        setTimeout(() => {
          if (!res.destroyed) reply(r);
        }, fault.slow).unref();
      } else {
        res.writeHead(fault.status, {
          'content-type': 'application/json',
          ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}),
        });
        res.end(JSON.stringify({ error: { code: fault.code ?? `status-${fault.status}`, message: 'scripted' } }));
      }
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/reports`,
    port: actual,
    stored,
    arrivals,
    get faults() {
      return state.faults;
    },
    set faults(value) {
      state.faults = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
