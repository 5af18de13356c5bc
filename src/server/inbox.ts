/**
 * The case-worker inbox's HTTP API under `/inbox/api/`: enrolment from a one-time link, sign-in
 * with a passkey or an argon2id password with TOTP, sessions in an HttpOnly cookie, and the reports
 * themselves, which only a signed-in staff member can read. Every route is listed in
 * `inboxRoutes`; a test walks that list. The contract is in docs/report-api.md.
 */
import type { ReceiverErrorCode } from '../sdk/report/receiver-codes.js';
import { schemaIssueCode } from '../sdk/schema-issues.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import type * as Argon2 from '@node-rs/argon2';
import type * as Otpauth from 'otpauth';
import type * as WebAuthn from '@simplewebauthn/server';
import { Refusal, readBody } from './http.js';
import { RateLimiter } from './rate-limit.js';
import { encryptedReportSchema } from '../sdk/report/schema.js';
import type { EncryptedReport } from '../sdk/report/schema.js';
import { envelopeIssues } from './envelope.js';
import { issuesOf, messageJson, replyBody, replyLooksEncrypted } from './follow-up.js';
import { caseStatuses, hashToken, newToken } from './staff-store.js';
import type { CaseStatus, ReportCase, ReportNote } from './staff-store.js';
import type { RateLimit, ReportStore } from './store.js';
import type { MessageSender } from './follow-up-store.js';

/** How the inbox behaves. */
export interface InboxOptions {
  /**
   * The address staff open the inbox at, as a browser sends it in `Origin`
   * (`https://reports.ngo.example`). Every request that changes something must come from it, and
   * passkeys are bound to its host name. Plain `http:` only for 127.0.0.1, `[::1]` or localhost.
   */
  origin: string;
  /** The organisation's name, shown by the phone or key when a passkey is made. Default "safe-migration-kit inbox". */
  organisation?: string;
  /** A session unused for this long ends. Default 30 minutes. */
  idleMinutes?: number;
  /** A session ends this long after sign-in however it is used. Default 12 hours. */
  maxHours?: number;
  /** Sign-in attempts per client address per minute (also enrolment steps). Default 10. */
  signInPerMinute?: number;
  /**
   * Closed reports are deleted this many days after they were closed, for good (as `reports
   * delete` does). Checked on start, every hour, and at most hourly on inbox requests. Default: kept.
   */
  retentionDays?: number;
  /**
   * The organisation's public key (public.jwk). With it the inbox takes only encrypted notes, made
   * in the browser with this key, so the server never holds a note in plain text.
   */
  publicKey?: JsonWebKey;
  /** The clock, in milliseconds; for tests. */
  now?: () => number;
  /** The folder of the built inbox page (index.html and its script). Default: the package's own `dist/inbox/`. */
  pageDir?: string;
}

/** Who may call a route: anyone (the page itself), anyone but rate-limited (sign-in), or a signed-in staff member. */
export type InboxAccess = 'public' | 'sign-in' | 'staff';

/** One route of the inbox. `:receipt` in a path stands for a receipt's twelve digits. */
export interface InboxRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  access: InboxAccess;
}

/** The error codes the inbox answers with, besides the receiver's own. */
export type InboxErrorCode =
  | 'receiver/not-signed-in'
  | 'receiver/cross-origin'
  | 'receiver/sign-in-failed'
  | 'receiver/sign-in-rate-limited'
  | 'receiver/enrolment-link-invalid'
  | 'receiver/password-too-short'
  | 'receiver/request-invalid'
  | 'receiver/report-not-found'
  | 'receiver/note-must-be-encrypted'
  | 'receiver/assignee-unknown'
  | 'receiver/inbox-unavailable'
  | 'receiver/reply-must-be-encrypted'
  | 'receiver/follow-up-unavailable';

interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  body: unknown;
  /** The signed-in staff member, for `staff` routes. */
  staff?: { staffId: number; name: string; sessionHash: string; createdAt: number; lastSeenAt: number };
  address: string;
}

