/**
 * The reporter's follow-up over HTTP: `POST /follow-up` (read the organisation's replies) and
 * `POST /follow-up/messages` (answer them), for anyone holding a follow-up code, and the two staff
 * routes the inbox adds (`GET …/messages`, `POST …/replies`). The code never reaches the receiver:
 * the browser sends a lookup token derived from it, and the receiver keeps only the token's SHA-256.
 * POST only, so that tokens stay out of URLs and of every log. The contract is in docs/report-api.md.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { encryptedReplySchema, followUpSecretPattern, followUpTextLimit } from '../sdk/report/follow-up.js';
import { encryptedReportSchema } from '../sdk/report/schema.js';
import type { EncryptedReport } from '../sdk/report/schema.js';
import type { ReceiverErrorCode } from '../sdk/report/receiver-codes.js';
import { schemaIssueCode } from '../sdk/schema-issues.js';
import { envelopeIssues } from './envelope.js';
import type { StoredMessage } from './follow-up-store.js';
import { Refusal, readBody } from './http.js';
import type { WireIssue } from './http.js';
import { RateLimiter } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { RateLimit, ReportStore } from './store.js';

/** The reporter's routes, as the receiver's router matches them. */
export const followUpPaths = ['/follow-up', '/follow-up/messages'] as const;

/** Lookups and answers per client address per minute, and per follow-up code per minute, unless set. */
export const followUpDefaultLimit: Required<RateLimitOptions> = { perMinute: 6, burst: 6 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GCM_TAG_BYTES = 16;

const lookupBody = z.object({ lookup: z.string().regex(followUpSecretPattern) });
const answerBody = lookupBody.extend({
  body: z.union([z.string().trim().min(1).max(followUpTextLimit), encryptedReportSchema]),
});
/** A staff reply: text, or the envelope `encryptReply()` made. */
export const replyBody = z.strictObject({
  body: z.union([z.string().trim().min(1).max(followUpTextLimit), encryptedReplySchema]),
});

/** SHA-256 of a lookup token, hex: all the receiver keeps of it. */
export function lookupHash(lookup: string): string {
  return createHash('sha256').update(lookup).digest('hex');
}

export function issuesOf(error: z.ZodError): WireIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: schemaIssueCode(i.code, i.input) }));
}

/** A message as the reporter's and the staff's routes answer it: text, or the envelope itself. */
export function messageJson(message: StoredMessage, withAuthor: boolean): Record<string, unknown> {
  return {
    id: message.id,
    from: message.from,
    ...(withAuthor && message.author ? { author: message.author } : {}),
    at: message.at,
    body: message.kind === 'encrypted' ? (JSON.parse(message.body) as unknown) : message.body,
  };
}

/**
 * Whether a reply envelope can have come from `encryptReply()`: one or more 1 KiB blocks plus the
 * tag, and not readable as text. The receiver cannot open it; this keeps plain text dressed as an
 * envelope out of a database that must hold none.
 */
export function replyLooksEncrypted(ciphertext: string): boolean {
  const bytes = Buffer.from(ciphertext, 'base64url');
  const padded = bytes.length - GCM_TAG_BYTES;
  if (padded <= 0 || padded % 1024 !== 0) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** The reporter's side of the follow-up over one database. */
export interface FollowUp {
  /** Answers `POST /follow-up` or `POST /follow-up/messages`; the caller has checked method and origin. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, address: string, maxBody: number): Promise<{ status: number; code?: ReceiverErrorCode }>;
}

/** Makes the reporter's handler; `limit` is per client address and per code (`false`: no limit). The staff routes are in inbox.ts. */
export function createFollowUp(db: ReportStore, limit: RateLimitOptions | false = followUpDefaultLimit): FollowUp {
  const make = (): RateLimit | undefined => {
    if (limit === false) return undefined;
    const options = { perMinute: limit.perMinute, burst: limit.burst ?? limit.perMinute };
    return db.sharedRateLimit?.(options) ?? new RateLimiter(options);
  };
  const byAddress = make();
  const byCode = make();
  const throttle = async (limiter: RateLimit | undefined, key: string) => {
    const wait = limiter ? await limiter.take(key) : 0;
    if (wait > 0) {
      throw new Refusal(429, 'receiver/rate-limited', `Too many follow-up requests; try again in ${wait} s`, { headers: { 'retry-after': String(wait) } });
    }
  };

  return {
    async handle(req, res, path, address, maxBody) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new Refusal(415, 'receiver/unsupported-media-type', 'Send Content-Type: application/json');
      const rawKey = req.headers['idempotency-key'];
      const key = rawKey === undefined ? undefined : (Array.isArray(rawKey) ? rawKey[0]! : rawKey).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
      if (key !== undefined && !UUID.test(key)) throw new Refusal(400, 'receiver/idempotency-key-invalid', 'The Idempotency-Key must be a UUID');
      await throttle(byAddress, `follow-up:${address}`);
      const raw = await readBody(req, maxBody);
      if (raw === 'too-large') throw new Refusal(413, 'receiver/too-large', `The body is over ${maxBody} bytes`, { headers: { connection: 'close' } });
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch {
        throw new Refusal(400, 'receiver/malformed-json', 'The body is not valid UTF-8 JSON');
      }
      const parsed = (path === '/follow-up' ? lookupBody : answerBody).safeParse(json);
      if (!parsed.success) {
        throw new Refusal(400, 'receiver/follow-up-invalid', 'Send { lookup } (and { body } for an answer)', { issues: issuesOf(parsed.error) });
      }
      const hash = lookupHash(parsed.data.lookup);
      // Per code as well as per address: many addresses cannot read or fill one report's thread quickly.
      await throttle(byCode, `follow-up-code:${hash}`);
      const found = await db.followUp.find(hash);
      // One answer for a code never made, mistyped, or of a deleted report.
      if (!found) throw new Refusal(404, 'receiver/follow-up-not-found', 'No report has this follow-up code');

      const send = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
      };
      if (path === '/follow-up') {
        const messages = await db.followUp.messages(found.receipt);
        send(200, { receipt: found.receipt, messages: messages.map((m) => messageJson(m, false)) });
        return { status: 200 };
      }
      const answer = (parsed.data as z.infer<typeof answerBody>).body;
      if (typeof answer === 'string' && found.kind === 'encrypted') {
        throw new Refusal(422, 'receiver/answer-must-be-encrypted', 'This report was encrypted: encrypt the answer to the organisation\'s key as well');
      }
      if (typeof answer !== 'string') {
        const issues = await envelopeIssues(answer as EncryptedReport);
        if (issues.length > 0) throw new Refusal(422, 'receiver/envelope-invalid', 'The envelope is not one the SDK made', { issues });
      }
      const stored = await db.followUp.add(found.receipt, {
        from: 'reporter',
        ...(typeof answer === 'string' ? { kind: 'text', body: answer } : { kind: 'encrypted', body: JSON.stringify(answer) }),
        ...(key ? { idempotencyKey: key } : {}),
      });
      if (stored === 'conflict') throw new Refusal(422, 'receiver/idempotency-key-reused', 'This Idempotency-Key was already used for another message');
      send(201, { id: stored.id, at: stored.at, replayed: stored.replayed });
      return { status: 201 };
    },
  };
}
