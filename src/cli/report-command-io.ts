// The harness of the report commands (serve, keygen, reports, decrypt): where they write, how they
// turn argument mistakes into exit code 2 with their help, and how they open an existing database.
import { existsSync } from 'node:fs';
import type { OpenStoreOptions, ReportStore } from '../server/store.js';

/** A command-line mistake: the command prints it with its usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Runs `parse` (a strict `parseArgs` call) and turns its errors into `UsageError`. */
export function parsing<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The option every command has. */
export const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

/** Where a command writes; tests pass their own to read the output. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CommandIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs a command body: usage errors exit 2 with the help, other errors exit 1 with their message. */
export async function runCommand(name: string, help: string, io: CommandIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`safe-migration-kit ${name}: ${error.message}\n\n${help}\n`);
      return 2;
    }
    io.err(`safe-migration-kit ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * Opens a receiver database that must already exist: a SQLite file or a `postgres://` URL. Reading
 * commands open it read-only and change nothing in it, not even a setting, and refuse a database
 * that the receiver did not make.
 */
export async function openExisting(location: string | undefined, options: OpenStoreOptions = { readonly: true }): Promise<ReportStore> {
  if (!location) throw new UsageError('--db FILE is required');
  const { isPostgresUrl, openReportStore } = await import('../server/store.js');
  if (!isPostgresUrl(location) && !existsSync(location)) throw new Error(`There is no database at ${location}`);
  return openReportStore(location, options);
}
