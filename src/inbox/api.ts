/**
 * The inbox page's calls to the receiver's `/inbox/api/` on its own origin. Every reply is parsed
 * with zod at this boundary; a refusal becomes an `InboxRequestError` carrying the receiver's code,
 * which the page turns into words. The session cookie is HttpOnly: this code never sees it.
 */
import * as z from 'zod/mini';
import { SafeError } from '../sdk/errors.js';
import { receiverErrorCodes } from '../sdk/report/receiver-codes.js';
import type { ReceiverErrorCode } from '../sdk/report/receiver-codes.js';
import type { InboxErrorCode } from '../server/inbox.js';
import { encryptedReportSchema } from '../sdk/report/schema.js';
import type { EncryptedReport } from '../sdk/report/schema.js';

/** The case statuses, in the order a report moves through them. */
export const caseStatuses = ['new', 'in-progress', 'referred', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Every code the inbox's own routes answer with (the receiver's `InboxErrorCode`), as a list the page checks replies against. */
const inboxCodes: Record<InboxErrorCode, true> = {
  'receiver/not-signed-in': true,
  'receiver/cross-origin': true,
  'receiver/sign-in-failed': true,
  'receiver/sign-in-rate-limited': true,
  'receiver/enrolment-link-invalid': true,
  'receiver/password-too-short': true,
  'receiver/request-invalid': true,
  'receiver/report-not-found': true,
  'receiver/note-must-be-encrypted': true,
  'receiver/assignee-unknown': true,
  'receiver/inbox-unavailable': true,
  'receiver/reply-must-be-encrypted': true,
  'receiver/follow-up-unavailable': true,
};

/**
 * The codes of an `InboxRequestError`: the receiver's, `receiver/network` when no reply came, and
 * `inbox/passkey-failed` when the browser's passkey dialog failed.
 */
export type InboxRequestErrorCode = InboxErrorCode | ReceiverErrorCode | 'receiver/network' | 'inbox/passkey-failed';

/** The receiver's code in a refusal, or `receiver/internal` for a reply that carries none we know. */
function refusalCode(json: unknown): InboxRequestErrorCode {
  const refusal = refusalSchema.safeParse(json);
  if (!refusal.success) return 'receiver/internal';
  const code = refusal.data.error.code;
  return code in inboxCodes || (receiverErrorCodes as readonly string[]).includes(code) ? (code as InboxRequestErrorCode) : 'receiver/internal';
}

/** Why a call to the inbox's API failed: the receiver's error code, or `receiver/network` when no reply came. */
export class InboxRequestError extends SafeError<InboxRequestErrorCode> {
  constructor(
    code: InboxRequestErrorCode,
    message: string,
    /** The HTTP status, 0 when no reply came. */
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'InboxRequestError';
  }
}

const statusSchema = z.enum(caseStatuses);
const caseSchema = z.object({ status: statusSchema, assignee: z.optional(z.nullable(z.string())) });
const noteSchema = z.object({
  author: z.string(),
  at: z.string(),
  kind: z.enum(['text', 'encrypted']),
  text: z.optional(z.string()),
  envelope: z.optional(z.unknown()),
});

export const sessionSchema = z.object({
  name: z.string(),
  expiresAt: z.string(),
  publicKey: z.optional(z.looseObject({ kty: z.string(), crv: z.string(), x: z.string(), y: z.string() })),
  retentionDays: z.optional(z.number()),
});
export type Session = z.infer<typeof sessionSchema>;

export const reportListSchema = z.object({
  reports: z.array(
    z.extend(caseSchema, {
      receipt: z.string(),
      receivedAt: z.string(),
      kind: z.enum(['report', 'encrypted']),
      /** Who wrote the report's last follow-up message, and when; absent without messages. */
      lastMessage: z.optional(z.object({ from: z.enum(['organisation', 'reporter']), at: z.string() })),
    }),
  ),
});
export type ReportSummary = z.infer<typeof reportListSchema>['reports'][number];

export const openedReportSchema = z.object({
  receipt: z.string(),
  receivedAt: z.string(),
  kind: z.enum(['report', 'encrypted']),
  report: z.optional(z.record(z.string(), z.unknown())),
  envelope: z.optional(z.unknown()),
  case: z.optional(z.nullable(caseSchema)),
  notes: z.array(noteSchema),
});
export type OpenedReport = z.infer<typeof openedReportSchema>;
export type ReportNote = z.infer<typeof noteSchema>;

export const enrolmentSchema = z.object({
  name: z.string(),
  totp: z.object({ secret: z.string(), uri: z.string() }),
  passkey: z.record(z.string(), z.unknown()),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

const messageSchema = z.object({
  id: z.number(),
  from: z.enum(['organisation', 'reporter']),
  author: z.optional(z.string()),
  at: z.string(),
  /** Text, or an envelope: a staff reply encrypted with the reply key, or a reporter's answer encrypted to the organisation's key. */
  body: z.unknown(),
});

/** A report's follow-up thread, oldest first; `followUp` says whether the reporter holds a code, so that a reply can reach them. */
export const threadSchema = z.object({ receipt: z.string(), followUp: z.boolean(), messages: z.array(messageSchema) });
export type Thread = z.infer<typeof threadSchema>;
export type ThreadMessage = z.infer<typeof messageSchema>;

export const signedInSchema = z.object({ name: z.string() });
export const staffSchema = z.object({ staff: z.array(z.string()) });
export const caseReplySchema = caseSchema;
export const noteReplySchema = noteSchema;
export const replyReplySchema = messageSchema;
export const passkeyOptionsSchema = z.record(z.string(), z.unknown());
export const anything = z.unknown();

const refusalSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** An envelope as the server returned it, checked before it is decrypted. */
export function envelopeOf(value: unknown): EncryptedReport | undefined {
  const parsed = encryptedReportSchema.safeParse(value);
  return parsed.success ? (parsed.data as EncryptedReport) : undefined;
}

/**
 * Calls the inbox's API and parses the reply with `schema`. Throws `InboxRequestError`: with the
 * receiver's code for a refusal (`receiver/not-signed-in` when the session has ended), with
 * `receiver/network` when no reply came.
 */
export async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: z.ZodMiniType<T>, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/inbox/api/${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new InboxRequestError('receiver/network', `${method} /inbox/api/${path}: no reply`, 0, { cause: error });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch (error) {
    throw new InboxRequestError('receiver/internal', `${method} /inbox/api/${path}: the reply is not JSON`, response.status, { cause: error });
  }
  if (!response.ok) {
    const refusal = refusalSchema.safeParse(json);
    throw new InboxRequestError(refusalCode(json), `${method} /inbox/api/${path}: ${response.status} ${refusal.success ? refusal.data.error.message : ''}`, response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InboxRequestError('receiver/internal', `${method} /inbox/api/${path}: an unexpected reply`, response.status, { cause: parsed.error });
  return parsed.data;
}

/** Fetches an export as a file and hands it to the browser as a download; the data stays on this computer. */
export async function download(format: 'json' | 'csv'): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/inbox/api/export?format=${format}`, { credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    throw new InboxRequestError('receiver/network', 'GET /inbox/api/export: no reply', 0, { cause: error });
  }
  if (!response.ok) {
    throw new InboxRequestError(refusalCode(await response.json().catch(() => undefined)), `GET /inbox/api/export: ${response.status}`, response.status);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `reports.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the object URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