type Handler = (ctx: Context) => Promise<{ status: number; body?: unknown; raw?: string; headers?: Record<string, string | string[]> }>;

const ROUTES: (InboxRoute & { handler: keyof InboxHandlers })[] = [
  { method: 'POST', path: '/inbox/api/enrolment', access: 'sign-in', handler: 'enrolmentStart' },
  { method: 'POST', path: '/inbox/api/enrolment/password', access: 'sign-in', handler: 'enrolPassword' },
  { method: 'POST', path: '/inbox/api/enrolment/passkey', access: 'sign-in', handler: 'enrolPasskey' },
  { method: 'POST', path: '/inbox/api/session/password', access: 'sign-in', handler: 'signInPassword' },
  { method: 'POST', path: '/inbox/api/session/passkey/options', access: 'sign-in', handler: 'passkeyOptions' },
  { method: 'POST', path: '/inbox/api/session/passkey', access: 'sign-in', handler: 'signInPasskey' },
  { method: 'GET', path: '/inbox/api/session', access: 'staff', handler: 'session' },
  { method: 'POST', path: '/inbox/api/session/sign-out', access: 'staff', handler: 'signOut' },
  { method: 'GET', path: '/inbox/api/reports', access: 'staff', handler: 'listReports' },
  { method: 'GET', path: '/inbox/api/reports/:receipt', access: 'staff', handler: 'openReport' },
  { method: 'POST', path: '/inbox/api/reports/:receipt/case', access: 'staff', handler: 'updateCase' },
  { method: 'POST', path: '/inbox/api/reports/:receipt/notes', access: 'staff', handler: 'addNote' },
  { method: 'DELETE', path: '/inbox/api/reports/:receipt', access: 'staff', handler: 'deleteReport' },
  { method: 'GET', path: '/inbox/api/export', access: 'staff', handler: 'exportReports' },
  { method: 'GET', path: '/inbox/api/staff', access: 'staff', handler: 'listStaff' },
  { method: 'GET', path: '/inbox/api/reports/:receipt/messages', access: 'staff', handler: 'listMessages' },
  { method: 'POST', path: '/inbox/api/reports/:receipt/replies', access: 'staff', handler: 'addReply' },
];

/** Every route of the inbox's API, as the router matches them. */
export const inboxRoutes: readonly InboxRoute[] = ROUTES.map(({ method, path, access }) => ({ method, path, access }));

type InboxHandlers = Record<
  | 'enrolmentStart'
  | 'enrolPassword'
  | 'enrolPasskey'
  | 'signInPassword'
  | 'passkeyOptions'
  | 'signInPasskey'
  | 'session'
  | 'signOut'
  | 'listReports'
  | 'openReport'
  | 'updateCase'
  | 'addNote'
  | 'deleteReport'
  | 'exportReports'
  | 'listStaff'
  | 'listMessages'
  | 'addReply',
  Handler
>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Checks the inbox's origin and returns it in the form browsers send. Throws `TypeError` otherwise. */
export function inboxOrigin(origin: string): URL {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`"${origin}" is not an origin like https://reports.ngo.example`);
  }
  if (url.pathname.length > 1 || url.search || url.hash) throw new TypeError(`"${origin}" is not an origin like https://reports.ngo.example (no path)`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new TypeError(`the inbox needs https: (plain http: only on 127.0.0.1 for a demo), not "${origin}"`);
  }
  return url;
}

