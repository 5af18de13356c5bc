/**
 * The receiver's SQLite file: one table of reports, each stored once per idempotency key and
 * committed to disk (WAL, `synchronous = FULL`) before the receiver answers 201.
 */
import { randomInt } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { SafeError } from '../sdk/errors.js';

/** A stored report, as `reports list`, `reports export` and `decrypt --db` read it. */
export interface StoredReportRow {
  /** Order of arrival, from 1. */
  seq: number;
  /** The code the sender was given. */
  receipt: string;
  /** When it was stored, ISO 8601 rounded to the minute. */
  receivedAt: string;
  /** `report` for plaintext JSON, `encrypted` for an envelope only the private key opens. */
  kind: 'report' | 'encrypted';
  /** The report or envelope as JSON, exactly as validated. */
  body: string;
}

/** The outcome of `ReportDatabase.accept()`. */
export type AcceptResult =
  | { status: 'created' | 'replayed'; receipt: string; receivedAt: string }
  /** The key is already stored with a different body. */
  | { status: 'conflict' };

/** Why the database could not be used: `better-sqlite3` is not installed, or SQLite failed. */
export type ReportDatabaseErrorCode = 'sqlite-missing' | 'sqlite-failed';

/** Thrown when the database cannot be opened or used; a `SafeError`, like every error of the kit. */
export class ReportDatabaseError extends SafeError {
  declare readonly code: ReportDatabaseErrorCode;

  constructor(code: ReportDatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportDatabaseError';
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_sha256 TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('report', 'encrypted')),
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;
`;

/** A receipt that reads like a phone number: twelve digits in groups of four. */
function newReceipt(): string {
  const digits = String(randomInt(0, 1e12)).padStart(12, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/** Now, rounded down to the minute: a rough time is enough, and says less. */
function roughNow(): string {
  return `${new Date().toISOString().slice(0, 16)}:00Z`;
}

type Row = { seq: number; receipt: string; received_at: string; kind: 'report' | 'encrypted'; body: string };

/** The reports table, through prepared statements. */
export class ReportDatabase {
  readonly #db: BetterSqlite3.Database;
  readonly #byKey: BetterSqlite3.Statement<[string], { receipt: string; received_at: string; body_sha256: string }>;
  readonly #insert: BetterSqlite3.Statement<[string, string, string, string, string, string]>;
  readonly #all: BetterSqlite3.Statement<[], Row>;
  readonly #count: BetterSqlite3.Statement<[], { n: number }>;
  readonly #accept: (key: string, kind: 'report' | 'encrypted', body: string, hash: string) => AcceptResult;

  private constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    db.pragma('journal_mode = WAL');
    // FULL: the commit is on disk before the 201, even if the machine loses power right after.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    this.#byKey = db.prepare('SELECT receipt, received_at, body_sha256 FROM reports WHERE idempotency_key = ?');
    this.#insert = db.prepare(
      'INSERT INTO reports (receipt, idempotency_key, body_sha256, kind, body, received_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#all = db.prepare('SELECT seq, receipt, received_at, kind, body FROM reports ORDER BY seq');
    this.#count = db.prepare('SELECT count(*) AS n FROM reports');
    const accept = db.transaction((key: string, kind: 'report' | 'encrypted', body: string, hash: string): AcceptResult => {
      const existing = this.#byKey.get(key);
      if (existing) {
        return existing.body_sha256 === hash
          ? { status: 'replayed', receipt: existing.receipt, receivedAt: existing.received_at }
          : { status: 'conflict' };
      }
      const receivedAt = roughNow();
      for (let attempt = 0; ; attempt++) {
        const receipt = newReceipt();
        try {
          this.#insert.run(receipt, key, hash, kind, body, receivedAt);
          return { status: 'created', receipt, receivedAt };
        } catch (error) {
          // Two reports drew the same receipt (one in a trillion): draw again.
          const unique = error instanceof Error && /UNIQUE constraint failed: reports\.receipt/.test(error.message);
          if (!unique || attempt >= 5) throw error;
        }
      }
    });
    this.#accept = (...args) => accept.immediate(...args);
  }

  /**
   * Opens (or creates) the SQLite file at `path`. better-sqlite3 is an optional dependency, loaded
   * here; when it is missing this rejects with code `sqlite-missing` and says how to install it.
   */
  static async open(path: string): Promise<ReportDatabase> {
    let Database: typeof BetterSqlite3;
    try {
      Database = (await import('better-sqlite3')).default;
    } catch (error) {
      throw new ReportDatabaseError('sqlite-missing', 'The receiver needs better-sqlite3: run "npm install better-sqlite3"', { cause: error });
    }
    try {
      return new ReportDatabase(new Database(path));
    } catch (error) {
      throw new ReportDatabaseError('sqlite-failed', `Cannot open the database ${path}: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Stores a validated report under its idempotency key, in one transaction committed before it
   * returns. The same key with the same body returns the first receipt and stores nothing; the same
   * key with another body is a conflict.
   */
  accept(key: string, kind: 'report' | 'encrypted', body: string, hash: string): AcceptResult {
    return this.#accept(key, kind, body, hash);
  }

  /** Every stored report, in order of arrival. */
  *rows(): IterableIterator<StoredReportRow> {
    for (const row of this.#all.iterate()) {
      yield { seq: row.seq, receipt: row.receipt, receivedAt: row.received_at, kind: row.kind, body: row.body };
    }
  }

  /** How many reports are stored. */
  count(): number {
    return this.#count.get()?.n ?? 0;
  }

  /** Throws when the database cannot be read (for GET /health). */
  check(): void {
    this.#count.get();
  }

  /** Closes the file; the WAL is checkpointed into it. */
  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
