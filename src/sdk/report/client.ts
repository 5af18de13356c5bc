/**
 * Delivers reports so that none is lost and none arrives twice: each report gets one random
 * idempotency key, every try sends that key with the same bytes, and a report leaves `pending`
 * only when the receiver has confirmed it. DOM-free; runs in browsers and Node.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import * as z from 'zod/mini';
import { encryptReport, parseReportPublicKey } from './crypto.js';
import { FollowUpError, ReportConfigError, ReportDeliveryError } from './errors.js';
import { decryptReply, deriveFollowUp, encryptedReplySchema, followUpTextLimit, newFollowUpCode, parseFollowUpCode } from './follow-up.js';
import type { FollowUpSecrets } from './follow-up.js';
import type { ReportDeliveryErrorCode } from './errors.js';
import { receiverErrorCodes } from './receiver-codes.js';
import type { ReceiverErrorCode } from './receiver-codes.js';
import type { AnswerReceipt, FollowUpMessage, FollowUpThread, PendingAnswer, PendingReport, ReportReceipt } from './pending.js';
import { encryptedReportSchema } from './schema.js';
import type { EncryptedReport } from './schema.js';
import { storedReportSchema } from './store.js';
import { validateReport } from './validate.js';
import { transportSecurity } from '../rules.js';
import type { ReportStore, StoredReport } from './store.js';

export type { AnswerReceipt, FollowUpMessage, FollowUpThread, PendingAnswer, PendingReport, ReportReceipt } from './pending.js';
export type { ReportStore, StoredReport } from './store.js';
export { FollowUpError, ReportDeliveryError, ReportValidationError } from './errors.js';
export { decryptReport, encryptReport, generateReportKeyPair, importReportPrivateKey } from './crypto.js';
export type { ReportPrivateKey } from './crypto.js';

/** How a `ReportClient` delivers reports. */
export interface ReportClientOptions {
  /** The receiver's URL that reports are POSTed to, e.g. `https://ngo.example/reports`. */
  endpoint: string;
  /**
   * The organisation's ECDH P-256 public key (JWK). When set, each report is encrypted in the
   * page before it is sent, and the receiver, web host and CDN see only ciphertext.
   */
  publicKey?: JsonWebKey;
  /** How long one try may wait for a reply, in milliseconds. Default 15,000. */
  timeout?: number;
  /** How long one `send()` may take in all, retries and waits included, in milliseconds. Default 90,000. */
  deadline?: number;
  /** How many times to try again after the first try fails. Default 5. */
  retries?: number;
  /**
   * The wait before retry number `attempt` (from 1), in milliseconds; a random wait between half
   * of it and all of it is used, so that many phones do not retry in step. Default `min(1000 · 2^(attempt − 1), 30000)`. A `Retry-After` from
   * the receiver (429, 503) replaces it.
   */
  backoff?: (attempt: number) => number;
  /**
   * Keeps undelivered reports between page loads, as ciphertext only (so a `publicKey` is
   * required). Off by default: anything stored on the phone proves that a report exists. Only
   * a site that has weighed that should opt in.
   */
  store?: ReportStore;
  /** Stored reports older than this, in milliseconds, are deleted unsent. Default 7 days. */
  storeMaxAge?: number;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof fetch;
  /**
   * Give each report a follow-up code (`PendingReport.followUpCode`), so that the reporter can read
   * the organisation's replies and answer them later (docs/report-api.md). The receiver must run
   * the inbox; the receipt's `followUp` says whether it keeps the code. Off by default.
   */
  followUp?: boolean;
}

/** The outcome of sending one stored report with `ReportClient.resume()`. */
export type ResumeResult =
  | { readonly id: string; readonly receipt: ReportReceipt }
  | { readonly id: string; readonly error: ReportDeliveryErrorCode };

const receiptSchema = z.object({
  receipt: z.string().check(z.minLength(1), z.maxLength(64)),
  receivedAt: z.string().check(z.maxLength(64)),
  replayed: z.optional(z.boolean()),
  followUp: z.optional(z.boolean()),
});

const answerReceiptSchema = z.object({
  id: z.number(),
  at: z.string().check(z.maxLength(64)),
  replayed: z.optional(z.boolean()),
});

const threadSchema = z.object({
  receipt: z.string().check(z.minLength(1), z.maxLength(64)),
  messages: z.array(
    z.object({
      id: z.number(),
      from: z.enum(['organisation', 'reporter']),
      at: z.string().check(z.maxLength(64)),
      body: z.union([z.string().check(z.maxLength(followUpTextLimit)), encryptedReplySchema, encryptedReportSchema]),
    }),
  ),
});