const MIN_PASSWORD = 12;
const HOUR = 3_600_000;
/**
 * Argon2id (the library's `Algorithm.Argon2id`, a const enum a module cannot import) with OWASP's
 * first recommended set: 19 MiB, two passes, one lane. The PHC string keeps them, so raising them
 * later still verifies old hashes.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CHALLENGE_MS = 5 * 60_000;
const TOTP_PERIOD = 30;

const tokenBody = z.object({ token: z.string().min(1).max(200) });
const passwordEnrolBody = tokenBody.extend({ password: z.string().max(1024), code: z.string().regex(/^\d{6}$/) });
const passkeyEnrolBody = tokenBody.extend({ response: z.record(z.string(), z.unknown()) });
const passwordSignInBody = z.object({ name: z.string().min(1).max(64), password: z.string().max(1024), code: z.string().max(16) });
const caseBody = z
  .strictObject({ status: z.enum(caseStatuses as [CaseStatus, ...CaseStatus[]]).optional(), assignee: z.string().max(64).nullable().optional() })
  .refine((b) => b.status !== undefined || b.assignee !== undefined);
const noteBody = z.union([
  z.strictObject({ text: z.string().min(1).max(20_000) }),
  z.strictObject({ envelope: encryptedReportSchema }),
]);
const passkeySignInBody = z.object({ response: z.object({ id: z.string().max(1024), response: z.object({ clientDataJSON: z.string().max(4096) }).loose() }).loose() });

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new Refusal(400, 'receiver/request-invalid', 'The request does not have the fields this route needs', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: schemaIssueCode(i.code, i.input) })),
    });
  }
  return parsed.data;
}

interface Dependencies {
  argon2: typeof Argon2;
  otpauth: typeof Otpauth;
  webauthn: typeof WebAuthn;
}

let dependencies: Promise<Dependencies> | undefined;

/** The sign-in libraries, optional dependencies of the package, loaded on first use. */
function loadDependencies(): Promise<Dependencies> {
  dependencies ??= Promise.all([import('@node-rs/argon2'), import('otpauth'), import('@simplewebauthn/server')]).then(
    ([argon2, otpauth, webauthn]) => ({ argon2, otpauth, webauthn }),
    (error: unknown) => {
      dependencies = undefined;
      throw new Refusal(503, 'receiver/inbox-unavailable', `The inbox needs @node-rs/argon2, otpauth and @simplewebauthn/server: ${(error as Error).message}`);
    },
  );
  return dependencies;
}

