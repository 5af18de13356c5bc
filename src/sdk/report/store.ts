/**
 * Opt-in persistence of undelivered reports, so that a report written on a bad network can still be
 * sent after the tab was closed. Off by default: anything stored on the phone proves that a report
 * exists, even when its text cannot be read. When a site opts in, only ciphertext is stored (the
 * client refuses a store without a public key) and entries expire.
 */
import * as z from 'zod/mini';
import { encryptedReportSchema } from './schema.js';
import type { EncryptedReport } from './schema.js';

/** An undelivered report as stored: its idempotency key, when it was made, and its ciphertext. */
export interface StoredReport {
  /** The idempotency key (`PendingReport.id`). */
  readonly id: string;
  /** When the report was prepared, ISO 8601. */
  readonly createdAt: string;
  /** The encrypted report, exactly as it is sent on every try. */
  readonly envelope: EncryptedReport;
  /**
   * The follow-up lookup token sent with it, so that a report sent later still opens its replies.
   * Only the token: the code itself is never stored.
   */
  readonly lookup?: string;
}

/**
 * Where a `ReportClient` keeps undelivered reports between page loads. Synchronous, like
 * `localStorage`. `load()` may return anything: the client checks each entry and ignores the rest.
 */
export interface ReportStore {
  /** Every stored entry. */
  load(): readonly unknown[];
  /** Adds or replaces the entry with this `id`. */
  save(entry: StoredReport): void;
  /** Removes the entry with this `id`, if any. */
  remove(id: string): void;
  /** Removes every entry. */
  clear(): void;
}

/** @internal Validation schema; not part of the public API. */
export const storedReportSchema = z.strictObject({
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
  createdAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)),
  envelope: encryptedReportSchema,
  lookup: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))),
});

/** The part of the Web Storage API (`localStorage`, `sessionStorage`) that the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A `ReportStore` over Web Storage: all entries in one item, as a JSON array. When the storage is
 * full or blocked, saving fails silently and the report stays in memory only.
 */
export function webStorageReportStore(storage: StorageLike, key = 'safe-report-outbox'): ReportStore {
  const read = (): unknown[] => {
    try {
      const value: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  };
  const write = (entries: unknown[]) => {
    try {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
    } catch {
      // Quota or privacy mode: memory is still there; storage was only a bonus.
    }
  };
  const idOf = (entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined);
  return {
    load: read,
    save(entry) {
      write([...read().filter((e) => idOf(e) !== entry.id), entry]);
    },
    remove(id) {
      write(read().filter((e) => idOf(e) !== id));
    },
    clear() {
      write([]);
    },
  };
}

/** A `ReportStore` in a plain array: for tests, and for hosts that persist by other means. */
export function memoryReportStore(initial: readonly unknown[] = []): ReportStore & { readonly entries: readonly unknown[] } {
  let entries = [...initial];
  const idOf = (entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined);
  return {
    get entries() {
      return entries;
    },
    load: () => [...entries],
    save(entry) {
      entries = [...entries.filter((e) => idOf(e) !== entry.id), entry];
    },
    remove(id) {
      entries = entries.filter((e) => idOf(e) !== id);
    },
    clear() {
      entries = [];
    },
  };
}
