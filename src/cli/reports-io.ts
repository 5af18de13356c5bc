// Helpers shared by the report commands (serve, keygen, reports, decrypt): argument parsing with
// clear errors, and opening an existing database.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { ReportDatabase } from '../server/database.js';

/** A command-line mistake: the command prints it with its usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `parseArgs`, strict, with its errors turned into `UsageError`. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

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

/** Opens a database that must already exist (reading commands never create one by mistake). */
export async function openExisting(path: string | undefined): Promise<ReportDatabase> {
  if (!path) throw new UsageError('--db FILE is required');
  if (!existsSync(path)) throw new Error(`There is no database at ${path}`);
  const { ReportDatabase } = await import('../server/database.js');
  return ReportDatabase.open(path);
}
