// Shared by the receiver tests: a real receiver on a temporary SQLite file or a throwaway
// PostgreSQL database, and a fault-injecting HTTP proxy to put between it and the client.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReportStore, startReceiver } from '../../src/server/index.js';
import type { ReceiverLogEntry, ReceiverOptions, ReportStore, RunningReceiver, StoredReportRow } from '../../src/server/index.js';
import { newPostgresDatabase, postgresUnavailable } from './postgres.js';

/** A kind of database the receiver tests run against. */
export interface StoreBackend {
  name: 'SQLite' | 'PostgreSQL';
  /** Why this backend's tests are skipped here, or `undefined`. */
  skip: string | undefined;
  /** A new, empty database: a file in `dir`, or a new database on the throwaway PostgreSQL server. */
  location(dir: string): Promise<string>;
}

export const sqlite: StoreBackend = { name: 'SQLite', skip: undefined, location: async (dir) => join(dir, 'reports.sqlite') };
export const postgres: StoreBackend = {
  name: 'PostgreSQL',
  skip: postgresUnavailable && `PostgreSQL is not available: ${postgresUnavailable}`,
  location: async () => (await newPostgresDatabase()).url,
};
/** Both: the idempotency, crash and fault tests run once against each. */
export const backends: readonly StoreBackend[] = [sqlite, postgres];

export interface TestReceiver extends RunningReceiver {
  db: ReportStore;
  /** The SQLite file or PostgreSQL URL. */
  file: string;
  logs: ReceiverLogEntry[];
  /** Closes the receiver and deletes the temporary folder. */
  dispose(): Promise<void>;
}

/** Every stored row, in order. */
export async function storedRows(store: ReportStore): Promise<StoredReportRow[]> {
  const rows: StoredReportRow[] = [];
  for await (const row of store.rows()) rows.push(row);
  return rows;
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'smk-receiver-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestReceiver(
  options: Partial<Omit<ReceiverOptions, 'db'>> & { port?: number; file?: string; backend?: StoreBackend } = {},
): Promise<TestReceiver> {
  const tmp = tempDir();
  const file = options.file ?? (await (options.backend ?? sqlite).location(tmp.dir));
  const db = await openReportStore(file);
  const logs: ReceiverLogEntry[] = [];
  const running = await startReceiver({
    origins: ['https://ngo.example'],
    rateLimit: false,
    ...options,
    db,
    port: options.port ?? 0,
    log: (entry) => logs.push(entry),
  });
  return {
    ...running,
    db,
    file,
    logs,
    dispose: async () => {
      await running.close();
      tmp.remove();
    },
  };
}

/** What the proxy does with one request. */
export type ProxyFault =
  | 'pass'
  /** Close the connection before forwarding: the report never reaches the receiver. */
  | 'drop'
  /** Forward, let the receiver store it, then close the connection: the receipt is lost. */
  | 'drop-reply'
  /** Forward the same request twice (a duplicated delivery) and return the second reply. */
  | 'duplicate'
  /** Answer without forwarding. */
  | { status: number; retryAfter?: string }
  /** Forward, then hold the reply this many milliseconds. */
  | { delay: number };

export interface FaultProxy {
  url: string;
  faults: ProxyFault[];
  /** Requests the proxy saw, with the fault applied to each. */
  seen: { fault: ProxyFault; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A proxy on 127.0.0.1 in front of `target` (a base URL), applying `faults` to requests in turn. */
export async function startFaultProxy(target: string, faults: ProxyFault[] = []): Promise<FaultProxy> {
  const upstream = new URL(target);
  const state = { faults: [...faults] };
  const seen: FaultProxy['seen'] = [];
  const forward = (method: string, path: string, headers: IncomingHttpHeaders, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = request(
        { host: upstream.hostname, port: upstream.port, method, path, headers: { ...headers, host: upstream.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const fault = req.method === 'POST' ? (state.faults.shift() ?? 'pass') : 'pass';
      seen.push({ fault, headers: req.headers });
      const relay = async () => {
        if (fault === 'drop') {
          req.socket.destroy();
          return;
        }
        if (typeof fault === 'object' && 'status' in fault) {
          res.writeHead(fault.status, {
            'content-type': 'application/json',
            ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
          });
          res.end(JSON.stringify({ error: { code: 'proxy-fault', message: `scripted ${fault.status}` } }));
          return;
        }
        if (fault === 'duplicate') await forward(req.method!, req.url!, req.headers, body);
        const reply = await forward(req.method!, req.url!, req.headers, body);
        if (fault === 'drop-reply') {
          req.socket.destroy();
          return;
        }
        if (typeof fault === 'object') await new Promise((resolve) => setTimeout(resolve, fault.delay));
        if (res.destroyed) return;
        const { connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, ...headers } = reply.headers;
        res.writeHead(reply.status, headers);
        res.end(reply.body);
      };
      relay().catch(() => req.socket.destroy());
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get faults() {
      return state.faults;
    },
    set faults(value) {
      state.faults = value;
    },
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POSTs `body` to the receiver with fetch; headers default to a valid JSON delivery. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}
