/**
 * The reporter's follow-up in the receiver's database: which report a follow-up code's lookup
 * token opens (only the token's SHA-256 is kept), and the messages between the organisation and the
 * reporter. One implementation over the same small SQL interface as the staff tables, so the SQLite
 * file and PostgreSQL answer the same way. Deleting a report deletes both (`ReportStore.delete`).
 */
import type { SqlRunner } from './staff-store.js';

export const SQLITE_FOLLOW_UP_SCHEMA = `
CREATE TABLE IF NOT EXISTS report_follow_up (
  receipt TEXT PRIMARY KEY,
  lookup_sha256 TEXT NOT NULL UNIQUE
) STRICT;
CREATE TABLE IF NOT EXISTS report_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt TEXT NOT NULL,
  sender TEXT NOT NULL CHECK (sender IN ('organisation', 'reporter')),
  author TEXT,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'encrypted')),
  body TEXT NOT NULL,
  idempotency_key TEXT UNIQUE
) STRICT;
CREATE INDEX IF NOT EXISTS report_messages_receipt ON report_messages (receipt);
`;

export const POSTGRES_FOLLOW_UP_SCHEMA = `
CREATE TABLE IF NOT EXISTS report_follow_up (
  receipt text PRIMARY KEY,
  lookup_sha256 text NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS report_messages (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  receipt text NOT NULL,
  sender text NOT NULL CHECK (sender IN ('organisation', 'reporter')),
  author text,
  at text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('text', 'encrypted')),
  body text NOT NULL,
  idempotency_key text UNIQUE
);
CREATE INDEX IF NOT EXISTS report_messages_receipt ON report_messages (receipt);
`;

/** The statements that remove the follow-up rows of reports that are gone, in the delete's transaction. */
export const DELETE_ORPHAN_FOLLOW_UP = [
  'DELETE FROM report_messages WHERE receipt NOT IN (SELECT receipt FROM reports)',
  'DELETE FROM report_follow_up WHERE receipt NOT IN (SELECT receipt FROM reports)',
];

/** Who wrote a message. */
export type MessageSender = 'organisation' | 'reporter';

/** One message in a report's follow-up. */
export interface StoredMessage {
  /** Order of arrival, from 1, across all reports. */
  id: number;
  from: MessageSender;
  /** The staff member who replied; never shown to the reporter. */
  author?: string;
  /** ISO 8601, to the second. */
  at: string;
  kind: 'text' | 'encrypted';
  /** The text, or the envelope as JSON. */
  body: string;
}

const nowIso = () => `${new Date().toISOString().slice(0, 19)}Z`;

/** The follow-up tables of one receiver database. Every method that writes has committed when it resolves. */
export class FollowUpStore {
  readonly #sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.#sql = sql;
  }

  /** Lets the lookup token with this SHA-256 open the report; a report keeps its first token. */
  async link(receipt: string, lookupSha256: string): Promise<void> {
    await this.#sql.run('INSERT INTO report_follow_up (receipt, lookup_sha256) VALUES (?, ?) ON CONFLICT DO NOTHING', [receipt, lookupSha256]);
  }

  /** The report a lookup token opens, with its kind, or `undefined` (never sent, mistyped or deleted). */
  async find(lookupSha256: string): Promise<{ receipt: string; kind: 'report' | 'encrypted' } | undefined> {
    const rows = await this.#sql.all<{ receipt: string; kind: 'report' | 'encrypted' }>(
      'SELECT f.receipt AS receipt, r.kind AS kind FROM report_follow_up f JOIN reports r ON r.receipt = f.receipt WHERE f.lookup_sha256 = ?',
      [lookupSha256],
    );
    return rows[0];
  }

  /** Whether the reporter of this report holds a follow-up code, so that a reply can reach them. */
  async linked(receipt: string): Promise<boolean> {
    return (await this.#sql.all('SELECT 1 AS one FROM report_follow_up WHERE receipt = ?', [receipt])).length > 0;
  }

  /**
   * Adds a message. With an idempotency key, a second call with the same key stores nothing and
   * resolves with the first message (`replayed`); the same key with another report or body is a `conflict`.
   */
  async add(
    receipt: string,
    message: { from: MessageSender; author?: string; kind: 'text' | 'encrypted'; body: string; idempotencyKey?: string },
  ): Promise<(StoredMessage & { replayed: boolean }) | 'conflict'> {
    const inserted = await this.#sql.all<Row>(
      `INSERT INTO report_messages (receipt, sender, author, at, kind, body, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING seq, sender, author, at, kind, body`,
      [receipt, message.from, message.author ?? null, nowIso(), message.kind, message.body, message.idempotencyKey ?? null],
    );
    if (inserted[0]) return { ...toMessage(inserted[0]), replayed: false };
    const first = await this.#sql.all<Row & { receipt: string; body: string }>(
      'SELECT seq, receipt, sender, author, at, kind, body FROM report_messages WHERE idempotency_key = ?',
      [message.idempotencyKey],
    );
    // The same key for another report or another text is not a retry of this message.
    if (!first[0] || first[0].receipt !== receipt || first[0].body !== message.body) return 'conflict';
    return { ...toMessage(first[0]), replayed: true };
  }

  /**
   * Who wrote the last message of each report that has one, and when: the inbox marks a report
   * whose last word is the reporter's, so an answer waiting for the organisation is not missed.
   */
  async latest(): Promise<Map<string, { from: MessageSender; at: string }>> {
    const rows = await this.#sql.all<{ receipt: string; sender: MessageSender; at: string }>(
      `SELECT m.receipt AS receipt, m.sender AS sender, m.at AS at FROM report_messages m
       WHERE m.seq = (SELECT max(n.seq) FROM report_messages n WHERE n.receipt = m.receipt)`,
      [],
    );
    return new Map(rows.map((r) => [r.receipt, { from: r.sender, at: r.at }]));
  }

  /** A report's messages, oldest first. */
  async messages(receipt: string): Promise<StoredMessage[]> {
    const rows = await this.#sql.all<Row>('SELECT seq, sender, author, at, kind, body FROM report_messages WHERE receipt = ? ORDER BY seq', [receipt]);
    return rows.map(toMessage);
  }
}

type Row = { seq: number | string; sender: MessageSender; author: string | null; at: string; kind: 'text' | 'encrypted'; body: string };

function toMessage(row: Row): StoredMessage {
  return { id: Number(row.seq), from: row.sender, ...(row.author ? { author: row.author } : {}), at: row.at, kind: row.kind, body: row.body };
}
