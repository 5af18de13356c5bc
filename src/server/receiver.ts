/**
 * The reference receiver: `POST /reports` and `GET /health` over node:http. The HTTP contract is in
 * docs/report-api.md and docs/openapi.yaml; this file is its implementation.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encryptedReportSchema, reportSchema } from '../sdk/report/schema.js';
import { VERSION } from '../sdk/version.js';
import type { ReportDatabase } from './database.js';
import { RateLimiter } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';

/** How the receiver behaves. */
export interface ReceiverOptions {
  /** The open database reports are committed to. */
  db: ReportDatabase;
  /**
   * The web origins allowed to send reports from a browser, e.g. `https://ngo.example`. A request
   * with any other `Origin` is refused (403); requests without `Origin` (curl, servers) are allowed.
   */
  origins?: readonly string[];
  /** The largest request body accepted, in bytes. Default 131,072 (128 KiB). */
  maxBodyBytes?: number;
  /** Reports per client (address) per minute; `false` turns the limit off. Default 20 a minute. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Behind a reverse proxy every request comes from the proxy: set this to tell clients apart by the
   * last address in `X-Forwarded-For` instead. Only when a proxy you run sets that header.
   */
  trustProxy?: boolean;
  /** Refuse plaintext reports (422 `encryption-required`): for organisations that publish a public key. */
  encryptedOnly?: boolean;
  /** Called once per request with what happened; it never receives an address, a key or a body. */
  log?: (entry: ReceiverLogEntry) => void;
}

/** One request, as logged: no IP address, no user agent, no idempotency key, no report. */
export interface ReceiverLogEntry {
  /** ISO 8601, rounded to the minute. */
  time: string;
  method: string;
  /** `/reports`, `/health`, or `-` for any other path (which is not echoed). */
  path: string;
  status: number;
  /** The error code, for a refusal. */
  code?: string;
  /** Milliseconds spent. */
  ms: number;
}

/** A receiver listening on a port. */
export interface RunningReceiver {
  /** The base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections, waits for requests in progress, then closes the database. */
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly extra: { headers?: Record<string, string>; issues?: { path: string; code: string }[] } = {},
  ) {}
}

/** Checks each origin and returns them in the form browsers send (`scheme://host[:port]`). */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new TypeError(`"${origin}" is not an origin like https://ngo.example`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.length > 1 || url.search || url.hash) {
      throw new TypeError(`"${origin}" is not an origin like https://ngo.example (no path)`);
    }
    set.add(url.origin);
  }
  return set;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Makes the request handler. Use it with your own `node:http` server, or call `startReceiver()`.
 * Throws `TypeError` for an origin that is not `scheme://host[:port]`.
 */
