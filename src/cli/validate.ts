// `safe-migration-kit validate FILE`: checks a hotline data file and prints each problem with its
// JSON path. Exit 0 when valid, 1 when there is any problem, 2 when the command line is wrong.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HotlineDataError } from '../sdk/hotlines/errors.js';
import { parseHotlineData } from '../sdk/hotlines/validate.js';

export const usage = `Usage: safe-migration-kit validate FILE [--json]

Checks a hotline data file (docs/data-format.md) against the schema and the honesty checks
(every number printed by its source, unique ids, IANA time zones) and prints each problem with
its JSON path. Use - to read standard input.

Exit codes: 0 valid, 1 problems found (or the file cannot be read), 2 wrong options.`;

/** Runs `validate` with its arguments; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`safe-migration-kit validate: ${error instanceof Error ? error.message : String(error)}\n${usage.split('\n')[0]}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`safe-migration-kit validate: give one file.\n${usage.split('\n')[0]}\n`);
    return 2;
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`safe-migration-kit validate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const data = parseHotlineData(text, { url: file });
    if (values.json) process.stdout.write(`${JSON.stringify({ file, valid: true, hotlines: data.hotlines.length, problems: [] })}\n`);
    else process.stdout.write(`${file}: valid, ${data.hotlines.length} entries, emergency numbers for ${data.emergency.length} countries.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof HotlineDataError)) throw error;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, valid: false, code: error.code, problems: error.problems })}\n`);
    } else {
      for (const problem of error.problems) process.stdout.write(`${file}: ${problem.path}: ${problem.message} [${problem.code}]\n`);
      process.stdout.write(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in ${file}.\n`);
    }
    return 1;
  }
}
