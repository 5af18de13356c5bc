// `safe-migration-kit hotlines confirm ID …`: records in the entry's country file who confirmed
// it, when and how, then checks the files again; `hotlines build` writes the data file a site
// serves from the country files.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileHotlineData, confirmationDraftSchema } from '../sdk/hotlines/country-files.js';
import type { ConfirmationDraft, SourceProblem } from '../sdk/hotlines/country-files.js';
import { confirmationMethods } from '../sdk/hotlines/schema.js';
import { readCountryFiles } from './country-files-io.js';

export const confirmUsage = `Usage: safe-migration-kit hotlines confirm ID --method call|source|email --date YYYY-MM-DD [options]

Records a check of entry ID (or emergency-XX for a country's emergency numbers) in its country
file: who confirmed it, when and how. The built data then says "Confirmed by a call on DATE" (call,
email) or "Seen in a source dated DATE" (source). Commit the country file and rebuild the data.

Options:
  --method METHOD   call (it answered), email (the operator answered), source (a dated source shows it)
  --date DATE       the day of the call or e-mail; for source, the source's date
  --note TEXT       what was found ("answered in Russian, 24 hours")
  --url URL         for source: where it was read (required)
  --by NAME         who confirmed it (default: git config user.name)
  --data DIR        the country files (default data/hotlines)
  --help            show this help

Exit codes: 0 recorded; 1 no such entry, or the files do not pass the checks (nothing written); 2 wrong options.`;

export const buildUsage = `Usage: safe-migration-kit hotlines build [--data DIR] --out FILE

Builds one hotline data file from the country files (statuses worked out, every check run), for
a site to serve and point the finder's src at. Exit codes: 0 written; 1 problems (nothing written); 2 wrong options.`;

function usageError(usage: string, message: string): number {
  process.stderr.write(`safe-migration-kit hotlines: ${message}\n${usage.split('\n')[0]}\n`);
  return 2;
}

function printProblems(problems: readonly SourceProblem[]): void {
  for (const p of problems) process.stderr.write(`${p.file}${p.entry ? ` ${p.entry}` : ''} ${p.path}: ${p.message} [${p.code}]\n  what to do: ${p.fix}\n`);
}

function gitUserName(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Runs `hotlines confirm`; returns the exit code. */
export async function runConfirm(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        method: { type: 'string' },
        date: { type: 'string' },
        note: { type: 'string' },
        url: { type: 'string' },
        by: { type: 'string' },
        data: { type: 'string', default: 'data/hotlines' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(confirmUsage, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${confirmUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usageError(confirmUsage, 'give the id of one entry.');
  const id = positionals[0]!;
  if (!values.method || !(confirmationMethods as readonly string[]).includes(values.method)) return usageError(confirmUsage, `--method must be one of ${confirmationMethods.join(', ')}`);
  if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) return usageError(confirmUsage, '--date must be a day as YYYY-MM-DD');
  if (values.date > new Date().toISOString().slice(0, 10)) return usageError(confirmUsage, '--date is after today');
  if (values.method === 'source' && !values.url) return usageError(confirmUsage, '--method source needs --url, the address of the source');
  const by = values.by ?? process.env.GIT_AUTHOR_NAME ?? gitUserName();
  if (!by) return usageError(confirmUsage, 'say who confirmed it with --by NAME');
  const draft = {
    method: values.method,
    date: values.date,
    by,
    ...(values.url ? { url: values.url } : {}),
    ...(values.note ? { note: values.note } : {}),
  };
  const checked = confirmationDraftSchema.safeParse(draft);
  if (!checked.success) return usageError(confirmUsage, checked.error.issues.map((i) => `--${String(i.path[0])} ${i.message}`).join('; '));
  const confirmation: ConfirmationDraft = checked.data;

  const read = readCountryFiles(values.data);
  if (!read.ok) {
    printProblems(read.problems);
    return 1;
  }
  const emergencyOf = /^emergency-([a-z]{2})$/.exec(id)?.[1]?.toUpperCase();
  let target: { file: string; json: { country?: string; hotlines?: { id?: string; confirmations?: unknown[] }[]; emergency?: { confirmations?: unknown[] } | null } } | undefined;
  let list: unknown[] | undefined;
  for (const named of read.countries) {
    const json = named.json as NonNullable<typeof target>['json'];
    if (emergencyOf) {
      if (json.country === emergencyOf && json.emergency) {
        target = { file: named.file, json };
        list = json.emergency.confirmations ??= [];
      }
    } else {
      const entry = json.hotlines?.find((h) => h.id === id);
      if (entry) {
        target = { file: named.file, json };
        list = entry.confirmations ??= [];
      }
    }
  }
  if (!target || !list) {
    process.stderr.write(`safe-migration-kit hotlines confirm: no entry "${id}" in ${values.data}.\n`);
    return 1;
  }
  list.push(confirmation);
  const compiled = compileHotlineData(read.review, read.countries);
  if (!compiled.ok) {
    printProblems(compiled.problems);
    process.stderr.write(`Nothing written: ${values.data} does not pass the checks with this confirmation.\n`);
    return 1;
  }
  writeFileSync(target.file, `${JSON.stringify(target.json, null, 2)}\n`);
  const built = emergencyOf ? compiled.data.emergency.find((e) => e.country === emergencyOf) : compiled.data.hotlines.find((h) => h.id === id);
  const status = built ? `${built.provenance.status} (${built.provenance.statusReason})` : '';
  process.stdout.write(`Recorded in ${target.file}: ${id} confirmed by ${confirmation.method} on ${confirmation.date} by ${by}; status now ${status}.\n`);
  return 0;
}

/** Runs `hotlines build`; returns the exit code. */
export async function runBuild(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { data: { type: 'string', default: 'data/hotlines' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  } catch (error) {
    return usageError(buildUsage, error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${buildUsage}\n`);
    return 0;
  }
  if (!values.out) return usageError(buildUsage, 'give --out FILE');
  const read = readCountryFiles(values.data);
  if (!read.ok) {
    printProblems(read.problems);
    return 1;
  }
  const compiled = compileHotlineData(read.review, read.countries);
  if (!compiled.ok) {
    printProblems(compiled.problems);
    process.stderr.write(`${compiled.problems.length} problem${compiled.problems.length === 1 ? '' : 's'}; nothing written.\n`);
    return 1;
  }
  writeFileSync(values.out, `${JSON.stringify(compiled.data, null, 2)}\n`);
  process.stdout.write(`Wrote ${values.out}: ${compiled.data.hotlines.length} entries, emergency numbers for ${compiled.data.emergency.length} countries.\n`);
  return 0;
}
