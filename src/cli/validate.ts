// `safe-migration-kit validate PATH`: checks hotline data for an NGO's CI. PATH is a built data
// file, or a folder of country files (data/hotlines/, with review.json). Each problem is printed
// with its place (file, entry id, JSON path) and what to do. Exit codes are in the usage.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileHotlineData, countryFileSchema, fixFor, monthsBefore, staleEntries } from '../sdk/hotlines/country-files.js';
import type { CountryFile, SourceProblem } from '../sdk/hotlines/country-files.js';
import { HotlineDataError } from '../sdk/hotlines/errors.js';
import type { HotlineDataErrorCode } from '../sdk/hotlines/errors.js';
import type { HotlineData } from '../sdk/hotlines/schema.js';
import { parseHotlineData } from '../sdk/hotlines/validate.js';
import { isCountryDirectory, readCountryFiles, readJson, reviewFileName } from './country-files-io.js';

export const usage = `Usage: safe-migration-kit validate PATH [--max-age MONTHS] [--today YYYY-MM-DD] [--json]

Checks hotline data against the schema and the honesty checks (every number printed by its source
and readable in its quote, dial digits that match, unique ids, IANA time zones) and prints each
problem with its place and what to do. PATH is one of:
  a folder of country files   data/hotlines (kz.json, ru.json, … and review.json)
  one country file            data/hotlines/kz.json (review.json beside it)
  a built data file           src/data/hotlines.json, or - for standard input

Options:
  --max-age MONTHS   also fail on every entry not confirmed (by a dated source or a person's
                     check) within MONTHS months before today; entries marked ended are skipped
  --today DATE       the day --max-age counts back from (default: today, UTC)
  --json             print {file, valid, code?, problems: [{file, entry, path, code, message, fix}]}
  --help             show this help

Exit codes: 0 valid; 1 problems found, or a file cannot be read; 2 wrong options.`;

function usageError(message: string): number {
  process.stderr.write(`safe-migration-kit validate: ${message}\n${usage.split('\n')[0]}\n`);
  return 2;
}

/** Entries of a built data file not confirmed within `months` before `today`. */
function staleInData(file: string, data: HotlineData, months: number, today: string): SourceProblem[] {
  const limit = monthsBefore(today, months);
  const problems: SourceProblem[] = [];
  const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const check = (entry: string, path: string, last: string | null) => {
    if (last !== null && firstDay(last) >= limit) return;
    problems.push({
      file,
      entry,
      path,
      code: 'not-confirmed-within',
      message: last === null ? `has never been confirmed (limit: ${months} months)` : `was last confirmed ${last}, more than ${months} months before ${today}`,
      fix: fixFor('not-confirmed-within'),
    });
  };
  data.hotlines.forEach((h, i) => {
    if (h.provenance.status !== 'outdated') check(h.id, `$.hotlines[${i}].provenance.lastConfirmed`, h.provenance.lastConfirmed);
  });
  data.emergency.forEach((e, i) => {
    if (e.numbers.length) check(`emergency ${e.country}`, `$.emergency[${i}].provenance.lastConfirmed`, e.provenance.lastConfirmed);
  });
  return problems;
}

interface Outcome {
  problems: SourceProblem[];
  summary: string;
  /** Problems from a built data file keep the historic one-line form; the fixes follow by code. */
  builtFile: boolean;
  /** For a built data file that fails: the `HotlineDataError` code. */
  code?: HotlineDataErrorCode;
}

