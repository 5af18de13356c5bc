// Reading and writing the country files of data/hotlines/ for the build script, `validate` and
// `hotlines confirm`. Node-only; the checks themselves live in sdk/hotlines/country-files.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedJson, SourceProblem } from '../sdk/hotlines/country-files.js';

/** The file that holds the review date, beside the country files. */
export const reviewFileName = 'review.json';

/** Whether a path is a directory of country files (it holds `review.json`). */
export function isCountryDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory() && statSync(join(path, reviewFileName)).isFile();
  } catch {
    return false;
  }
}

/** One file's JSON, or a problem that says where the JSON breaks. */
export function readJson(file: string): { ok: true; json: unknown } | { ok: false; problem: SourceProblem } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: { file, entry: null, path: '$', code: 'unreadable', message: error instanceof Error ? error.message : String(error), fix: 'Check that the file exists and can be read.' } };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problem: { file, entry: null, path: '$', code: 'malformed-json', message: error instanceof Error ? error.message : 'is not JSON', fix: 'Fix the JSON syntax at the place the message gives (a missing comma or quote is usual).' },
    };
  }
}

/** The review file and every country file (`xx.json`, sorted) of a directory. */
export function readCountryFiles(dir: string): { ok: true; review: NamedJson; countries: NamedJson[] } | { ok: false; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^[a-z]{2}\.json$/.test(n)).sort();
  } catch (error) {
    return { ok: false, problems: [{ file: dir, entry: null, path: '$', code: 'unreadable', message: error instanceof Error ? error.message : String(error), fix: 'Give the folder of country files, such as data/hotlines.' }] };
  }
  const review = readJson(join(dir, reviewFileName));
  if (!review.ok) problems.push(review.problem);
  const countries: NamedJson[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const read = readJson(file);
    if (read.ok) countries.push({ file, json: read.json });
    else problems.push(read.problem);
  }
  if (!review.ok || problems.length) return { ok: false, problems };
  return { ok: true, review: { file: join(dir, reviewFileName), json: review.json }, countries };
}
