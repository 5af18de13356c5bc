/**
 * The case-worker inbox's accounts: staff members, their one-time enrolment links, passkeys,
 * password and TOTP secrets, sessions and the audit log. One implementation over a small SQL
 * interface, so that the SQLite file and PostgreSQL hold the same tables and answer the same way.
 * Secrets the server only compares (enrolment tokens, session ids) are stored as SHA-256 hashes:
 * a copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';

/** The few things the staff store needs from a database connection. `?` placeholders, in order. */
export interface SqlRunner {
  /** Runs a statement and resolves with how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs a query and resolves with its rows. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A staff member as `staff list` and the inbox show them. */
export interface StaffMember {
  name: string;
  /** When `staff add` was run, ISO 8601. */
  addedAt: string;
  /** When the enrolment link was used, or `undefined` while it has not been. */
  enrolledAt?: string;
  /** How many passkeys can sign in as this person. */
  passkeys: number;
  /** Whether a password with TOTP can sign in as this person. */
  password: boolean;
}

/** What sign-in needs of a staff member. */
export interface StaffCredentials {
  id: number;
  name: string;
  /** An argon2id PHC string, or `undefined` when this person uses passkeys only. */
  passwordHash?: string;
  totpSecret?: string;
}

/** A stored passkey. */
export interface StoredPasskey {
  /** The credential id, base64url. */
  id: string;
  staffId: number;
  name: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
}

/** An open enrolment link: who it is for, and what the first step of enrolment put aside for the second. */
export interface OpenEnrolment {
  staffId: number;
  name: string;
  totpSecret?: string;
  challenge?: string;
}

/** A signed-in session. Times are milliseconds since 1970. */
export interface StaffSession {
  staffId: number;
  name: string;
  createdAt: number;
  lastSeenAt: number;
}

/** One line of the audit log: who did what, when, to which report. Never a report's contents. */
export interface AuditEntry {
  /** ISO 8601, to the second. */
  at: string;
  /** The staff member's name, or `cli` for the command line. */
  actor: string;
  /** What was done, e.g. `sign-in`, `open-report`, `staff-add`. */
  action: string;
  /** The receipt of the report or the name of the staff member acted on, when there is one. */
  target?: string;
}

/** The credential `completeEnrolment()` stores. */
export type EnrolmentCredential =
  | { kind: 'password'; passwordHash: string; totpSecret: string; totpStep: number }
  | { kind: 'passkey'; passkey: Omit<StoredPasskey, 'staffId' | 'name'> };

/** The SHA-256 of a secret token, hex: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A random token of 32 bytes, base64url: for enrolment links and session ids. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A staff member's name: letters, digits, dot, dash, underscore and @, up to 64 characters. */
export const STAFF_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

export const SQLITE_STAFF_SCHEMA = `
CREATE TABLE IF NOT EXISTS staff (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL,
  enrolled_at TEXT,
  password_hash TEXT,
  totp_secret TEXT,
  totp_last_step INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE IF NOT EXISTS staff_enrolments (
  token_sha256 TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  totp_secret TEXT,
  challenge TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS staff_passkeys (
  id TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  public_key TEXT NOT NULL,
  counter INTEGER NOT NULL,
  transports TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_sha256 TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS staff_challenges (
  challenge TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS staff_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS report_cases (
  receipt TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'referred', 'closed')),
  assignee TEXT,
  closed_at INTEGER,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS report_notes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt TEXT NOT NULL,
  author TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'encrypted')),
  body TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS report_notes_receipt ON report_notes (receipt);
`;

export const POSTGRES_STAFF_SCHEMA = `
CREATE TABLE IF NOT EXISTS staff (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  added_at text NOT NULL,
  enrolled_at text,
  password_hash text,
  totp_secret text,
  totp_last_step bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS staff_enrolments (
  token_sha256 text PRIMARY KEY,
  staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  expires_at bigint NOT NULL,
  used_at bigint,
  totp_secret text,
  challenge text
);
CREATE TABLE IF NOT EXISTS staff_passkeys (
  id text PRIMARY KEY,
  staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  public_key text NOT NULL,
  counter bigint NOT NULL,
  transports text NOT NULL,
  added_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_sha256 text PRIMARY KEY,
  staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  last_seen_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_challenges (
  challenge text PRIMARY KEY,
  expires_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_audit (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at text NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  target text
);
CREATE TABLE IF NOT EXISTS report_cases (
  receipt text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('new', 'in-progress', 'referred', 'closed')),
  assignee text,
  closed_at bigint,
  updated_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS report_notes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  receipt text NOT NULL,
  author text NOT NULL,
  at text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('text', 'encrypted')),
  body text NOT NULL
);
CREATE INDEX IF NOT EXISTS report_notes_receipt ON report_notes (receipt);
`;

const nowIso = () => `${new Date().toISOString().slice(0, 19)}Z`;

/** The staff tables of one receiver database. Every method that writes has committed when it resolves. */
export class StaffStore {
  readonly #sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.#sql = sql;
  }

