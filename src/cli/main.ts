/**
 * The `safe-migration-kit` command line. Each command lives in its own module and is loaded only
 * when it runs, so `--help` stays fast and a missing optional dependency breaks only its command.
 */
import { VERSION } from '../sdk/version.js';
import { commands } from './commands.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    `safe-migration-kit ${VERSION}: hotlines, job-offer checks and report delivery from the command line.`,
    '',
    'Usage: safe-migration-kit <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h     show this help, or a command\'s help after its name',
    '  --version, -v  print the version',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    process.stderr.write(`safe-migration-kit: unknown command "${first}". Run "safe-migration-kit --help" for the list.\n`);
    return 2;
  }
  const run = await command.load();
  return run(rest);
}