export function createReportHandler(options: ReceiverOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { db } = options;
  const origins = normaliseOrigins(options.origins ?? []);
  const maxBody = options.maxBodyBytes ?? 131_072;
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? { perMinute: 20 });
  const log = options.log;

  const clientAddress = (req: IncomingMessage): string => {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').pop()?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? '';
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  };

  async function post(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; code?: string }> {
    if (limiter) {
      const wait = limiter.take(clientAddress(req));
      if (wait > 0) {
        throw new Refusal(429, 'rate-limited', `Too many reports from one place; try again in ${wait} s`, {
          headers: { 'retry-after': String(wait) },
        });
      }
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new Refusal(415, 'unsupported-media-type', 'Send the report as Content-Type: application/json');
    }
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity') throw new Refusal(415, 'unsupported-media-type', 'Compressed bodies are not accepted');
    const rawKey = req.headers['idempotency-key'];
    if (rawKey === undefined) {
      throw new Refusal(400, 'idempotency-key-missing', 'Send an Idempotency-Key header: one UUID per report, the same on every try');
    }
    const key = (Array.isArray(rawKey) ? rawKey[0]! : rawKey).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (!UUID.test(key)) throw new Refusal(400, 'idempotency-key-invalid', 'The Idempotency-Key must be a UUID');
    const declared = Number(req.headers['content-length']);
    if (declared > maxBody) {
      throw new Refusal(413, 'too-large', `The body is over ${maxBody} bytes`, { headers: { connection: 'close' } });
    }
    const raw = await readBody(req, maxBody);
    if (raw === 'too-large') throw new Refusal(413, 'too-large', `The body is over ${maxBody} bytes`, { headers: { connection: 'close' } });

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      throw new Refusal(400, 'malformed-json', 'The body is not valid UTF-8 JSON');
    }
    const isEnvelope = typeof json === 'object' && json !== null && 'ciphertext' in json;
    if (!isEnvelope && options.encryptedOnly) {
      throw new Refusal(422, 'encryption-required', 'This receiver accepts only encrypted reports');
    }
    const parsed = isEnvelope ? encryptedReportSchema.safeParse(json) : reportSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
      throw new Refusal(422, isEnvelope ? 'envelope-invalid' : 'report-invalid', 'The report does not match the schema', { issues });
    }
    const body = JSON.stringify(parsed.data);
    const hash = createHash('sha256').update(body).digest('hex');
    const result = db.accept(key, isEnvelope ? 'encrypted' : 'report', body, hash);
    if (result.status === 'conflict') {
      throw new Refusal(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different report');
    }
    const replayed = result.status === 'replayed';
    send(res, 201, { receipt: result.receipt, receivedAt: result.receivedAt, replayed });
    return { status: 201 };
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<{ status: number; code?: string }> {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && origins.has(origin);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    res.setHeader('vary', 'Origin');
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'Retry-After');
    }
    const method = req.method ?? 'GET';

    if (path === '/health') {
      if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'method-not-allowed', 'Use GET', { headers: { allow: 'GET, HEAD' } });
      try {
        db.check();
      } catch {
        throw new Refusal(503, 'storage-unavailable', 'The database cannot be read');
      }
      send(res, 200, { status: 'ok', version: VERSION });
      return { status: 200 };
    }
    if (path !== '/reports') throw new Refusal(404, 'not-found', 'Reports go to POST /reports');
    if (origin !== undefined && !allowed) {
      throw new Refusal(403, 'origin-not-allowed', 'This site is not allowed to send reports here (start the receiver with --origin for it)');
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        allow: 'POST, OPTIONS',
        ...(allowed
          ? {
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'content-type, idempotency-key',
              'access-control-max-age': '600',
            }
          : {}),
      });
      res.end();
      return { status: 204 };
    }
    if (method !== 'POST') throw new Refusal(405, 'method-not-allowed', 'Use POST', { headers: { allow: 'POST, OPTIONS' } });
    return post(req, res);
  }

  return (req, res) => {
    const started = performance.now();
    let path = '-';
    try {
      const pathname = new URL(req.url ?? '/', 'http://receiver').pathname;
      if (pathname === '/reports' || pathname === '/health') path = pathname;
    } catch {
      // A request line that is not a URL: path stays "-" and the route answers 404.
    }
    const finish = (outcome: { status: number; code?: string }) => {
      log?.({
        time: `${new Date().toISOString().slice(0, 16)}Z`,
        method: req.method ?? '-',
        path,
        status: outcome.status,
        ...(outcome.code ? { code: outcome.code } : {}),
        ms: Math.round(performance.now() - started),
      });
    };
    route(req, res, path).then(finish, (error: unknown) => {
      const refusal =
        error instanceof Refusal
          ? error
          : error instanceof Error && error.name === 'SqliteError'
            ? new Refusal(503, 'storage-unavailable', 'The report could not be stored; try again later', { headers: { 'retry-after': '5' } })
            : new Refusal(500, 'internal', 'The receiver failed; try again later');
      if (!(error instanceof Refusal)) {
        process.stderr.write(`receiver: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      if (!res.headersSent) {
        send(
          res,
          refusal.status,
          { error: { code: refusal.code, message: refusal.message, ...(refusal.extra.issues ? { issues: refusal.extra.issues } : {}) } },
          refusal.extra.headers,
        );
        // Do not read the rest of a body that was refused before it was read.
        if (refusal.extra.headers?.connection === 'close') res.once('finish', () => req.destroy());
      }
      finish({ status: refusal.status, code: refusal.code });
    });
  };
}

/**
 * Starts the receiver on `host:port` (defaults 127.0.0.1 and 8787; port 0 picks a free one) and
 * resolves once it listens. Put it behind a TLS-terminating reverse proxy for the public internet.
 */
export async function startReceiver(options: ReceiverOptions & { port?: number; host?: string }): Promise<RunningReceiver> {
  const handler = createReportHandler(options);
  const server = createServer(handler);
  // A slow client may not hold a connection for ever (slowloris).
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          options.db.close();
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
