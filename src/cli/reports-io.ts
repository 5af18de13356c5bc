// Helpers shared by the report commands (serve, keygen, reports, decrypt): argument parsing with
// clear errors, and opening an existing database.
import { existsSync } from 'node:fs';
import type { ReportDatabase } from '../server/database.js';

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

/** Opens a database that must already exist (reading commands never create one by mistake). */
export async function openExisting(path: string | undefined): Promise<ReportDatabase> {
  if (!path) throw new UsageError('--db FILE is required');
  if (!existsSync(path)) throw new Error(`There is no database at ${path}`);
  const { ReportDatabase } = await import('../server/database.js');
  return ReportDatabase.open(path);
}
