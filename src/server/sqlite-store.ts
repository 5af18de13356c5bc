/**
 * The receiver's SQLite file: one table of reports, each stored once per idempotency key and
 * committed to disk (WAL, `synchronous = FULL`) before the receiver answers 201.
 */
import { closeSync, openSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { DELETE_ORPHAN_FOLLOW_UP, FollowUpStore, SQLITE_FOLLOW_UP_SCHEMA } from './follow-up-store.js';
import { CaseStore, SQLITE_STAFF_SCHEMA, StaffStore } from './staff-store.js';
import { ReportDatabaseError, newReceipt, roughNow } from './store.js';
import type { AcceptResult, DeleteSelection, OpenStoreOptions, ReportStore, StoredReportRow } from './store.js';

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
CREATE TABLE IF NOT EXISTS receiver_health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT NOT NULL,
  -- Changes on every check: SQLite skips a write that would leave the page as it was.
  checks INTEGER NOT NULL
) STRICT;
`;

const REPORT_COLUMNS = ['seq', 'receipt', 'idempotency_key', 'body_sha256', 'kind', 'body', 'received_at'];

type Row = { seq: number; receipt: string; received_at: string; kind: 'report' | 'encrypted'; body: string };

function failed(error: unknown): ReportDatabaseError {
  return error instanceof ReportDatabaseError
    ? error
    : new ReportDatabaseError('database/sqlite-failed', `The database failed: ${(error as Error).message}`, { cause: error });
}

/** The reports table in a SQLite file, through prepared statements. */
export class SqliteReportStore implements ReportStore {
  readonly kind = 'sqlite';
  readonly #db: BetterSqlite3.Database;
  readonly #all: BetterSqlite3.Statement<[], Row>;
  readonly #count: BetterSqlite3.Statement<[], { n: number }>;
  readonly #accept?: (key: string, kind: 'report' | 'encrypted', body: string, hash: string) => AcceptResult;
  readonly #health?: BetterSqlite3.Statement<[string]>;
  readonly #one: BetterSqlite3.Statement<[string], Row>;
  readonly staff: StaffStore;
  readonly cases: CaseStore;
  readonly followUp: FollowUpStore;

  private constructor(db: BetterSqlite3.Database, writable: boolean) {
    this.#db = db;
    if (writable) {
      db.pragma('journal_mode = WAL');
      // FULL: the commit is on disk before the 201, even if the machine loses power right after.
      db.pragma('synchronous = FULL');
      // A deleted report's bytes are overwritten in the file, not only unlinked from the b-tree.
      db.pragma('secure_delete = ON');
      // Also for a database made before the inbox existed.
      db.exec(SQLITE_STAFF_SCHEMA);
      db.exec(SQLITE_FOLLOW_UP_SCHEMA);
    }
    db.pragma('busy_timeout = 5000');
    const statements = new Map<string, BetterSqlite3.Statement>();
    const prepared = (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      return statement;
    };
    const sql: ConstructorParameters<typeof StaffStore>[0] = {
      run: async (sql, params = []) => {
        try {
          return prepared(sql).run(...params).changes;
        } catch (error) {
          throw failed(error);
        }
      },
      all: async <T>(sql: string, params: readonly unknown[] = []) => {
        try {
          return prepared(sql).all(...params) as T[];
        } catch (error) {
          throw failed(error);
        }
      },
    };
    this.staff = new StaffStore(sql);
    this.cases = new CaseStore(sql);
    this.followUp = new FollowUpStore(sql);
    this.#all = db.prepare('SELECT seq, receipt, received_at, kind, body FROM reports ORDER BY seq');
    this.#one = db.prepare('SELECT seq, receipt, received_at, kind, body FROM reports WHERE receipt = ?');
    this.#count = db.prepare('SELECT count(*) AS n FROM reports');
    if (!writable) return;
    this.#health = db.prepare(
      'INSERT INTO receiver_health (id, checked_at, checks) VALUES (1, ?, 1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, checks = receiver_health.checks + 1',
    );
    const byKey = db.prepare<[string], { receipt: string; received_at: string; body_sha256: string }>(
      'SELECT receipt, received_at, body_sha256 FROM reports WHERE idempotency_key = ?',
    );
    const insert = db.prepare<[string, string, string, string, string, string]>(
      'INSERT INTO reports (receipt, idempotency_key, body_sha256, kind, body, received_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const accept = db.transaction((key: string, kind: 'report' | 'encrypted', body: string, hash: string): AcceptResult => {
      const existing = byKey.get(key);
      if (existing) {
        return existing.body_sha256 === hash
          ? { status: 'replayed', receipt: existing.receipt, receivedAt: existing.received_at }
          : { status: 'conflict' };
      }
      const receivedAt = roughNow();
      for (let attempt = 0; ; attempt++) {
        const receipt = newReceipt();
        try {
          insert.run(receipt, key, hash, kind, body, receivedAt);
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
   * Opens (or creates) the SQLite file at `path`. A new file is made readable by its owner only
   * (0600), and so are the `-wal` and `-shm` files SQLite makes beside it. better-sqlite3 is an
   * optional dependency, loaded here; when it is missing this rejects with code `database/sqlite-missing`.
   */
  static async open(path: string, options: OpenStoreOptions = {}): Promise<SqliteReportStore> {
    let Database: typeof BetterSqlite3;
    try {
      Database = (await import('better-sqlite3')).default;
    } catch (error) {
      throw new ReportDatabaseError('database/sqlite-missing', 'The receiver needs better-sqlite3: run "npm install better-sqlite3"', { cause: error });
    }
    const existing = options.readonly || options.existing;
    let db: BetterSqlite3.Database | undefined;
    try {
      // SQLite gives its -wal and -shm files the mode of the database file, so this one decides all three.
      if (!existing) closeSync(openSync(path, 'a', 0o600));
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: existing ?? false });
      if (existing) {
        const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('reports')").all().map((c) => c.name);
        if (!REPORT_COLUMNS.every((c) => columns.includes(c))) {
          throw new ReportDatabaseError('database/not-a-report-database', `${path} is not a receiver database (it has no reports table); nothing was changed`);
        }
      } else {
        db.exec(SCHEMA);
      }
      return new SqliteReportStore(db, !options.readonly);
    } catch (error) {
      db?.close();
      if (error instanceof ReportDatabaseError) throw error;
      throw new ReportDatabaseError('database/sqlite-failed', `Cannot open the database ${path}: ${(error as Error).message}`, { cause: error });
    }
  }

  async accept(key: string, kind: 'report' | 'encrypted', body: string, hash: string): Promise<AcceptResult> {
    if (!this.#accept) throw new ReportDatabaseError('database/sqlite-failed', 'The database was opened read-only');
    try {
      return this.#accept(key, kind, body, hash);
    } catch (error) {
      throw failed(error);
    }
  }

  async *rows(): AsyncIterableIterator<StoredReportRow> {
    let rows: IterableIterator<Row>;
    try {
      rows = this.#all.iterate();
    } catch (error) {
      throw failed(error);
    }
    while (true) {
      let next: IteratorResult<Row>;
      try {
        next = rows.next();
      } catch (error) {
        throw failed(error);
      }
      if (next.done) return;
      const row = next.value;
      yield { seq: row.seq, receipt: row.receipt, receivedAt: row.received_at, kind: row.kind, body: row.body };
    }
  }

  async report(receipt: string): Promise<StoredReportRow | undefined> {
    const row = this.#one.get(receipt);
    return row && { seq: row.seq, receipt: row.receipt, receivedAt: row.received_at, kind: row.kind, body: row.body };
  }

  async count(): Promise<number> {
    try {
      return this.#count.get()?.n ?? 0;
    } catch (error) {
      throw failed(error);
    }
  }

  async check(): Promise<void> {
    if (!this.#health) throw new ReportDatabaseError('database/sqlite-failed', 'The database was opened read-only');
    try {
      this.#health.run(roughNow());
    } catch (error) {
      throw failed(error);
    }
  }

  async delete(selection: DeleteSelection): Promise<number> {
    if (!this.#health) throw new ReportDatabaseError('database/sqlite-failed', 'The database was opened read-only');
    try {
      const changes = this.#db.transaction(() => {
        const deleted =
          'receipts' in selection
            ? selection.receipts.reduce((n, receipt) => n + this.#db.prepare<[string]>('DELETE FROM reports WHERE receipt = ?').run(receipt).changes, 0)
            : this.#db.prepare<[string]>('DELETE FROM reports WHERE received_at < ?').run(selection.before).changes;
        // A report's case and notes go with it, in the same transaction.
        this.#db.exec('DELETE FROM report_notes WHERE receipt NOT IN (SELECT receipt FROM reports); DELETE FROM report_cases WHERE receipt NOT IN (SELECT receipt FROM reports)');
        for (const statement of DELETE_ORPHAN_FOLLOW_UP) this.#db.exec(statement);
        return deleted;
      })();
      // The log still holds the pages as they were before the delete: copy the overwritten pages into
      // the file and cut the log to nothing.
      const [result] = this.#db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result && result.busy !== 0) {
        throw new ReportDatabaseError(
          'database/sqlite-failed',
          `Deleted ${changes}, but another program is reading the database, so the old copies stay in its -wal file until it stops; run this again then`,
        );
      }
      return changes;
    } catch (error) {
      throw failed(error);
    }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