  /**
   * Adds a staff member with an enrolment link whose token hashes to `tokenSha256`, valid until
   * `expiresAt` (ms). Resolves `false`, changing nothing, when the name is taken.
   */
  async add(name: string, tokenSha256: string, expiresAt: number): Promise<boolean> {
    const added = await this.#sql.all<{ id: number | string }>(
      'INSERT INTO staff (name, added_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING RETURNING id',
      [name, nowIso()],
    );
    const id = added[0]?.id;
    if (id === undefined) return false;
    await this.#sql.run('INSERT INTO staff_enrolments (token_sha256, staff_id, expires_at) VALUES (?, ?, ?)', [tokenSha256, id, expiresAt]);
    return true;
  }

  /** Every staff member, by name. */
  async list(): Promise<StaffMember[]> {
    const rows = await this.#sql.all<{ name: string; added_at: string; enrolled_at: string | null; password: number | string; passkeys: number | string }>(
      `SELECT s.name, s.added_at, s.enrolled_at,
              CASE WHEN s.password_hash IS NULL THEN 0 ELSE 1 END AS password,
              (SELECT count(*) FROM staff_passkeys p WHERE p.staff_id = s.id) AS passkeys
       FROM staff s ORDER BY s.name`,
    );
    return rows.map((r) => ({
      name: r.name,
      addedAt: r.added_at,
      ...(r.enrolled_at ? { enrolledAt: r.enrolled_at } : {}),
      passkeys: Number(r.passkeys),
      password: Number(r.password) === 1,
    }));
  }

  /** Removes a staff member with their passkeys, password, sessions and open links. Resolves `false` for an unknown name. */
  async remove(name: string): Promise<boolean> {
    const rows = await this.#sql.all<{ id: number | string }>('SELECT id FROM staff WHERE name = ?', [name]);
    const id = rows[0]?.id;
    if (id === undefined) return false;
    // Explicitly, not only by ON DELETE CASCADE: SQLite enforces foreign keys only when asked to.
    for (const table of ['staff_sessions', 'staff_passkeys', 'staff_enrolments']) {
      await this.#sql.run(`DELETE FROM ${table} WHERE staff_id = ?`, [id]);
    }
    return (await this.#sql.run('DELETE FROM staff WHERE id = ?', [id])) > 0;
  }

  /** The enrolment link whose token hashes to `tokenSha256`, while it is unused and unexpired. */
  async openEnrolment(tokenSha256: string, now: number): Promise<OpenEnrolment | undefined> {
    const rows = await this.#sql.all<{ staff_id: number | string; name: string; totp_secret: string | null; challenge: string | null }>(
      `SELECT e.staff_id, s.name, e.totp_secret, e.challenge FROM staff_enrolments e JOIN staff s ON s.id = e.staff_id
       WHERE e.token_sha256 = ? AND e.used_at IS NULL AND e.expires_at > ?`,
      [tokenSha256, now],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      staffId: Number(row.staff_id),
      name: row.name,
      ...(row.totp_secret ? { totpSecret: row.totp_secret } : {}),
      ...(row.challenge ? { challenge: row.challenge } : {}),
    };
  }

  /** Keeps the TOTP secret and WebAuthn challenge offered by the first step of an enrolment. */
  async prepareEnrolment(tokenSha256: string, totpSecret: string, challenge: string): Promise<void> {
    await this.#sql.run('UPDATE staff_enrolments SET totp_secret = ?, challenge = ? WHERE token_sha256 = ? AND used_at IS NULL', [
      totpSecret,
      challenge,
      tokenSha256,
    ]);
  }

  /**
   * Spends an enrolment link and stores the credential it was used for. Resolves with the staff
   * member, or `undefined` when the link was already used or has expired (also when two requests
   * race for it: exactly one wins).
   */
  async completeEnrolment(tokenSha256: string, now: number, credential: EnrolmentCredential): Promise<{ staffId: number; name: string } | undefined> {
    const claimed = await this.#sql.all<{ staff_id: number | string }>(
      'UPDATE staff_enrolments SET used_at = ?, totp_secret = NULL, challenge = NULL WHERE token_sha256 = ? AND used_at IS NULL AND expires_at > ? RETURNING staff_id',
      [now, tokenSha256, now],
    );
    const staffId = claimed[0]?.staff_id;
    if (staffId === undefined) return undefined;
    if (credential.kind === 'password') {
      await this.#sql.run('UPDATE staff SET password_hash = ?, totp_secret = ?, totp_last_step = ?, enrolled_at = ? WHERE id = ?', [
        credential.passwordHash,
        credential.totpSecret,
        credential.totpStep,
        nowIso(),
        staffId,
      ]);
    } else {
      const { passkey } = credential;
      await this.#sql.run('INSERT INTO staff_passkeys (id, staff_id, public_key, counter, transports, added_at) VALUES (?, ?, ?, ?, ?, ?)', [
        passkey.id,
        staffId,
        passkey.publicKey,
        passkey.counter,
        JSON.stringify(passkey.transports),
        nowIso(),
      ]);
      await this.#sql.run('UPDATE staff SET enrolled_at = ? WHERE id = ?', [nowIso(), staffId]);
    }
    const rows = await this.#sql.all<{ name: string }>('SELECT name FROM staff WHERE id = ?', [staffId]);
    return { staffId: Number(staffId), name: rows[0]!.name };
  }

  /** What password sign-in needs of `name`, or `undefined` for an unknown name. */
  async credentials(name: string): Promise<StaffCredentials | undefined> {
    const rows = await this.#sql.all<{ id: number | string; name: string; password_hash: string | null; totp_secret: string | null }>(
      'SELECT id, name, password_hash, totp_secret FROM staff WHERE name = ?',
      [name],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: Number(row.id),
      name: row.name,
      ...(row.password_hash ? { passwordHash: row.password_hash } : {}),
      ...(row.totp_secret ? { totpSecret: row.totp_secret } : {}),
    };
  }

  /**
   * Records that the TOTP code of time step `step` was used; resolves `false` when that step or a
   * later one was already used, so that a code seen over someone's shoulder cannot be replayed.
   */
  async useTotpStep(staffId: number, step: number): Promise<boolean> {
    return (await this.#sql.run('UPDATE staff SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?', [step, staffId, step])) > 0;
  }

  /** The passkey with credential id `id` (base64url), with its owner's name. */
  async passkey(id: string): Promise<StoredPasskey | undefined> {
    const rows = await this.#sql.all<{ id: string; staff_id: number | string; name: string; public_key: string; counter: number | string; transports: string }>(
      'SELECT p.id, p.staff_id, s.name, p.public_key, p.counter, p.transports FROM staff_passkeys p JOIN staff s ON s.id = p.staff_id WHERE p.id = ?',
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      staffId: Number(row.staff_id),
      name: row.name,
      publicKey: row.public_key,
      counter: Number(row.counter),
      transports: JSON.parse(row.transports) as string[],
    };
  }

  /** Stores a passkey's new signature counter after a sign-in. */
  async setPasskeyCounter(id: string, counter: number): Promise<void> {
    await this.#sql.run('UPDATE staff_passkeys SET counter = ? WHERE id = ?', [counter, id]);
  }

  /** Keeps a WebAuthn sign-in challenge until `expiresAt` (ms), and forgets the expired ones. */
  async addChallenge(challenge: string, expiresAt: number, now: number): Promise<void> {
    await this.#sql.run('DELETE FROM staff_challenges WHERE expires_at <= ?', [now]);
    await this.#sql.run('INSERT INTO staff_challenges (challenge, expires_at) VALUES (?, ?)', [challenge, expiresAt]);
  }

  /** Spends a sign-in challenge: `true` once for a challenge that was issued and has not expired. */
  async takeChallenge(challenge: string, now: number): Promise<boolean> {
    return (await this.#sql.run('DELETE FROM staff_challenges WHERE challenge = ? AND expires_at > ?', [challenge, now])) > 0;
  }

  /** Opens a session whose id hashes to `idSha256`. */
  async createSession(idSha256: string, staffId: number, now: number): Promise<void> {
    await this.#sql.run('INSERT INTO staff_sessions (id_sha256, staff_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)', [idSha256, staffId, now, now]);
  }

  /**
   * The session whose id hashes to `idSha256` when it is still open: used within `idleMs` and
   * opened within `maxMs`. Using it moves its idle deadline; an expired one is deleted.
   */
  async session(idSha256: string, now: number, idleMs: number, maxMs: number): Promise<StaffSession | undefined> {
    const rows = await this.#sql.all<{ staff_id: number | string; name: string; created_at: number | string; last_seen_at: number | string }>(
      'SELECT x.staff_id, s.name, x.created_at, x.last_seen_at FROM staff_sessions x JOIN staff s ON s.id = x.staff_id WHERE x.id_sha256 = ?',
      [idSha256],
    );
    const row = rows[0];
    if (!row) return undefined;
    const createdAt = Number(row.created_at);
    const lastSeenAt = Number(row.last_seen_at);
    if (now - lastSeenAt >= idleMs || now - createdAt >= maxMs) {
      await this.deleteSession(idSha256);
      return undefined;
    }
    await this.#sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE id_sha256 = ?', [now, idSha256]);
    return { staffId: Number(row.staff_id), name: row.name, createdAt, lastSeenAt: now };
  }

  /** Ends a session (sign-out). */
  async deleteSession(idSha256: string): Promise<void> {
    await this.#sql.run('DELETE FROM staff_sessions WHERE id_sha256 = ?', [idSha256]);
  }

  /** Deletes every session that is past either deadline. */
  async deleteExpiredSessions(now: number, idleMs: number, maxMs: number): Promise<number> {
    return this.#sql.run('DELETE FROM staff_sessions WHERE last_seen_at <= ? OR created_at <= ?', [now - idleMs, now - maxMs]);
  }

  /** Appends one line to the audit log. */
  async audit(actor: string, action: string, target?: string): Promise<void> {
    await this.#sql.run('INSERT INTO staff_audit (at, actor, action, target) VALUES (?, ?, ?, ?)', [nowIso(), actor, action, target ?? null]);
  }

  /** The audit log, oldest first. */
  async auditLog(): Promise<AuditEntry[]> {
    const rows = await this.#sql.all<{ at: string; actor: string; action: string; target: string | null }>(
      'SELECT at, actor, action, target FROM staff_audit ORDER BY seq',
    );
    return rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, ...(r.target ? { target: r.target } : {}) }));
  }
}

