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
import type { ReceiverErrorCode } from '../sdk/report/receiver-codes.js';
import { schemaIssueCode } from '../sdk/schema-issues.js';
import { envelopeIssues } from './envelope.js';
import { Aborted, Refusal, readBody } from './http.js';
import type { WireIssue } from './http.js';
import { createFollowUp, followUpPaths, lookupHash } from './follow-up.js';
import type { FollowUp } from './follow-up.js';
import { createInbox, inboxRoutes } from './inbox.js';
import { defaultInboxPageDir, readInboxPage, serveInboxPage } from './inbox-page.js';
import type { Inbox, InboxAccess, InboxErrorCode, InboxOptions } from './inbox.js';
import { RateLimiter } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';
import { ReportDatabaseError } from './store.js';
import type { RateLimit, ReportStore } from './store.js';

/** How the receiver behaves. */
export interface ReceiverOptions {
  /** The open database reports are committed to (`openReportStore()`). */
  db: ReportStore;
  /**
   * The web origins allowed to send reports from a browser, e.g. `https://ngo.example`. A request
   * with any other `Origin` is refused (403); requests without `Origin` (curl, servers) are allowed.
   */
  origins?: readonly string[];
  /** The largest request body accepted, in bytes. Default 131,072 (128 KiB). */
  maxBodyBytes?: number;
  /**
   * Reports per client (address) per minute; `false` turns the limit off. Default 20 a minute. Only
   * requests that could be stored count: one refused for its headers (no key, another content type,
   * too large) takes nothing from the bucket. With PostgreSQL every receiver on the database shares
   * the buckets; with SQLite each process keeps its own.
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Behind a reverse proxy every request comes from the proxy: set this to tell clients apart by the
   * last address in `X-Forwarded-For` instead. Only when a proxy you run sets that header. Without
   * it, the first request that carries the header makes the receiver warn once: every sender then
   * shares one bucket.
   */
  trustProxy?: boolean;
  /** How long connections may take; the defaults suit phones on slow networks. */
  timeouts?: ReceiverTimeouts;
  /** Where warnings about the set-up go (once each). Default: standard error. */
  warn?: (message: string) => void;
  /** Refuse plaintext reports (422 `receiver/encryption-required`): for organisations that publish a public key. */
  encryptedOnly?: boolean;
  /** Called once per request with what happened; it never receives an address, a key or a body. */
  log?: (entry: ReceiverLogEntry) => void;
  /**
   * Serve the case-worker inbox under `/inbox/` (docs/inbox.md). Without it every `/inbox/` path
   * answers 404. Staff are added with `safe-migration-kit staff add`.
   */
  inbox?: InboxOptions;
  /**
   * With `inbox` on: follow-up requests (`POST /follow-up`, `POST /follow-up/messages`) per client
   * address per minute, and the same again per follow-up code; `false` turns both limits off.
   * Default 6 a minute, bursts of 6: enough for a person to read and answer, and far too few to
   * guess an 80-bit code.
   */
  followUpRateLimit?: RateLimitOptions | false;
}

/** One route the receiver serves, and who may use it. */
export interface ReceiverRoute {
  method: string;
  /** `:receipt` stands for a report's receipt. */
  path: string;
  /**
   * `public`: anyone; `sign-in`: anyone, rate-limited; `staff`: a signed-in staff member only;
   * `follow-up-code`: anyone who sends a report's follow-up lookup token, rate-limited.
   */
  access: InboxAccess | 'follow-up-code';
}

/** Every route the receiver answers, the inbox's among them when `inbox` is on: what the router matches. */
export function receiverRoutes(options: { inbox?: unknown } = {}): ReceiverRoute[] {
  return [
    { method: 'GET', path: '/health', access: 'public' },
    { method: 'POST', path: '/reports', access: 'public' },
    { method: 'OPTIONS', path: '/reports', access: 'public' },
    ...(options.inbox ? inboxRoutes : []),
    ...(options.inbox
      ? followUpPaths.flatMap((path): ReceiverRoute[] => [
          { method: 'POST', path, access: 'follow-up-code' },
          { method: 'OPTIONS', path, access: 'public' },
        ])
      : []),
    ...(options.inbox ? inboxPageRoutes(options.inbox) : []),
  ];
}

/** The inbox page's files, each a public route: `/inbox` (which redirects), `/inbox/` and the page's script. */
function inboxPageRoutes(inbox: unknown): ReceiverRoute[] {
  const dir = (inbox as InboxOptions).pageDir ?? defaultInboxPageDir();
  return ['/inbox', ...readInboxPage(dir).keys()].map((path) => ({ method: 'GET', path, access: 'public' }));
}

