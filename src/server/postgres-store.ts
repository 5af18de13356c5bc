/**
 * The receiver's PostgreSQL database, for several receivers behind a load balancer: the same
 * reports table as the SQLite file, each report committed (and its WAL flushed, PostgreSQL's
 * default `synchronous_commit = on`) before the receiver answers 201, and one rate limit that every
 * receiver on the database shares.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { DELETE_ORPHAN_FOLLOW_UP, FollowUpStore, POSTGRES_FOLLOW_UP_SCHEMA } from './follow-up-store.js';
import { CaseStore, POSTGRES_STAFF_SCHEMA, StaffStore } from './staff-store.js';
import { ReportDatabaseError, newReceipt, roughNow } from './store.js';
import type { AcceptResult, DeleteSelection, OpenStoreOptions, RateLimit, ReportStore, StoredReportRow } from './store.js';

// receiver_rate is UNLOGGED: buckets are worth nothing after a crash, and stay out of the WAL.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  receipt text NOT NULL UNIQUE,
  idempotency_key text NOT NULL UNIQUE,
  body_sha256 text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('report', 'encrypted')),
  body text NOT NULL,
  received_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS receiver_health (
  id integer PRIMARY KEY CHECK (id = 1),
  checked_at text NOT NULL,
  checks bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS receiver_secret (
  id integer PRIMARY KEY CHECK (id = 1),
  secret bytea NOT NULL
);
CREATE UNLOGGED TABLE IF NOT EXISTS receiver_rate (
  id text PRIMARY KEY,
  tokens double precision NOT NULL,
  granted boolean NOT NULL,
  at timestamptz NOT NULL
);
`;

/** Any number, the same in every receiver: serialises their first CREATE TABLEs. */
const SCHEMA_LOCK = 0x736d6b;

const REPORT_COLUMNS = ['seq', 'receipt', 'idempotency_key', 'body_sha256', 'kind', 'body', 'received_at'];

function failed(error: unknown): ReportDatabaseError {
  return error instanceof ReportDatabaseError
    ? error
    : new ReportDatabaseError('database/postgres-failed', `The database failed: ${(error as Error).message}`, { cause: error });
}

/** The connection URL without its password, for messages and logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return 'postgres://…';
  }
}

type Row = { seq: string; receipt: string; received_at: string; kind: 'report' | 'encrypted'; body: string };

/** The reports table in PostgreSQL, through a small connection pool. */
export class PostgresReportStore implements ReportStore {
  readonly kind = 'postgres';
  readonly #pool: Pool;
  readonly #readonly: boolean;
  #closed = false;
  readonly staff: StaffStore;
  readonly cases: CaseStore;
  readonly followUp: FollowUpStore;

  private constructor(pool: Pool, readonly: boolean) {
    this.#pool = pool;
    this.#readonly = readonly;
    const numbered = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    const sql: ConstructorParameters<typeof StaffStore>[0] = {
      run: async (sql, params = []) => {
        try {
          return (await pool.query(numbered(sql), [...params])).rowCount ?? 0;
        } catch (error) {
          throw failed(error);
        }
      },
      all: async <T>(sql: string, params: readonly unknown[] = []) => {
        try {
          return (await pool.query(numbered(sql), [...params])).rows as T[];
        } catch (error) {
          throw failed(error);
        }
      },
    };
    this.staff = new StaffStore(sql);
    this.cases = new CaseStore(sql);
    this.followUp = new FollowUpStore(sql);
  }