/** Where a report stands in the organisation's work. */
export type CaseStatus = 'new' | 'in-progress' | 'referred' | 'closed';

export const caseStatuses: readonly CaseStatus[] = ['new', 'in-progress', 'referred', 'closed'];

/** A report's case: its status and who works on it. A report nobody touched is `new`, unassigned. */
export interface ReportCase {
  status: CaseStatus;
  assignee?: string;
  /** When it was closed (ms), while it is closed: retention counts from here. */
  closedAt?: number;
}

/** An internal note on a report: plain text, or an envelope only the organisation's key opens. */
export interface ReportNote {
  author: string;
  /** ISO 8601, to the second. */
  at: string;
  kind: 'text' | 'encrypted';
  /** The text, or the envelope as JSON. */
  body: string;
}

/** The case tables: status, assignee and notes per receipt. Deleting a report deletes them with it (`ReportStore.delete`). */
export class CaseStore {
  readonly #sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.#sql = sql;
  }

  /** Every report's case, by receipt; reports without a row are `new`. */
  async all(): Promise<Map<string, ReportCase>> {
    const rows = await this.#sql.all<{ receipt: string; status: CaseStatus; assignee: string | null; closed_at: number | string | null }>(
      'SELECT receipt, status, assignee, closed_at FROM report_cases',
    );
    return new Map(rows.map((r) => [r.receipt, toCase(r)]));
  }

  /** One report's case. */
  async get(receipt: string): Promise<ReportCase> {
    const rows = await this.#sql.all<{ status: CaseStatus; assignee: string | null; closed_at: number | string | null }>(
      'SELECT status, assignee, closed_at FROM report_cases WHERE receipt = ?',
      [receipt],
    );
    return rows[0] ? toCase(rows[0]) : { status: 'new' };
  }

  /** Changes a report's status and/or assignee (`null` unassigns); closing stamps `closedAt` with `now`. */
  async update(receipt: string, change: { status?: CaseStatus; assignee?: string | null }, now: number): Promise<ReportCase> {
    const current = await this.get(receipt);
    const status = change.status ?? current.status;
    const assignee = change.assignee === undefined ? (current.assignee ?? null) : change.assignee;
    const closedAt = status === 'closed' ? (current.status === 'closed' ? (current.closedAt ?? now) : now) : null;
    await this.#sql.run(
      `INSERT INTO report_cases (receipt, status, assignee, closed_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (receipt) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, closed_at = excluded.closed_at, updated_at = excluded.updated_at`,
      [receipt, status, assignee, closedAt, nowIso()],
    );
    return { status, ...(assignee ? { assignee } : {}), ...(closedAt !== null ? { closedAt } : {}) };
  }

  /** Adds a note to a report. */
  async addNote(receipt: string, note: Omit<ReportNote, 'at'>): Promise<ReportNote> {
    const at = nowIso();
    await this.#sql.run('INSERT INTO report_notes (receipt, author, at, kind, body) VALUES (?, ?, ?, ?, ?)', [receipt, note.author, at, note.kind, note.body]);
    return { ...note, at };
  }

  /** A report's notes, oldest first. */
  async notes(receipt: string): Promise<ReportNote[]> {
    return this.#sql.all<ReportNote>('SELECT author, at, kind, body FROM report_notes WHERE receipt = ? ORDER BY seq', [receipt]);
  }

  /** The receipts of reports closed before `before` (ms): what a retention period deletes. */
  async closedBefore(before: number): Promise<string[]> {
    const rows = await this.#sql.all<{ receipt: string }>("SELECT receipt FROM report_cases WHERE status = 'closed' AND closed_at < ?", [before]);
    return rows.map((r) => r.receipt);
  }
}

function toCase(row: { status: CaseStatus; assignee: string | null; closed_at: number | string | null }): ReportCase {
  return {
    status: row.status,
    ...(row.assignee ? { assignee: row.assignee } : {}),
    ...(row.closed_at !== null ? { closedAt: Number(row.closed_at) } : {}),
  };
}