/** Milliseconds; each bounds how long one client can hold a connection (and a file descriptor). */
export interface ReceiverTimeouts {
  /** A connection that sends nothing for this long is closed, before or between requests. Default 10,000. */
  idle?: number;
  /** The request line and headers must arrive within this. Default 10,000. */
  headers?: number;
  /** The whole request, body included, must arrive within this. Default 30,000. */
  request?: number;
  /** On `close()`, requests still under way get this long before their connections are cut. Default 5,000. */
  shutdownGrace?: number;
}

/** One request, as logged: no IP address, no user agent, no idempotency key, no report. */
export interface ReceiverLogEntry {
  /** ISO 8601, rounded to the minute. */
  time: string;
  method: string;
  /** `/reports`, `/health`, `/follow-up`, `/follow-up/messages`, `/inbox` for any path under it (a receipt in a path is not logged), or `-` for any other path (which is not echoed). */
  path: string;
  status: number;
  /** The error code of a refusal, or `receiver/aborted` when the sender went away before its body arrived. */
  code?: ReceiverLogCode;
  /** Milliseconds spent. */
  ms: number;
}

/** A code in the request log: a reply's error code, or `receiver/aborted` for a sender that went away before its body arrived. */
export type ReceiverLogCode = ReceiverErrorCode | InboxErrorCode | 'receiver/aborted';