  /**
   * Connects to `url` (`postgres://user:password@host:port/database`) and makes the tables when they
   * are missing. `pg` is an optional dependency, loaded here; when it is missing this rejects with
   * code `database/postgres-missing`.
   */
  static async open(url: string, options: OpenStoreOptions = {}): Promise<PostgresReportStore> {
    let PgPool: typeof Pool;
    try {
      PgPool = (await import('pg')).default.Pool;
    } catch (error) {
      throw new ReportDatabaseError('database/postgres-missing', 'A PostgreSQL database needs the pg package: run "npm install pg"', { cause: error });
    }
    const pool = new PgPool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      ...(options.readonly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    // A connection the server closes while idle (restart, failover) is dropped from the pool; the
    // next query opens a new one. Without a listener the error would end the process.
    pool.on('error', () => undefined);
    const store = new PostgresReportStore(pool, options.readonly ?? false);
    try {
      if (options.readonly || options.existing) {
        const { rows } = await pool.query<{ column_name: string }>(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'reports'",
        );
        const columns = rows.map((r) => r.column_name);
        if (!REPORT_COLUMNS.every((c) => columns.includes(c))) {
          throw new ReportDatabaseError('database/not-a-report-database', `${describePostgresUrl(url)} is not a receiver database (it has no reports table); nothing was changed`);
        }
      }
      if (!options.readonly) {
        // Also for a database made before the inbox existed.
        await store.#transaction(async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
          if (!options.existing) await client.query(SCHEMA);
          await client.query(POSTGRES_STAFF_SCHEMA);
          await client.query(POSTGRES_FOLLOW_UP_SCHEMA);
        });
      }
      return store;
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof ReportDatabaseError) throw error;
      throw new ReportDatabaseError('database/postgres-failed', `Cannot open the database ${describePostgresUrl(url)}: ${(error as Error).message}`, { cause: error });
    }
  }

  async #transaction<T>(body: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  #writable(): void {
    if (this.#readonly) throw new ReportDatabaseError('database/postgres-failed', 'The database was opened read-only');
  }

  async accept(key: string, kind: 'report' | 'encrypted', body: string, hash: string): Promise<AcceptResult> {
    this.#writable();
    const receivedAt = roughNow();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          // One statement: two receivers given the same key at once both end here, and the unique
          // index lets exactly one insert; the other sees no row and reads the winner's.
          const inserted = await this.#pool.query<{ receipt: string; received_at: string }>(
            `INSERT INTO reports (receipt, idempotency_key, body_sha256, kind, body, received_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING RETURNING receipt, received_at`,
            [newReceipt(), key, hash, kind, body, receivedAt],
          );
          const created = inserted.rows[0];
          if (created) return { status: 'created', receipt: created.receipt, receivedAt: created.received_at };
        } catch (error) {
          // Two reports drew the same receipt (one in a trillion): draw again.
          const unique = (error as { code?: string; constraint?: string }).code === '23505';
          if (!unique || attempt >= 5) throw error;
          continue;
        }
        const existing = await this.#pool.query<{ receipt: string; received_at: string; body_sha256: string }>(
          'SELECT receipt, received_at, body_sha256 FROM reports WHERE idempotency_key = $1',
          [key],
        );
        const row = existing.rows[0];
        // Deleted between the two statements: store it again.
        if (!row) continue;
        return row.body_sha256 === hash ? { status: 'replayed', receipt: row.receipt, receivedAt: row.received_at } : { status: 'conflict' };
      }
    } catch (error) {
      throw failed(error);
    }
  }

  async *rows(): AsyncIterableIterator<StoredReportRow> {
    let after = '0';
    for (;;) {
      let page: Row[];
      try {
        page = (
          await this.#pool.query<Row>('SELECT seq::text AS seq, receipt, received_at, kind, body FROM reports WHERE seq > $1 ORDER BY seq LIMIT 500', [after])
        ).rows;
      } catch (error) {
        throw failed(error);
      }
      for (const row of page) yield { seq: Number(row.seq), receipt: row.receipt, receivedAt: row.received_at, kind: row.kind, body: row.body };
      if (page.length < 500) return;
      after = page.at(-1)!.seq;
    }
  }

  async report(receipt: string): Promise<StoredReportRow | undefined> {
    try {
      const { rows } = await this.#pool.query<Row>('SELECT seq::text AS seq, receipt, received_at, kind, body FROM reports WHERE receipt = $1', [receipt]);
      const row = rows[0];
      return row && { seq: Number(row.seq), receipt: row.receipt, receivedAt: row.received_at, kind: row.kind, body: row.body };
    } catch (error) {
      throw failed(error);
    }
  }

  async count(): Promise<number> {
    try {
      const { rows } = await this.#pool.query<{ n: string }>('SELECT count(*) AS n FROM reports');
      return Number(rows[0]?.n ?? 0);
    } catch (error) {
      throw failed(error);
    }
  }

  async check(): Promise<void> {
    this.#writable();
    try {
      await this.#pool.query(
        'INSERT INTO receiver_health (id, checked_at, checks) VALUES (1, $1, 1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, checks = receiver_health.checks + 1',
        [roughNow()],
      );
    } catch (error) {
      throw failed(error);
    }
  }

  async delete(selection: DeleteSelection): Promise<number> {
    this.#writable();
    try {
      const rowCount = await this.#transaction(async (client) => {
        const { rowCount: deleted } =
          'receipts' in selection
            ? await client.query('DELETE FROM reports WHERE receipt = ANY($1::text[])', [selection.receipts])
            : await client.query('DELETE FROM reports WHERE received_at < $1', [selection.before]);
        // A report's case and notes go with it, in the same transaction.
        await client.query('DELETE FROM report_notes WHERE receipt NOT IN (SELECT receipt FROM reports)');
        await client.query('DELETE FROM report_cases WHERE receipt NOT IN (SELECT receipt FROM reports)');
        for (const statement of DELETE_ORPHAN_FOLLOW_UP) await client.query(statement);
        return deleted;
      });
      // Rewrites the tables so the deleted rows' old versions leave their files (a plain VACUUM only
      // marks their space free). PostgreSQL's own WAL keeps them until it recycles its segments.
      await this.#pool.query('VACUUM FULL reports, report_notes, report_cases, report_messages, report_follow_up');
      return rowCount ?? 0;
    } catch (error) {
      throw failed(error);
    }
  }

  /**
   * Token buckets in the database, so every receiver on it counts the same client once. Clients are
   * told apart by a keyed hash of their address; the key is made once and kept in the database,
   * since every receiver needs the same one, and each bucket is deleted once it has refilled.
   */
  sharedRateLimit(options: { perMinute: number; burst: number }): RateLimit {
    const perSecond = options.perMinute / 60;
    const burst = Math.max(1, options.burst);
    let secret: Promise<Buffer> | undefined;
    let lastSweep = 0;
    const loadSecret = async (): Promise<Buffer> => {
      await this.#pool.query('INSERT INTO receiver_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(32)]);
      const { rows } = await this.#pool.query<{ secret: Buffer }>('SELECT secret FROM receiver_secret WHERE id = 1');
      return rows[0]!.secret;
    };
    return {
      take: async (address) => {
        try {
          secret ??= loadSecret().catch((error: unknown) => {
            secret = undefined;
            throw error;
          });
          const id = createHmac('sha256', await secret).update(address).digest('base64url').slice(0, 22);
          const refill = 'LEAST($2::float8, r.tokens + EXTRACT(EPOCH FROM now() - r.at)::float8 * $3::float8)';
          const { rows } = await this.#pool.query<{ tokens: number; granted: boolean }>(
            `INSERT INTO receiver_rate AS r (id, tokens, granted, at) VALUES ($1, $2::float8 - 1, true, now())
             ON CONFLICT (id) DO UPDATE SET
               granted = ${refill} >= 1,
               tokens = ${refill} - CASE WHEN ${refill} >= 1 THEN 1 ELSE 0 END,
               at = now()
             RETURNING tokens, granted`,
            [id, burst, perSecond],
          );
          const row = rows[0]!;
          if (Date.now() - lastSweep > 60_000) {
            lastSweep = Date.now();
            await this.#pool.query('DELETE FROM receiver_rate WHERE at < now() - make_interval(secs => $1)', [burst / perSecond]);
          }
          if (row.granted) return 0;
          return Math.max(1, Math.ceil((1 - row.tokens) / perSecond));
        } catch (error) {
          throw failed(error);
        }
      },
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