function checkCountryFiles(path: string, months: number | undefined, today: string): Outcome {
  const single = !isCountryDirectory(path);
  const dir = single ? dirname(path) : path;
  const read = readCountryFiles(dir);
  if (!read.ok) return { problems: read.problems, summary: '', builtFile: false };
  const countries = single ? read.countries.filter((c) => c.file === join(dir, path.split(/[\\/]/).pop()!)) : read.countries;
  // A single file is compiled with the others, so that an id used in another file is still caught.
  const compiled = compileHotlineData(read.review, read.countries);
  const wanted = new Set(countries.map((c) => c.file));
  const problems = compiled.ok ? [] : compiled.problems.filter((p) => wanted.has(p.file) || p.file === read.review.file || !read.countries.some((c) => c.file === p.file));
  if (months !== undefined) {
    const files: { file: string; data: CountryFile }[] = [];
    for (const { file, json } of countries) {
      const parsed = countryFileSchema.safeParse(json);
      if (parsed.success) files.push({ file, data: parsed.data });
    }
    problems.push(...staleEntries(files, months, today));
  }
  const entries = compiled.ok ? compiled.data.hotlines.length : 0;
  return { problems, summary: `${path}: valid, ${countries.length} country file${countries.length === 1 ? '' : 's'}, ${entries} entries in all.`, builtFile: false };
}

function checkDataFile(file: string, months: number | undefined, today: string): Outcome {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return { problems: [{ file, entry: null, path: '$', code: 'unreadable', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`, fix: 'Check that the file exists and can be read.' }], summary: '', builtFile: true };
  }
  try {
    const data = parseHotlineData(text, { url: file });
    const problems = months === undefined ? [] : staleInData(file, data, months, today);
    return { problems, summary: `${file}: valid, ${data.hotlines.length} entries, emergency numbers for ${data.emergency.length} countries.`, builtFile: true };
  } catch (error) {
    if (!(error instanceof HotlineDataError)) throw error;
    let json: { hotlines?: { id?: unknown }[] } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // Malformed JSON: the problem itself says where.
    }
    const problems = error.problems.map((p): SourceProblem => {
      const index = /^\$\.hotlines\[(\d+)\]/.exec(p.path)?.[1];
      const id = index === undefined ? undefined : json.hotlines?.[Number(index)]?.id;
      return { file, entry: typeof id === 'string' ? id : null, path: p.path, code: p.code, message: p.message, fix: fixFor(p.code) };
    });
    return { problems, summary: '', builtFile: true, code: error.code };
  }
}

function isCountryFile(path: string): boolean {
  if (path === '-' || !/\.json$/i.test(path)) return false;
  try {
    if (!statSync(join(dirname(path), reviewFileName)).isFile()) return false;
  } catch {
    return false;
  }
  const read = readJson(path);
  return read.ok && (read.json as { format?: unknown } | null)?.format === 'safe-migration-kit/hotline-country';
}

/** Runs `validate` with its arguments; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, 'max-age': { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usageError('give one file.');
  const months = values['max-age'] === undefined ? undefined : Number(values['max-age']);
  if (months !== undefined && !(Number.isInteger(months) && months > 0 && months <= 1200)) return usageError('--max-age must be a whole number of months, such as 24');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) return usageError('--today must be a date as YYYY-MM-DD');

  const path = positionals[0]!;
  const outcome = isCountryDirectory(path) || isCountryFile(path) ? checkCountryFiles(path, months, today) : checkDataFile(path, months, today);
  const { problems } = outcome;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: path, valid: problems.length === 0, ...(outcome.code ? { code: outcome.code } : {}), problems })}\n`);
    return problems.length ? 1 : 0;
  }
  if (problems.length === 0) {
    process.stdout.write(`${outcome.summary}\n`);
    return 0;
  }
  if (outcome.builtFile) {
    for (const p of problems) process.stdout.write(`${p.file}: ${p.path}: ${p.message} [${p.code}]\n`);
    process.stdout.write('What to do:\n');
    for (const code of [...new Set(problems.map((p) => p.code))]) process.stdout.write(`  [${code}] ${fixFor(code)}\n`);
  } else {
    for (const p of problems) process.stdout.write(`${p.file}${p.entry ? ` ${p.entry}` : ''} ${p.path}: ${p.message} [${p.code}]\n  what to do: ${p.fix}\n`);
  }
  process.stdout.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path}.\n`);
  return 1;
}