const serverErrorSchema = z.object({
  error: z.object({ code: z.string().check(z.maxLength(64)) }),
});

const receiverCodeSchema = z.enum(receiverErrorCodes);

const defaultBackoff = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 30_000);

/** Statuses worth another try: the receiver or a proxy was busy or failing, not refusing. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

function uuid(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function checkEndpoint(endpoint: string): void {
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    throw new ReportConfigError('report/endpoint-invalid', 'endpoint must be the URL that reports are sent to');
  }
  const security = transportSecurity(endpoint);
  if (security === 'not-web') {
    throw new ReportConfigError('report/endpoint-invalid', `endpoint must be an https: URL, not ${new URL(endpoint).protocol}`);
  }
  if (security === 'insecure') {
    throw new ReportConfigError('report/endpoint-insecure', 'endpoint must use https: (plain http: is allowed only to this machine)');
  }
}

function checkNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ReportConfigError('report/option-invalid', `${name} must be a finite number ≥ 0`);
  return value;
}

/** Why one delivery failed, before it is tied to a pending report. */
class Failure {
  constructor(
    readonly code: ReportDeliveryErrorCode,
    readonly message: string,
    readonly status?: number,
    readonly serverCode?: ReceiverErrorCode,
    readonly cause?: unknown,
  ) {}
}

interface Entry {
  readonly pending: PendingReport;
  /** The lookup and reply key of the report's follow-up code, derived once. */
  secrets?: Promise<FollowUpSecrets>;
  /** The one envelope made for this report, reused by every try (encrypted mode). */
  envelope?: Promise<EncryptedReport>;
  inFlight?: Promise<ReportReceipt>;
  controller?: AbortController;
}

/**
 * Validates, optionally encrypts, and delivers reports to one receiver.
 *
 * `send()` POSTs the report as JSON with an `Idempotency-Key` header made once per report, and
 * retries network errors, timeouts, 408, 429 and 5xx with exponential backoff and jitter, waiting
 * as long as a `Retry-After` header asks when that fits before the deadline. A report leaves
 * `pending` only when the receiver confirms it with a receipt; on failure it stays, so the person
 * can send it again (the receiver stores it once, however often it arrives) or use another channel.
 * Requests carry no cookies and no `Referer`.
 */
export class ReportClient {
  readonly #endpoint: string;
  readonly #publicKey: JsonWebKey | undefined;
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #retries: number;
  readonly #backoff: (attempt: number) => number;
  readonly #store: ReportStore | undefined;
  readonly #fetch: typeof fetch | undefined;
  readonly #entries = new Map<string, Entry>();
  readonly #stored = new Map<string, StoredReport>();
  readonly #confirmed = new Map<string, ReportReceipt>();
  readonly #discarded = new Set<string>();
  readonly #resuming = new Map<string, AbortController>();
  readonly #followUp: boolean;
  readonly #answers = new Map<string, { pending: PendingAnswer; body?: Promise<string>; inFlight?: Promise<AnswerReceipt>; controller?: AbortController }>();