/** A receiver listening on a port. */
export interface RunningReceiver {
  /** The base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: Server;
  /**
   * Stops accepting connections, gives requests in progress `timeouts.shutdownGrace` to finish, cuts
   * the connections still open, waits for the writes under way, then closes the database.
   */
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/**
 * Makes the request handler. Use it with your own `node:http` server, or call `startReceiver()`.
 * Throws `TypeError` for an origin that is not `scheme://host[:port]`.
 */
export function createReportHandler(options: ReceiverOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return handlerWithWork(options).handle;
}

/** The handler, and a way to wait for the requests it is still working on. */
function handlerWithWork(options: ReceiverOptions): {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  settled: () => Promise<void>;
  inbox: Inbox | undefined;
} {
  const { db } = options;
  const origins = normaliseOrigins(options.origins ?? []);
  const maxBody = options.maxBodyBytes ?? 131_072;
  const limits = options.rateLimit === false ? undefined : (options.rateLimit ?? { perMinute: 20 });
  const limiter: RateLimit | undefined = limits
    ? (db.sharedRateLimit?.({ perMinute: limits.perMinute, burst: limits.burst ?? limits.perMinute }) ?? new RateLimiter(limits))
    : undefined;
  const log = options.log;
  const inbox = options.inbox ? createInbox(db, options.inbox) : undefined;
  // Replies need staff to write them: without the inbox the receiver neither keeps lookups nor answers follow-up requests.
  const followUp: FollowUp | undefined = options.inbox ? createFollowUp(db, options.followUpRateLimit) : undefined;
  const page = options.inbox ? readInboxPage(options.inbox.pageDir ?? defaultInboxPageDir()) : undefined;
  const warn = options.warn ?? ((message: string) => void process.stderr.write(`receiver: ${message}\n`));
  let warnedForwarded = false;
  const working = new Set<Promise<unknown>>();

  const clientAddress = (req: IncomingMessage): string => {
    if (!options.trustProxy && req.headers['x-forwarded-for'] !== undefined && !warnedForwarded) {
      warnedForwarded = true;
      warn(
        'requests come through a proxy (they carry X-Forwarded-For) but --trust-proxy is off, so every sender shares one rate limit; ' +
          'start the receiver with --trust-proxy when your own proxy sets that header',
      );
    }
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

  async function post(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; code?: ReceiverLogCode }> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new Refusal(415, 'receiver/unsupported-media-type', 'Send the report as Content-Type: application/json');
    }
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity') throw new Refusal(415, 'receiver/unsupported-media-type', 'Compressed bodies are not accepted');
    const rawKey = req.headers['idempotency-key'];
    if (rawKey === undefined) {
      throw new Refusal(400, 'receiver/idempotency-key-missing', 'Send an Idempotency-Key header: one UUID per report, the same on every try');
    }
    const key = (Array.isArray(rawKey) ? rawKey[0]! : rawKey).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (!UUID.test(key)) throw new Refusal(400, 'receiver/idempotency-key-invalid', 'The Idempotency-Key must be a UUID');
    const rawLookup = req.headers['follow-up-lookup'];
    const lookup = rawLookup === undefined ? undefined : (Array.isArray(rawLookup) ? rawLookup[0]! : rawLookup).trim();
    if (lookup !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(lookup)) {
      throw new Refusal(400, 'receiver/follow-up-invalid', 'The Follow-Up-Lookup header must be the 43-character token the SDK derives from the follow-up code');
    }
    const declared = Number(req.headers['content-length']);
    if (declared > maxBody) {
      throw new Refusal(413, 'receiver/too-large', `The body is over ${maxBody} bytes`, { headers: { connection: 'close' } });
    }
    // Only now, so that requests refused for their headers cannot use up a sender's reports.
    if (limiter) {
      const wait = await limiter.take(clientAddress(req));
      if (wait > 0) {
        throw new Refusal(429, 'receiver/rate-limited', `Too many reports from one place; try again in ${wait} s`, {
          headers: { 'retry-after': String(wait) },
        });
      }
    }
    const raw = await readBody(req, maxBody);
    if (raw === 'too-large') throw new Refusal(413, 'receiver/too-large', `The body is over ${maxBody} bytes`, { headers: { connection: 'close' } });

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      throw new Refusal(400, 'receiver/malformed-json', 'The body is not valid UTF-8 JSON');
    }
    const isEnvelope = typeof json === 'object' && json !== null && 'ciphertext' in json;
    if (!isEnvelope && options.encryptedOnly) {
      throw new Refusal(422, 'receiver/encryption-required', 'This receiver accepts only encrypted reports');
    }
    const parsed = isEnvelope ? encryptedReportSchema.safeParse(json, { reportInput: true }) : reportSchema.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i): WireIssue => ({ path: i.path.map(String).join('.'), code: schemaIssueCode(i.code, i.input) }));
      throw new Refusal(422, isEnvelope ? 'receiver/envelope-invalid' : 'receiver/report-invalid', 'The report does not match the schema', { issues });
    }
    if (!isEnvelope && (parsed.data as { followUp?: unknown }).followUp !== undefined) {
      // The reply key belongs inside an encrypted report; in plain text it would sit in the database beside the replies it opens.
      throw new Refusal(422, 'receiver/report-invalid', 'A reply key is sent only inside an encrypted report', { issues: [{ path: 'followUp', code: 'not-allowed' }] });
    }
    if (isEnvelope) {
      const issues = await envelopeIssues(parsed.data as Parameters<typeof envelopeIssues>[0]);
      if (issues.length > 0) throw new Refusal(422, 'receiver/envelope-invalid', 'The envelope is not a report encrypted by the form', { issues });
    }
    const body = JSON.stringify(parsed.data);
    const hash = createHash('sha256').update(body).digest('hex');
    const result = await db.accept(key, isEnvelope ? 'encrypted' : 'report', body, hash);
    if (result.status === 'conflict') {
      throw new Refusal(422, 'receiver/idempotency-key-reused', 'This Idempotency-Key was already used for a different report');
    }
    const replayed = result.status === 'replayed';
    // After the report is committed; a retry (a replay) links it again when this failed.
    if (followUp && lookup) await db.followUp.link(result.receipt, lookupHash(lookup));
    send(res, 201, { receipt: result.receipt, receivedAt: result.receivedAt, replayed, ...(followUp && lookup ? { followUp: true } : {}) });
    return { status: 201 };
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, pathname: string): Promise<{ status: number; code?: ReceiverLogCode }> {
    if (path === '/inbox') {
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      res.setHeader('cross-origin-resource-policy', 'same-origin');
      if (!inbox) throw new Refusal(404, 'receiver/not-found', 'This receiver does not serve an inbox');
      if (pathname !== '/inbox/api' && !pathname.startsWith('/inbox/api/')) return serveInboxPage(req, res, pathname, page!);
      return inbox.handle(req, res, pathname, clientAddress(req));
    }
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
      if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'receiver/method-not-allowed', 'Use GET', { headers: { allow: 'GET, HEAD' } });
      try {
        await db.check();
      } catch {
        throw new Refusal(503, 'receiver/storage-unavailable', 'The database cannot be written', { headers: { 'retry-after': '5' } });
      }
      send(res, 200, { status: 'ok', version: VERSION });
      return { status: 200 };
    }
    const isFollowUp = followUp !== undefined && (followUpPaths as readonly string[]).includes(path);
    if (path !== '/reports' && !isFollowUp) throw new Refusal(404, 'receiver/not-found', 'Reports go to POST /reports');
    if (origin !== undefined && !allowed) {
      throw new Refusal(403, 'receiver/origin-not-allowed', 'This site is not allowed to send reports here (start the receiver with --origin for it)');
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        allow: 'POST, OPTIONS',
        ...(allowed
          ? {
              'access-control-allow-methods': 'POST',
              // follow-up-lookup even without the inbox: a form set up with `follow-up` must still deliver its report; the header is then ignored.
              'access-control-allow-headers': 'content-type, idempotency-key, follow-up-lookup',
              'access-control-max-age': '600',
            }
          : {}),
      });
      res.end();
      return { status: 204 };
    }
    if (method !== 'POST') throw new Refusal(405, 'receiver/method-not-allowed', 'Use POST', { headers: { allow: 'POST, OPTIONS' } });
    if (isFollowUp) return followUp.handle(req, res, path, clientAddress(req), maxBody);
    return post(req, res);
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    let path = '-';
    let pathname = '/';
    try {
      pathname = new URL(req.url ?? '/', 'http://receiver').pathname;
      if (pathname === '/reports' || pathname === '/health' || (followUpPaths as readonly string[]).includes(pathname)) path = pathname;
      else if (pathname === '/inbox' || pathname.startsWith('/inbox/')) path = '/inbox';
    } catch {
      // A request line that is not a URL: path stays "-" and the route answers 404.
    }
    const finish = (outcome: { status: number; code?: ReceiverLogCode }) => {
      log?.({
        time: `${new Date().toISOString().slice(0, 16)}Z`,
        method: req.method ?? '-',
        path,
        status: outcome.status,
        ...(outcome.code ? { code: outcome.code } : {}),
        ms: Math.round(performance.now() - started),
      });
    };
    const work = route(req, res, path, pathname).then(finish, (error: unknown) => {
      if (error instanceof Aborted) {
        // Nobody is left to answer: log it as the sender's doing, not as a failure of ours.
        finish({ status: 400, code: 'receiver/aborted' });
        return;
      }
      const refusal =
        error instanceof Refusal
          ? error
          : error instanceof ReportDatabaseError
            ? new Refusal(503, 'receiver/storage-unavailable', 'The report could not be stored; try again later', { headers: { 'retry-after': '5' } })
            : new Refusal(500, 'receiver/internal', 'The receiver failed; try again later');
      if (!(error instanceof Refusal)) {
        process.stderr.write(`receiver: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      if (!res.headersSent) {
        // Refused before its body was read: close the connection after the answer rather than read
        // (and throw away) however many bytes the sender still means to send.
        const unread = !req.complete;
        send(
          res,
          refusal.status,
          { error: { code: refusal.code, message: refusal.message, ...(refusal.extra.issues ? { issues: refusal.extra.issues } : {}) } },
          unread ? { ...refusal.extra.headers, connection: 'close' } : refusal.extra.headers,
        );
        if (unread) res.once('finish', () => req.destroy());
      }
      finish({ status: refusal.status, code: refusal.code });
    });
    working.add(work);
    void work.finally(() => working.delete(work));
  };
  return {
    handle,
    inbox,
    settled: async () => {
      while (working.size > 0) await Promise.allSettled([...working]);
    },
  };
}

/**
 * Starts the receiver on `host:port` (defaults 127.0.0.1 and 8787; port 0 picks a free one) and
 * resolves once it listens. Put it behind a TLS-terminating reverse proxy for the public internet.
 */
export async function startReceiver(options: ReceiverOptions & { port?: number; host?: string }): Promise<RunningReceiver> {
  const { handle, settled, inbox } = handlerWithWork(options);
  const timeouts = { idle: 10_000, headers: 10_000, request: 30_000, shutdownGrace: 5_000, ...options.timeouts };
  // A client may not hold a connection for ever, whether it sends nothing at all, its headers a
  // byte at a time (slowloris) or its body slowly: each connection costs a file descriptor.
  // Node checks the header and request deadlines only every connectionsCheckingInterval.
  const server = createServer({ connectionsCheckingInterval: Math.min(1000, timeouts.headers / 2) }, handle);
  server.headersTimeout = timeouts.headers;
  server.requestTimeout = timeouts.request;
  server.keepAliveTimeout = Math.min(5_000, timeouts.idle);
  // Socket inactivity: also covers a connection that never sends its first byte, which the two
  // deadlines above do not.
  server.timeout = timeouts.idle;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Retention runs without anyone signed in, too: now, then every hour.
  const sweep = () => void inbox?.sweep().catch((error: unknown) => process.stderr.write(`receiver: retention failed: ${(error as Error).message}\n`));
  let retention: NodeJS.Timeout | undefined;
  if (options.inbox?.retentionDays !== undefined) {
    sweep();
    retention = setInterval(sweep, 3_600_000).unref();
  }
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    server,
    close: async () => {
      clearInterval(retention);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), timeouts.shutdownGrace);
      await closed;
      clearTimeout(grace);
      await settled();
      await options.db.close();
    },
  };
}