/** A receipt in a path: twelve digits, with or without spaces or dashes, as stored ("1234 5678 9012"). */
function receiptParam(value: string): string | undefined {
  const digits = decodeURIComponent(value).replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}` : undefined;
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(':')) {
      if (!got[i]) return undefined;
      params[want[i]!.slice(1)] = got[i]!;
    } else if (want[i] !== got[i]) {
      return undefined;
    }
  }
  return params;
}

/** The inbox: a function that answers a request under `/inbox/api/`. */
export interface Inbox {
  handle(req: IncomingMessage, res: ServerResponse, path: string, address: string): Promise<{ status: number; code?: ReceiverErrorCode | InboxErrorCode }>;
  /** Deletes the closed reports past the retention period now; resolves with how many. */
  sweep(): Promise<number>;
}

function noteJson(note: ReportNote): Record<string, unknown> {
  return { author: note.author, at: note.at, kind: note.kind, ...(note.kind === 'encrypted' ? { envelope: JSON.parse(note.body) as unknown } : { text: note.body }) };
}

/**
 * RFC 4180 CSV of the export, one row per report: plaintext fields as columns, an envelope or a
 * nested value as JSON. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * starts with an apostrophe: a report's text must never become a formula on a case worker's computer.
 */
function toCsv(records: Record<string, unknown>[]): string {
  const columns = ['receipt', 'receivedAt', 'kind', 'status', 'assignee', 'description', 'report', 'envelope', 'notes'];
  const cell = (value: unknown): string => {
    if (value === undefined || value === null) return '';
    let text = typeof value === 'string' ? value : JSON.stringify(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = records.map((r) =>
    columns.map((c) => cell(c === 'description' ? (r.report as { description?: string } | undefined)?.description : r[c])).join(','),
  );
  return `\ufeff${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Makes the inbox over `db`'s staff tables and reports. Throws `TypeError` for a bad `origin`. */
export function createInbox(db: ReportStore, options: InboxOptions): Inbox {
  const origin = inboxOrigin(options.origin);
  const secure = origin.protocol === 'https:';
  // __Host-: the browser keeps the cookie to this host, Secure, Path=/, so a sibling subdomain cannot set or shadow it.
  const cookieName = secure ? '__Host-smk-inbox' : 'smk-inbox';
  const cookiePath = secure ? '/' : '/inbox/';
  const idleMs = (options.idleMinutes ?? 30) * 60_000;
  const maxMs = (options.maxHours ?? 12) * 3_600_000;
  const now = options.now ?? Date.now;
  const rpID = origin.hostname.replace(/^\[|\]$/g, '');
  const rpName = options.organisation ?? 'safe-migration-kit inbox';
  const perMinute = options.signInPerMinute ?? 10;
  const byAddress: RateLimit = db.sharedRateLimit?.({ perMinute, burst: perMinute }) ?? new RateLimiter({ perMinute, burst: perMinute });
  // Per name as well: guessing one person's password from many addresses gets ten tries, then one every three minutes.
  const byName: RateLimit = db.sharedRateLimit?.({ perMinute: 1 / 3, burst: 10 }) ?? new RateLimiter({ perMinute: 1 / 3, burst: 10 });
  const { staff } = db;
  let dummyHash: Promise<string> | undefined;
  let lastSweep = -Infinity;

  /** Deletes reports closed more than `retentionDays` ago; at most once an hour. */
  const sweep = async (force = false): Promise<number> => {
    if (options.retentionDays === undefined || (!force && now() - lastSweep < HOUR)) return 0;
    lastSweep = now();
    const receipts = await db.cases.closedBefore(now() - options.retentionDays * 24 * HOUR);
    if (receipts.length === 0) return 0;
    const deleted = await db.delete({ receipts });
    await staff.audit('retention', 'delete-closed-reports', String(deleted));
    return deleted;
  };

  const reportOr404 = async (param: string) => {
    const receipt = receiptParam(param);
    const row = receipt ? await db.report(receipt) : undefined;
    if (!row) throw new Refusal(404, 'receiver/report-not-found', 'There is no report with this receipt');
    return row;
  };

  const throttle = async (limiter: RateLimit, key: string) => {
    const wait = await limiter.take(key);
    if (wait > 0) {
      throw new Refusal(429, 'receiver/sign-in-rate-limited', `Too many sign-in attempts; try again in ${wait} s`, { headers: { 'retry-after': String(wait) } });
    }
  };

  const sessionCookie = (id: string) => `${cookieName}=${id}; Path=${cookiePath}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}; Max-Age=${Math.floor(maxMs / 1000)}`;
  const clearCookie = `${cookieName}=; Path=${cookiePath}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}; Max-Age=0`;

  const startSession = async (staffId: number, name: string, action: string) => {
    const id = newToken();
    await staff.deleteExpiredSessions(now(), idleMs, maxMs);
    await staff.createSession(hashToken(id), staffId, now());
    await staff.audit(name, action);
    return { status: 200, body: { name }, headers: { 'set-cookie': sessionCookie(id) } };
  };

  const readCookie = (req: IncomingMessage): string | undefined => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === cookieName) return value.join('=');
    }
    return undefined;
  };

  /** Checks a TOTP code against `secret` and returns its time step, or `undefined`. */
  const totpStep = (otpauth: Dependencies['otpauth'], secret: string, code: string): number | undefined => {
    const totp = new otpauth.TOTP({ secret: otpauth.Secret.fromBase32(secret), period: TOTP_PERIOD, digits: 6, algorithm: 'SHA1' });
    const timestamp = now();
    const delta = totp.validate({ token: code, timestamp, window: 1 });
    return delta === null ? undefined : otpauth.TOTP.counter({ period: TOTP_PERIOD, timestamp }) + delta;
  };

  const handlers: InboxHandlers = {
    async enrolmentStart({ body }) {
      const { token } = parse(tokenBody, body);
      const { otpauth, webauthn } = await loadDependencies();
      const hash = hashToken(token);
      const open = await staff.openEnrolment(hash, now());
      if (!open) throw new Refusal(410, 'receiver/enrolment-link-invalid', 'This enrolment link was used already or has expired; ask for a new one');
      const secret = open.totpSecret ?? new otpauth.Secret({ size: 20 }).base32;
      const passkey = await webauthn.generateRegistrationOptions({
        rpName,
        rpID,
        userName: open.name,
        attestationType: 'none',
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      await staff.prepareEnrolment(hash, secret, passkey.challenge);
      const uri = new otpauth.TOTP({ issuer: rpName, label: open.name, secret: otpauth.Secret.fromBase32(secret), period: TOTP_PERIOD }).toString();
      return { status: 200, body: { name: open.name, totp: { secret, uri }, passkey } };
    },

    async enrolPassword({ body }) {
      const { token, password, code } = parse(passwordEnrolBody, body);
      if ([...password].length < MIN_PASSWORD) {
        throw new Refusal(422, 'receiver/password-too-short', `A password needs at least ${MIN_PASSWORD} characters; a few words make a good one`);
      }
      const { argon2, otpauth } = await loadDependencies();
      const hash = hashToken(token);
      const open = await staff.openEnrolment(hash, now());
      if (!open?.totpSecret) throw new Refusal(410, 'receiver/enrolment-link-invalid', 'This enrolment link was used already or has expired; ask for a new one');
      const step = totpStep(otpauth, open.totpSecret, code);
      if (step === undefined) throw new Refusal(401, 'receiver/sign-in-failed', 'The code from the authenticator app is not right; check the phone\'s clock');
      const passwordHash = await argon2.hash(password, ARGON2ID);
      const done = await staff.completeEnrolment(hash, now(), { kind: 'password', passwordHash, totpSecret: open.totpSecret, totpStep: step });
      if (!done) throw new Refusal(410, 'receiver/enrolment-link-invalid', 'This enrolment link was used already or has expired; ask for a new one');
      return startSession(done.staffId, done.name, 'enrol-password');
    },

    async enrolPasskey({ body }) {
      const { token, response } = parse(passkeyEnrolBody, body);
      const { webauthn } = await loadDependencies();
      const hash = hashToken(token);
      const open = await staff.openEnrolment(hash, now());
      if (!open?.challenge) throw new Refusal(410, 'receiver/enrolment-link-invalid', 'This enrolment link was used already or has expired; ask for a new one');
      let verified: Awaited<ReturnType<typeof webauthn.verifyRegistrationResponse>>;
      try {
        verified = await webauthn.verifyRegistrationResponse({
          response: response as unknown as Parameters<typeof webauthn.verifyRegistrationResponse>[0]['response'],
          expectedChallenge: open.challenge,
          expectedOrigin: origin.origin,
          expectedRPID: rpID,
          requireUserVerification: true,
        });
      } catch {
        verified = { verified: false };
      }
      if (!verified.verified || !verified.registrationInfo) throw new Refusal(401, 'receiver/sign-in-failed', 'The passkey could not be checked; try again');
      const { credential } = verified.registrationInfo;
      const done = await staff.completeEnrolment(hash, now(), {
        kind: 'passkey',
        passkey: {
          id: credential.id,
          publicKey: Buffer.from(credential.publicKey).toString('base64url'),
          counter: credential.counter,
          transports: credential.transports ?? [],
        },
      });
      if (!done) throw new Refusal(410, 'receiver/enrolment-link-invalid', 'This enrolment link was used already or has expired; ask for a new one');
      return startSession(done.staffId, done.name, 'enrol-passkey');
    },

    async signInPassword({ body }) {
      const { name, password, code } = parse(passwordSignInBody, body);
      await throttle(byName, `name:${name}`);
      const { argon2, otpauth } = await loadDependencies();
      const member = await staff.credentials(name);
      let ok = false;
      if (member?.passwordHash && member.totpSecret) {
        ok = await argon2.verify(member.passwordHash, password);
        if (ok) {
          const step = totpStep(otpauth, member.totpSecret, code);
          ok = step !== undefined && (await staff.useTotpStep(member.id, step));
        }
      } else {
        // The same work for an unknown name, so that the answer's timing does not say who has an account.
        dummyHash ??= argon2.hash(newToken(), ARGON2ID);
        await argon2.verify(await dummyHash, password);
      }
      if (!ok || !member) {
        // A name typed in the wrong field may be a password: only names of real staff are logged.
        await staff.audit(member ? member.name : 'unknown', 'sign-in-failed');
        throw new Refusal(401, 'receiver/sign-in-failed', 'The name, password or code is not right');
      }
      return startSession(member.id, member.name, 'sign-in-password');
    },

    async passkeyOptions() {
      const { webauthn } = await loadDependencies();
      const options = await webauthn.generateAuthenticationOptions({ rpID, userVerification: 'required' });
      await staff.addChallenge(options.challenge, now() + CHALLENGE_MS, now());
      return { status: 200, body: options };
    },

    async signInPasskey({ body }) {
      const { response } = parse(passkeySignInBody, body);
      const { webauthn } = await loadDependencies();
      const passkey = await staff.passkey(response.id);
      const failed = new Refusal(401, 'receiver/sign-in-failed', 'This passkey cannot sign in here');
      if (!passkey) throw failed;
      let verified: Awaited<ReturnType<typeof webauthn.verifyAuthenticationResponse>>;
      try {
        verified = await webauthn.verifyAuthenticationResponse({
          response: response as unknown as Parameters<typeof webauthn.verifyAuthenticationResponse>[0]['response'],
          expectedChallenge: (challenge) => staff.takeChallenge(challenge, now()),
          expectedOrigin: origin.origin,
          expectedRPID: rpID,
          requireUserVerification: true,
          credential: {
            id: passkey.id,
            publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
            counter: passkey.counter,
            transports: passkey.transports as never,
          },
        });
      } catch {
        await staff.audit(passkey.name, 'sign-in-failed');
        throw failed;
      }
      if (!verified.verified) {
        await staff.audit(passkey.name, 'sign-in-failed');
        throw failed;
      }
      await staff.setPasskeyCounter(passkey.id, verified.authenticationInfo.newCounter);
      return startSession(passkey.staffId, passkey.name, 'sign-in-passkey');
    },

    async session({ staff: member }) {
      return {
        status: 200,
        body: {
          name: member!.name,
          expiresAt: new Date(Math.min(member!.lastSeenAt + idleMs, member!.createdAt + maxMs)).toISOString(),
          ...(options.publicKey ? { publicKey: options.publicKey } : {}),
          ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
        },
      };
    },

    async signOut({ staff: member }) {
      await staff.deleteSession(member!.sessionHash);
      await staff.audit(member!.name, 'sign-out');
      return { status: 204, headers: { 'set-cookie': clearCookie } };
    },

    async listReports({ staff: member }) {
      const [cases, latest] = await Promise.all([db.cases.all(), db.followUp.latest()]);
      const reports: ({ receipt: string; receivedAt: string; kind: string; lastMessage?: { from: MessageSender; at: string } } & ReportCase)[] = [];
      for await (const row of db.rows()) {
        const lastMessage = latest.get(row.receipt);
        reports.push({ receipt: row.receipt, receivedAt: row.receivedAt, kind: row.kind, ...(cases.get(row.receipt) ?? { status: 'new' }), ...(lastMessage ? { lastMessage } : {}) });
      }
      await staff.audit(member!.name, 'list-reports');
      return { status: 200, body: { reports } };
    },

    async openReport({ params, staff: member }) {
      const row = await reportOr404(params.receipt!);
      await staff.audit(member!.name, 'open-report', row.receipt);
      const content: unknown = JSON.parse(row.body);
      return {
        status: 200,
        body: {
          receipt: row.receipt,
          receivedAt: row.receivedAt,
          kind: row.kind,
          ...(row.kind === 'encrypted' ? { envelope: content } : { report: content }),
          case: await db.cases.get(row.receipt),
          notes: (await db.cases.notes(row.receipt)).map(noteJson),
        },
      };
    },

    async updateCase({ params, body, staff: member }) {
      const row = await reportOr404(params.receipt!);
      const change = parse(caseBody, body);
      if (change.assignee && !(await staff.credentials(change.assignee))) {
        throw new Refusal(422, 'receiver/assignee-unknown', 'There is no staff member with this name');
      }
      const updated = await db.cases.update(row.receipt, change, now());
      if (change.status !== undefined) await staff.audit(member!.name, `set-status-${change.status}`, row.receipt);
      if (change.assignee !== undefined) await staff.audit(member!.name, change.assignee ? `assign-${change.assignee}` : 'unassign', row.receipt);
      return { status: 200, body: updated };
    },

    async addNote({ params, body, staff: member }) {
      const row = await reportOr404(params.receipt!);
      const note = parse(noteBody, body);
      if ('text' in note && options.publicKey) {
        throw new Refusal(422, 'receiver/note-must-be-encrypted', 'This organisation has a key: notes are encrypted in the browser before they are sent');
      }
      if ('envelope' in note) {
        const issues = await envelopeIssues(note.envelope as EncryptedReport);
        if (issues.length > 0) throw new Refusal(400, 'receiver/request-invalid', 'The note\'s envelope is not one the SDK made', { issues });
      }
      const stored = await db.cases.addNote(row.receipt, {
        author: member!.name,
        ...('text' in note ? { kind: 'text', body: note.text } : { kind: 'encrypted', body: JSON.stringify(note.envelope) }),
      });
      await staff.audit(member!.name, 'add-note', row.receipt);
      return { status: 201, body: noteJson(stored) };
    },

    async deleteReport({ params, staff: member }) {
      const row = await reportOr404(params.receipt!);
      await db.delete({ receipts: [row.receipt] });
      await staff.audit(member!.name, 'delete-report', row.receipt);
      return { status: 204 };
    },

    async exportReports({ req, staff: member }) {
      const format = new URL(req.url ?? '/', 'http://inbox').searchParams.get('format') ?? 'json';
      if (format !== 'json' && format !== 'csv') throw new Refusal(400, 'receiver/request-invalid', 'format is json or csv');
      const cases = await db.cases.all();
      const records: Record<string, unknown>[] = [];
      for await (const row of db.rows()) {
        const content: unknown = JSON.parse(row.body);
        records.push({
          receipt: row.receipt,
          receivedAt: row.receivedAt,
          kind: row.kind,
          ...(cases.get(row.receipt) ?? { status: 'new' }),
          [row.kind === 'encrypted' ? 'envelope' : 'report']: content,
          notes: (await db.cases.notes(row.receipt)).map(noteJson),
        });
      }
      await staff.audit(member!.name, `export-${format}`);
      const stamp = new Date(now()).toISOString().slice(0, 10);
      const disposition = { 'content-disposition': `attachment; filename="reports-${stamp}.${format}"` };
      if (format === 'json') return { status: 200, body: { reports: records }, headers: disposition };
      return { status: 200, raw: toCsv(records), headers: { ...disposition, 'content-type': 'text/csv; charset=utf-8' } };
    },

    async listStaff() {
      return { status: 200, body: { staff: (await staff.list()).map((m) => m.name) } };
    },

    async listMessages({ params, staff: member }) {
      const row = await reportOr404(params.receipt!);
      const messages = await db.followUp.messages(row.receipt);
      await staff.audit(member!.name, 'list-messages', row.receipt);
      return {
        status: 200,
        body: { receipt: row.receipt, followUp: await db.followUp.linked(row.receipt), messages: messages.map((m) => messageJson(m, true)) },
      };
    },

    async addReply({ params, body, staff: member }) {
      const row = await reportOr404(params.receipt!);
      const parsed = replyBody.safeParse(body);
      if (!parsed.success) {
        throw new Refusal(400, 'receiver/request-invalid', 'Send { body }: the reply\'s text, or its envelope', { issues: issuesOf(parsed.error) });
      }
      if (!(await db.followUp.linked(row.receipt))) {
        throw new Refusal(422, 'receiver/follow-up-unavailable', 'The reporter has no follow-up code for this report, so a reply cannot reach them');
      }
      const reply = parsed.data.body;
      if (typeof reply === 'string' && row.kind === 'encrypted') {
        throw new Refusal(422, 'receiver/reply-must-be-encrypted', 'This report was encrypted: encrypt the reply in the browser with the reply key inside the report');
      }
      if (typeof reply !== 'string' && !replyLooksEncrypted(reply.ciphertext)) {
        throw new Refusal(400, 'receiver/request-invalid', 'The reply\'s envelope is not one encryptReply() made', { issues: [{ path: 'body.ciphertext', code: 'not-ciphertext' }] });
      }
      const stored = await db.followUp.add(row.receipt, {
        from: 'organisation',
        author: member!.name,
        ...(typeof reply === 'string' ? { kind: 'text', body: reply } : { kind: 'encrypted', body: JSON.stringify(reply) }),
      });
      if (stored === 'conflict') throw new Error('a reply without an idempotency key cannot conflict');
      // Who replied and what was done, never the reply.
      await staff.audit(member!.name, 'add-reply', row.receipt);
      return { status: 201, body: messageJson(stored, true) };
    },
  };

  return {
    async handle(req, res, path, address) {
      const method = req.method ?? 'GET';
      const candidates = ROUTES.map((route) => ({ route, params: match(route.path, path) })).filter((c) => c.params);
      if (candidates.length === 0) throw new Refusal(404, 'receiver/not-found', 'There is no such page');
      const found = candidates.find((c) => c.route.method === method || (method === 'HEAD' && c.route.method === 'GET'));
      if (!found) {
        const allow = [...new Set(candidates.map((c) => c.route.method))].join(', ');
        throw new Refusal(405, 'receiver/method-not-allowed', `Use ${allow}`, { headers: { allow } });
      }
      const { route, params } = found;
      // Browsers say where a request comes from; the inbox answers only its own pages. A request
      // that changes anything must carry Origin (every browser sends it on POST), so a page on
      // another site cannot sign someone in or out, or act in their name.
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        throw new Refusal(403, 'receiver/cross-origin', 'The inbox answers only its own pages');
      }
      if (route.method !== 'GET' && req.headers.origin !== origin.origin) {
        throw new Refusal(403, 'receiver/cross-origin', 'The inbox answers only its own pages');
      }
      const ctx: Context = { req, res, params: params!, body: undefined, address };
      if (route.access === 'staff') {
        const id = readCookie(req);
        const session = id ? await staff.session(hashToken(id), now(), idleMs, maxMs) : undefined;
        if (!session) throw new Refusal(401, 'receiver/not-signed-in', 'Sign in to the inbox first', { headers: id ? { 'set-cookie': clearCookie } : {} });
        ctx.staff = { ...session, sessionHash: hashToken(id!) };
      }
      if (route.access === 'sign-in') await throttle(byAddress, `sign-in:${address}`);
      if (route.method === 'POST') {
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const raw = await readBody(req, 65_536);
        if (raw === 'too-large') throw new Refusal(413, 'receiver/too-large', 'The body is over 64 KiB', { headers: { connection: 'close' } });
        // A body is JSON or nothing: a form post (which another site's page could send without
        // asking) never reaches a handler.
        if (raw.length > 0 && type !== 'application/json') throw new Refusal(415, 'receiver/unsupported-media-type', 'Send Content-Type: application/json');
        try {
          ctx.body = raw.length === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
        } catch {
          throw new Refusal(400, 'receiver/malformed-json', 'The body is not valid UTF-8 JSON');
        }
      }
      await sweep();
      const result = await handlers[route.handler](ctx);
      const text = result.raw ?? (result.body === undefined ? '' : JSON.stringify(result.body));
      res.writeHead(result.status, {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'content-length': String(Buffer.byteLength(text)),
        ...result.headers,
      });
      res.end(method === 'HEAD' ? undefined : text);
      return { status: result.status };
    },
    sweep: () => sweep(true),
  };
}