  /**
   * Checks the options at once: throws `ReportConfigError` for an unusable endpoint or number, or
   * a store without a public key, and `ReportCryptoError` for a public key that is not an ECDH
   * P-256 public JWK (or is a private key).
   */
  constructor(options: ReportClientOptions) {
    checkEndpoint(options.endpoint);
    if (options.publicKey !== undefined) parseReportPublicKey(options.publicKey);
    if (options.store && options.publicKey === undefined) {
      throw new ReportConfigError('report/store-needs-public-key', 'store keeps reports on the phone, so it needs publicKey: only ciphertext may be stored');
    }
    this.#endpoint = options.endpoint;
    this.#publicKey = options.publicKey;
    this.#timeout = checkNumber('timeout', options.timeout, 15_000);
    this.#deadline = checkNumber('deadline', options.deadline, 90_000);
    this.#retries = Math.floor(checkNumber('retries', options.retries, 5));
    this.#backoff = options.backoff ?? defaultBackoff;
    this.#store = options.store;
    this.#fetch = options.fetch;
    this.#followUp = options.followUp ?? false;
    if (this.#store) this.#restore(this.#store, checkNumber('storeMaxAge', options.storeMaxAge, 7 * 24 * 3600 * 1000));
  }

  /**
   * Checks `input` against the report schema and returns it as a pending report; it stays in
   * `pending` until the receiver confirms it or it is discarded. When a report with the same
   * content is already pending (a person pressing Send again after a failed try), that report is
   * returned, with its idempotency key, so that a try which did arrive is not stored twice; any
   * other content gets a new key. Throws `ReportValidationError` with every problem's path and code.
   */
  prepare(input: unknown): PendingReport {
    const report = validateReport(input);
    for (const entry of this.#entries.values()) {
      if (sameValue(entry.pending.report, report)) return entry.pending;
    }
    const pending: PendingReport = Object.freeze({
      id: uuid(),
      report,
      createdAt: new Date().toISOString(),
      ...(this.#followUp ? { followUpCode: newFollowUpCode() } : {}),
    });
    this.#entries.set(pending.id, { pending });
    return pending;
  }

  /**
   * Sends a pending report and resolves with the receiver's receipt once it is stored; the report
   * then leaves `pending`. Sending the same report again is safe: during a send the same promise is
   * returned, and after it the same receipt (`replayed: true`). Rejects with `ReportDeliveryError`
   * (the report stays pending), or `ReportCryptoError` when the public key cannot be used.
   * Aborting `signal`, or discarding the report, rejects with code `report/aborted`.
   */
  send(pending: PendingReport, options: { signal?: AbortSignal } = {}): Promise<ReportReceipt> {
    const done = this.#confirmed.get(pending.id);
    if (done) return Promise.resolve({ ...done, replayed: true });
    if (this.#discarded.has(pending.id)) {
      return Promise.reject(new ReportDeliveryError('report/aborted', 'This report was discarded', { pending }));
    }
    let entry = this.#entries.get(pending.id);
    if (!entry) {
      entry = { pending };
      this.#entries.set(pending.id, entry);
    }
    if (entry.inFlight) return entry.inFlight;
    const current = entry;
    const controller = new AbortController();
    const unlink = link(options.signal, controller);
    current.controller = controller;
    current.inFlight = (async () => {
      try {
        const body = await this.#body(current);
        const lookup = current.secrets ? (await current.secrets).lookup : undefined;
        const receipt = await this.#post(pending.id, body, controller.signal, lookup);
        this.#confirm(pending.id, receipt);
        return receipt;
      } catch (error) {
        if (error instanceof Failure) {
          throw new ReportDeliveryError(error.code, error.message, {
            pending,
            status: error.status,
            serverCode: error.serverCode,
            cause: error.cause,
          });
        }
        throw error;
      } finally {
        unlink();
        current.inFlight = undefined;
        current.controller = undefined;
      }
    })();
    return current.inFlight;
  }

  /** Reports not yet confirmed by the receiver, oldest first, with their text (this page's memory). */
  get pending(): readonly PendingReport[] {
    return Object.freeze([...this.#entries.values()].map((e) => e.pending));
  }

  /**
   * Undelivered reports found in the opt-in `store` when the client was made, oldest first. Their
   * text is not readable here (only ciphertext is stored); `resume()` sends them.
   */
  get stored(): readonly StoredReport[] {
    return Object.freeze([...this.#stored.values()]);
  }

  /**
   * Sends every report in `stored`, one after another, and resolves with one result each; a
   * delivered report leaves the store. It never rejects: a failed report stays stored.
   */
  async resume(options: { signal?: AbortSignal } = {}): Promise<ResumeResult[]> {
    const results: ResumeResult[] = [];
    for (const stored of [...this.#stored.values()]) {
      if (!this.#stored.has(stored.id)) continue;
      const controller = new AbortController();
      const unlink = link(options.signal, controller);
      this.#resuming.set(stored.id, controller);
      try {
        const receipt = await this.#post(stored.id, JSON.stringify(stored.envelope), controller.signal, stored.lookup);
        this.#confirm(stored.id, receipt);
        results.push({ id: stored.id, receipt });
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        results.push({ id: stored.id, error: error.code });
      } finally {
        unlink();
        this.#resuming.delete(stored.id);
      }
    }
    return results;
  }

  /**
   * Forgets a report: removes it from `pending`, `stored` and the store, and aborts its delivery if
   * one is under way (a try already on the wire may still arrive). Use it when the person deletes
   * the report, or on `safe-exit`.
   */
  discard(id: string): void {
    this.#discarded.add(id);
    this.#entries.get(id)?.controller?.abort();
    this.#resuming.get(id)?.abort();
    this.#entries.delete(id);
    this.#stored.delete(id);
    this.#confirmed.delete(id);
    this.#store?.remove(id);
  }

  /** Forgets every report, pending, stored and confirmed, and empties the store: for `safe-exit`. */
  discardAll(): void {
    for (const id of [...this.#entries.keys(), ...this.#stored.keys(), ...this.#confirmed.keys()]) this.discard(id);
    for (const answer of this.#answers.values()) answer.controller?.abort();
    this.#answers.clear();
    this.#store?.clear();
  }

  /**
   * Reads the organisation's replies with a follow-up code, as the person typed it. Encrypted
   * replies are decrypted here with the reply key the code gives; nothing of the code but its
   * lookup token leaves the page. Rejects with `FollowUpError`: `report/follow-up-code-invalid` for
   * a code that cannot be one, `report/follow-up-not-found` when the receiver knows no report by it
   * (mistyped, or deleted), or a delivery code (`report/network`, `report/rate-limited`…).
   */
  async readReplies(code: string, options: { signal?: AbortSignal } = {}): Promise<FollowUpThread> {
    const secrets = await deriveFollowUp(code);
    const url = this.#followUpUrl('follow-up');
    const controller = new AbortController();
    const unlink = link(options.signal, controller);
    let thread: z.infer<typeof threadSchema>;
    try {
      thread = await this.#deliver(url, {}, JSON.stringify({ lookup: secrets.lookup }), controller.signal, (json, status) => {
        const parsed = threadSchema.safeParse(json);
        if (!parsed.success) throw new Failure('report/bad-reply', `POST ${url} answered ${status} without replies`, status, undefined, parsed.error);
        return parsed.data;
      });
    } catch (error) {
      throw followUpFailure(error);
    } finally {
      unlink();
    }
    const messages: FollowUpMessage[] = [];
    for (const m of thread.messages) {
      let text: string | undefined;
      if (typeof m.body === 'string') text = m.body;
      else if ('alg' in m.body && m.body.alg === 'A256GCM' && m.from === 'organisation') {
        try {
          text = await decryptReply(m.body as Parameters<typeof decryptReply>[0], secrets.replyKey);
        } catch {
          // One reply that does not open must not hide the others: it shows as unreadable.
          text = undefined;
        }
      }
      messages.push({ id: m.id, from: m.from, at: m.at, text });
    }
    return { receipt: thread.receipt, messages };
  }

  /**
   * Checks an answer to the organisation and keeps it in `pendingAnswers` until the receiver
   * confirms it. Throws `FollowUpError` (`report/follow-up-code-invalid`,
   * `report/follow-up-text-invalid`). With a `publicKey` the answer is encrypted to it, like a report.
   */
  prepareAnswer(code: string, text: string): PendingAnswer {
    const canonical = parseFollowUpCode(code);
    const trimmed = String(text).trim();
    if (trimmed.length === 0 || trimmed.length > followUpTextLimit) {
      throw new FollowUpError('report/follow-up-text-invalid', `An answer is 1 to ${followUpTextLimit} characters`);
    }
    for (const answer of this.#answers.values()) {
      if (answer.pending.code === canonical && answer.pending.text === trimmed) return answer.pending;
    }
    const pending: PendingAnswer = Object.freeze({ id: uuid(), code: canonical, text: trimmed, createdAt: new Date().toISOString() });
    this.#answers.set(pending.id, { pending });
    return pending;
  }

  /**
   * Sends a prepared answer; it leaves `pendingAnswers` only when the receiver confirms it. Retries
   * like `send()`, always with the same bytes and idempotency key, so it is stored once. Rejects
   * with `FollowUpError`; the answer then stays pending and can be sent again.
   */
  sendAnswer(answer: PendingAnswer, options: { signal?: AbortSignal } = {}): Promise<AnswerReceipt> {
    let entry = this.#answers.get(answer.id);
    if (!entry) {
      entry = { pending: answer };
      this.#answers.set(answer.id, entry);
    }
    if (entry.inFlight) return entry.inFlight;
    const current = entry;
    const controller = new AbortController();
    const unlink = link(options.signal, controller);
    current.controller = controller;
    current.inFlight = (async () => {
      try {
        current.body ??= (async () => {
          const { lookup } = await deriveFollowUp(answer.code);
          // An answer is encrypted like a note: the SDK's envelope of a report whose description is the answer.
          const body = this.#publicKey === undefined ? answer.text : await encryptReport({ description: answer.text, consent: true }, this.#publicKey);
          return JSON.stringify({ lookup, body });
        })();
        current.body.catch(() => {
          current.body = undefined;
        });
        const url = this.#followUpUrl('follow-up/messages');
        const receipt = await this.#deliver(url, { 'idempotency-key': answer.id }, await current.body, controller.signal, (json, status) => {
          const parsed = answerReceiptSchema.safeParse(json);
          if (!parsed.success) throw new Failure('report/bad-reply', `POST ${url} answered ${status} without a receipt`, status, undefined, parsed.error);
          return { id: parsed.data.id, at: parsed.data.at, replayed: parsed.data.replayed ?? false };
        });
        this.#answers.delete(answer.id);
        return receipt;
      } catch (error) {
        throw followUpFailure(error);
      } finally {
        unlink();
        current.inFlight = undefined;
        current.controller = undefined;
      }
    })();
    return current.inFlight;
  }

  /** Answers not yet confirmed by the receiver, oldest first (this page's memory only). */
  get pendingAnswers(): readonly PendingAnswer[] {
    return Object.freeze([...this.#answers.values()].map((a) => a.pending));
  }

  /**
   * Where the receiver's follow-up routes are: beside the reports endpoint. A relative endpoint
   * (`/reports`, as the form allows) resolves against the page first, as ky would resolve it.
   */
  #followUpUrl(path: string): string {
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    return new URL(path, new URL(this.#endpoint, page)).href;
  }

  #restore(store: ReportStore, maxAge: number): void {
    const now = Date.now();
    let entries: readonly unknown[];
    try {
      entries = store.load();
    } catch {
      return;
    }
    for (const raw of entries) {
      const parsed = storedReportSchema.safeParse(raw);
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      if (parsed.success && now - Date.parse(parsed.data.createdAt) <= maxAge) {
        this.#stored.set(parsed.data.id, parsed.data);
      } else if (typeof id === 'string') {
        store.remove(id);
      }
    }
  }

  #confirm(id: string, receipt: ReportReceipt): void {
    this.#confirmed.set(id, receipt);
    this.#entries.delete(id);
    this.#stored.delete(id);
    this.#store?.remove(id);
  }

  /** The exact bytes every try of this report sends: its JSON, or its one envelope. */
  async #body(entry: Entry): Promise<string> {
    const code = entry.pending.followUpCode;
    if (code !== undefined && !entry.secrets) {
      entry.secrets = deriveFollowUp(code);
      entry.secrets.catch(() => {
        entry.secrets = undefined;
      });
    }
    if (this.#publicKey === undefined) return JSON.stringify(entry.pending.report);
    const publicKey = this.#publicKey;
    if (!entry.envelope) {
      const secrets = entry.secrets;
      // The reply key travels inside the envelope: only the organisation's private key opens it.
      entry.envelope = (async () =>
        encryptReport(secrets ? { ...entry.pending.report, followUp: { replyKey: (await secrets).replyKey } } : entry.pending.report, publicKey))();
      entry.envelope.catch(() => {
        entry.envelope = undefined;
      });
    }
    const envelope = await entry.envelope;
    if (this.#store && this.#entries.has(entry.pending.id)) {
      try {
        const lookup = entry.secrets ? (await entry.secrets).lookup : undefined;
        this.#store.save({ id: entry.pending.id, createdAt: entry.pending.createdAt, envelope, ...(lookup ? { lookup } : {}) });
      } catch {
        // A full or blocked store leaves the report in memory, where it already is.
      }
    }
    return JSON.stringify(envelope);
  }

  /** One delivery of a report, with its follow-up lookup when it has one. Resolves with the receipt, or throws a Failure. */
  async #post(id: string, body: string, signal: AbortSignal, lookup?: string): Promise<ReportReceipt> {
    const url = this.#endpoint;
    return this.#deliver(url, { 'idempotency-key': id, ...(lookup ? { 'follow-up-lookup': lookup } : {}) }, body, signal, (json, status) => {
      const parsed = receiptSchema.safeParse(json);
      if (!parsed.success) {
        throw new Failure('report/bad-reply', `POST ${url} answered ${status} without a receipt`, status, undefined, parsed.error);
      }
      return {
        receipt: parsed.data.receipt,
        receivedAt: parsed.data.receivedAt,
        replayed: parsed.data.replayed ?? false,
        ...(parsed.data.followUp ? { followUp: true } : {}),
      };
    });
  }

  /** One POST: ky's retries inside one deadline. Resolves with what `parse` makes of the JSON reply, or throws a Failure. */
  async #deliver<T>(url: string, headers: Record<string, string>, body: string, signal: AbortSignal, parse: (json: unknown, status: number) => T): Promise<T> {
    const started = Date.now();
    const remaining = () => this.#deadline - (Date.now() - started);
    for (let bodyTries = 0; ; bodyTries++) {
      if (signal.aborted) throw new Failure('report/aborted', `POST ${url} was aborted`);
      if (remaining() <= 0) throw new Failure('report/deadline', `POST ${url} was not confirmed within ${this.#deadline} ms`);
      let response: Response;
      try {
        response = await ky.post(url, {
          body,
          headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          timeout: Math.max(1, Math.min(this.#timeout, remaining())),
          totalTimeout: Math.max(1, remaining()),
          signal,
          ...(this.#fetch ? { fetch: this.#fetch } : {}),
          retry: {
            limit: this.#retries,
            methods: ['post'],
            statusCodes: RETRY_STATUSES,
            afterStatusCodes: [429, 503],
            retryOnTimeout: true,
            delay: this.#backoff,
            jitter: (delay) => delay * (0.5 + Math.random() * 0.5),
            // A Retry-After beyond the deadline would only make the person wait to fail: stop now.
            shouldRetry: ({ error }) => {
              if (!isHTTPError(error)) return undefined;
              const wait = retryAfter(error.response.headers);
              return wait !== undefined && wait >= remaining() ? false : undefined;
            },
          },
        });
      } catch (error) {
        throw this.#failure(url, error, signal, remaining());
      }
      // The headers came; the body may still be cut off. Then the report may be stored, and the
      // next try gets its receipt as a replay, so try again within the deadline.
      let text: string;
      try {
        text = await withTimeout(response.text(), Math.min(this.#timeout, Math.max(1, remaining())), signal);
      } catch (error) {
        if (signal.aborted) throw new Failure('report/aborted', `POST ${url} was aborted`, undefined, undefined, error);
        if (bodyTries >= this.#retries) throw new Failure('report/network', `POST ${url}: the reply was cut off`, response.status, undefined, error);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Failure('report/bad-reply', `POST ${url} answered ${response.status} without a JSON receipt`, response.status, undefined, error);
      }
      return parse(json, response.status);
    }
  }

  #failure(url: string, error: unknown, signal: AbortSignal, remaining: number): Failure {
    if (signal.aborted) return new Failure('report/aborted', `POST ${url} was aborted`, undefined, undefined, error);
    if (isHTTPError(error)) {
      const status = error.response.status;
      const sent = serverErrorSchema.safeParse(error.data).data?.error.code;
      const serverCode = receiverCodeSchema.safeParse(sent).data;
      const code: ReportDeliveryErrorCode =
        status === 429 ? 'report/rate-limited' : status >= 500 || status === 408 ? 'report/server' : 'report/rejected';
      return new Failure(code, `POST ${url} answered ${status}${sent ? ` (${sent})` : ''}`, status, serverCode, error);
    }
    if (isTimeoutError(error)) {
      return remaining <= 50
        ? new Failure('report/deadline', `POST ${url} was not confirmed within ${this.#deadline} ms`, undefined, undefined, error)
        : new Failure('report/timeout', `POST ${url} got no reply within ${this.#timeout} ms`, undefined, undefined, error);
    }
    if (isNetworkError(error)) return new Failure('report/network', `POST ${url} could not connect`, undefined, undefined, error);
    return new Failure('report/network', `POST ${url} failed: ${error instanceof Error ? error.message : String(error)}`, undefined, undefined, error);
  }
}

/** A follow-up request's failure as the error the caller sees. */
function followUpFailure(error: unknown): unknown {
  if (!(error instanceof Failure)) return error;
  const code = error.serverCode === 'receiver/follow-up-not-found' ? 'report/follow-up-not-found' : error.code;
  return new FollowUpError(code, error.message, { status: error.status, serverCode: error.serverCode, cause: error.cause });
}

/** Aborts `controller` when `signal` aborts; returns the function that unlinks them. */
function link(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => {};
  }
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}

function withTimeout<T>(promise: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no body within ${ms} ms`)), ms);
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** Whether two parsed reports hold the same content, whatever the order of their keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
