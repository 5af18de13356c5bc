/**
 * Where the receiver keeps reports: one interface, two implementations. SQLite (a file, the
 * default) serves one receiver on one machine; PostgreSQL serves several receivers behind a load
 * balancer, which then also share their rate limits. See docs/deploy.md.
 */
import { randomInt } from 'node:crypto';
import { SafeError } from '../sdk/errors.js';
import type { FollowUpStore } from './follow-up-store.js';
import type { CaseStore, StaffStore } from './staff-store.js';

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

/** The outcome of `ReportStore.accept()`. */
export type AcceptResult =
  | { status: 'created' | 'replayed'; receipt: string; receivedAt: string }
  /** The key is already stored with a different body. */
  | { status: 'conflict' };

/** Which reports `ReportStore.delete()` removes. */
export type DeleteSelection =
  /** The reports with these receipts. */
  | { receipts: readonly string[] }
  /** Every report received before this time (ISO 8601): for a retention period. */
  | { before: string };

/** Takes one token from a client's bucket: 0 when the request may go ahead, else whole seconds to wait. */
export interface RateLimit {
  take(address: string): number | Promise<number>;
}

/** The codes of `ReportDatabaseError`. */
export type ReportDatabaseErrorCode =
  /** The better-sqlite3 package is not installed. */
  | 'database/sqlite-missing'
  /** SQLite could not open, read or write the file (full disk, read-only, locked, corrupt…). */
  | 'database/sqlite-failed'
  /** The pg package is not installed. */
  | 'database/postgres-missing'
  /** PostgreSQL could not be reached, or a query failed. */
  | 'database/postgres-failed'
  /** `reports` or `decrypt --db` was pointed at a database the receiver did not make. */
  | 'database/not-a-report-database';

/**
 * Thrown by both stores when the database cannot be opened or used; every driver error is wrapped,
 * the driver's own error kept as `cause`. The receiver answers 503 `receiver/storage-unavailable`
 * for it (the sender keeps the report and tries again), never 500.
 */
export class ReportDatabaseError extends SafeError<ReportDatabaseErrorCode> {

  constructor(code: ReportDatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportDatabaseError';
  }
}

/** The receiver's storage. Every method that writes has committed durably when it resolves. */
export interface ReportStore {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores a validated report under its idempotency key, in one transaction committed before it
   * resolves. The same key with the same body returns the first receipt and stores nothing; the same
   * key with another body is a conflict.
   */
  accept(key: string, kind: 'report' | 'encrypted', body: string, hash: string): Promise<AcceptResult>;
  /** Every stored report, in order of arrival. */
  rows(): AsyncIterable<StoredReportRow>;
  /** The report with this receipt, or `undefined`. */
  report(receipt: string): Promise<StoredReportRow | undefined>;
  /**
   * The inbox's staff, sessions and audit log, in the same database. Their tables are made when the
   * database is opened for writing (also an existing one); a read-only store cannot write them.
   */
  readonly staff: StaffStore;
  /** Each report's status, assignee and internal notes, for the inbox; `delete()` removes them with the report. */
  readonly cases: CaseStore;
  /** The reporter's follow-up: lookup tokens (as SHA-256) and messages; `delete()` removes them with the report. */
  readonly followUp: FollowUpStore;
  /** How many reports are stored. */
  count(): Promise<number>;
  /**
   * Rejects when the database cannot be written (for GET /health): a read is not enough, since a
   * read-only or full database still reads.
   */
  check(): Promise<void>;
  /**
   * Removes reports, with their case and notes, so that they cannot be read back from the
   * database's files (deleted content is overwritten, the write-ahead log emptied where the database
   * allows it). Resolves with how many.
   */
  delete(selection: DeleteSelection): Promise<number>;
  /**
   * A rate limit shared by every receiver on this database, when the database can hold one;
   * `undefined` means each receiver keeps its own in memory.
   */
  sharedRateLimit?(options: { perMinute: number; burst: number }): RateLimit;
  /** Closes the database; safe to call more than once. */
  close(): Promise<void>;
}

/** How `openReportStore()` opens the database. */
export interface OpenStoreOptions {
  /**
   * Open an existing receiver database for reading only: nothing is created, no setting of the
   * file is changed, and a database without the receiver's `reports` table is refused with
   * `not-a-report-database`. For `reports` and `decrypt --db`.
   */
  readonly?: boolean;
  /**
   * Open an existing receiver database for maintenance (`reports delete`, `staff`): writable, but
   * refused like `readonly` when it is not a receiver database; only the inbox's tables are made
   * when missing.
   */
  existing?: boolean;
}

/** True for a `postgres://` or `postgresql://` connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the receiver's database: a PostgreSQL connection URL (`postgres://user@host/db`) or a
 * SQLite file path. Each driver is an optional dependency loaded here; when it is missing this
 * rejects with `database/sqlite-missing` or `database/postgres-missing` and says how to install it.
 */
export async function openReportStore(location: string, options: OpenStoreOptions = {}): Promise<ReportStore> {
  if (isPostgresUrl(location)) {
    const { PostgresReportStore } = await import('./postgres-store.js');
    return PostgresReportStore.open(location, options);
  }
  const { SqliteReportStore } = await import('./sqlite-store.js');
  return SqliteReportStore.open(location, options);
}

/** A receipt that reads like a phone number: twelve digits in groups of four. */
export function newReceipt(): string {
  const digits = String(randomInt(0, 1e12)).padStart(12, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/** Now, rounded down to the minute: a rough time is enough, and says less. */
export function roughNow(): string {
  return `${new Date().toISOString().slice(0, 16)}:00Z`;
}
