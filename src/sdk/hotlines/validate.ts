/**
 * Checks a hotline data file: the zod schema first, then what a schema cannot say (unique ids,
 * every number printed by its source, dial digits that match the printed number). The CLI's
 * `validate`, `npm run data:check` and remote loading all go through here.
 */
import { hotlineDataSchema, hotlineSchema, numberChannelTypes } from './schema.js';
import type { EmergencyCountry, Hotline, HotlineData, Source } from './schema.js';
import { HotlineDataError } from './errors.js';
import type { DataProblem } from './errors.js';
import { schemaIssueCode } from '../schema-issues.js';

/** The outcome of `validateHotlineData`: the typed data, or every problem found. */
export type HotlineValidation =
  | { readonly ok: true; readonly data: HotlineData; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

/** Writes a path as `$.hotlines[3].name.en`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value as it would appear in the file: JSON where JSON can write it, and never a throw (a BigInt, a cycle). */
function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  try {
    return String(JSON.stringify(value));
  } catch {
    return `an ${typeOf(value)} JSON cannot write`;
  }
}

/** The value at `path` inside `root`, or `undefined` when nothing is there. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  options?: unknown[];
  discriminator?: string;
  issues?: ZodIssueLike[];
}

function describeIssue(issue: ZodIssueLike, input: unknown): string {
  const at = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return at === undefined ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeOf(at)}`;
    case 'invalid_value':
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}, got ${show(at)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'key' : 'keys'} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if (issue.discriminator) {
        return `"${issue.discriminator}" must be one of ${(issue.options ?? []).map((o) => JSON.stringify(o)).join(', ')}, got ${show(at)}`;
      }
      return 'matches none of the allowed shapes';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `must not be empty`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_key':
      return `key ${JSON.stringify(issue.path.at(-1))}: ${issue.issues?.[0]?.message ?? 'is not allowed'}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Whether `dial` is what a phone dials for `printed`: the same digits, or the printed national
 * number with its trunk prefix (0 or 8) dropped and a country code of 1 to 3 digits put before it,
 * or the printed `00` international prefix written as `+`.
 */
export function dialMatchesPrinted(dial: string, printed: string): boolean {
  const p = digits(printed);
  if (!dial.startsWith('+')) return dial === p;
  const d = dial.slice(1);
  if (d === p || (p.startsWith('00') && d === p.slice(2))) return true;
  for (const national of [p, p.replace(/^[08]/, '')]) {
    if (national.length >= 6 && d.endsWith(national)) {
      const countryCode = d.slice(0, d.length - national.length);
      if (/^[1-9]\d{0,2}$/.test(countryCode)) return true;
    }
  }
  return false;
}

function printedBy(source: Source | undefined, value: string): boolean {
  if (!source) return false;
  const needle = value.toLowerCase();
  return source.prints.some((p) => p.toLowerCase().includes(needle));
}

function hostOf(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./i, '')
    .toLowerCase();
}

function checkHotline(hotline: Hotline, index: number, problems: DataProblem[]): void {
  const base = ['hotlines', index] as PropertyKey[];
  const { sources } = hotline.provenance;
  checkProvenance(hotline.provenance, [...base, 'provenance'], problems);
  hotline.channels.forEach((channel, c) => {
    const at = [...base, 'channels', c];
    const source = sources[channel.source];
    if (!source) {
      problems.push({
        path: jsonPath([...at, 'source']),
        code: 'source-out-of-range',
        message: `names source ${channel.source}, but the entry has ${sources.length}`,
      });
      return;
    }
    if ((numberChannelTypes as readonly string[]).includes(channel.type) && 'printed' in channel) {
      if (!printedBy(source, channel.printed)) {
        problems.push({
          path: jsonPath([...at, 'printed']),
          code: 'unprinted-number',
          message: `"${channel.printed}" is not among the numbers source ${channel.source} prints`,
        });
      }
      if (channel.dial !== undefined && !dialMatchesPrinted(channel.dial, channel.printed)) {
        problems.push({
          path: jsonPath([...at, 'dial']),
          code: 'dial-mismatch',
          message: `dials ${channel.dial}, which is not the printed number "${channel.printed}"`,
        });
      }
    } else if (channel.type === 'telegram' && !printedBy(source, channel.username)) {
      problems.push({
        path: jsonPath([...at, 'username']),
        code: 'unprinted-number',
        message: `@${channel.username} is not printed by source ${channel.source}`,
      });
    } else if (channel.type === 'email' && !printedBy(source, channel.address)) {
      problems.push({
        path: jsonPath([...at, 'address']),
        code: 'unprinted-number',
        message: `${channel.address} is not printed by source ${channel.source}`,
      });
    } else if ((channel.type === 'website' || channel.type === 'web-chat') && !printedBy(source, hostOf(channel.url))) {
      problems.push({
        path: jsonPath([...at, 'url']),
        code: 'unprinted-number',
        message: `${channel.url} is not printed by source ${channel.source}`,
      });
    }
    checkHours(channel.hours, [...at, 'hours'], problems);
  });
}

function checkHours(hours: Hotline['channels'][number]['hours'], at: PropertyKey[], problems: DataProblem[]): void {
  if (hours.type !== 'weekly') return;
  hours.rules.forEach((rule, r) => {
    if (rule.opens === '24:00') {
      problems.push({ path: jsonPath([...at, 'rules', r, 'opens']), code: 'bad-span', message: 'a span cannot open at 24:00' });
    } else if (rule.opens === rule.closes) {
      problems.push({
        path: jsonPath([...at, 'rules', r]),
        code: 'bad-span',
        message: 'opens and closes at the same time; write 00:00 to 24:00 for a whole day',
      });
    }
  });
  hours.exceptions?.forEach((exception, e) =>
    exception.spans.forEach((span, s) => {
      if (span.opens === '24:00' || span.opens === span.closes) {
        problems.push({
          path: jsonPath([...at, 'exceptions', e, 'spans', s]),
          code: 'bad-span',
          message: 'a span must open before 24:00 and last more than zero minutes',
        });
      }
    }),
  );
  if (hours.validFrom && hours.validUntil && hours.validFrom > hours.validUntil) {
    problems.push({ path: jsonPath([...at, 'validUntil']), code: 'bad-range', message: 'is before validFrom' });
  }
}

function checkProvenance(provenance: Hotline['provenance'], at: PropertyKey[], problems: DataProblem[]): void {
  if (!provenance.seedOnly && provenance.sources.length === 0) {
    problems.push({ path: jsonPath([...at, 'sources']), code: 'no-source', message: 'an entry that is not seed-only needs a source' });
  }
  if (provenance.status === 'confirmed') {
    if (provenance.seedOnly) {
      problems.push({ path: jsonPath([...at, 'status']), code: 'seed-confirmed', message: 'a seed-only lead cannot be confirmed' });
    }
    if (provenance.lastConfirmed === null || !provenance.sources.some((s) => s.url !== null)) {
      problems.push({
        path: jsonPath([...at, 'status']),
        code: 'unsupported-confirmed',
        message: 'confirmed needs a lastConfirmed date and a source with an address',
      });
    }
  }
}

function checkEmergency(entry: EmergencyCountry, index: number, problems: DataProblem[]): void {
  const base = ['emergency', index] as PropertyKey[];
  checkProvenance(entry.provenance, [...base, 'provenance'], problems);
  entry.numbers.forEach((number, n) => {
    const at = [...base, 'numbers', n];
    const source = entry.provenance.sources[number.source];
    if (!source) {
      problems.push({ path: jsonPath([...at, 'source']), code: 'source-out-of-range', message: `names source ${number.source}, which does not exist` });
      return;
    }
    if (!printedBy(source, number.printed)) {
      problems.push({
        path: jsonPath([...at, 'printed']),
        code: 'unprinted-number',
        message: `"${number.printed}" is not among the numbers source ${number.source} prints`,
      });
    }
    if (!dialMatchesPrinted(number.dial, number.printed)) {
      problems.push({ path: jsonPath([...at, 'dial']), code: 'dial-mismatch', message: `dials ${number.dial}, not "${number.printed}"` });
    }
  });
}

function checkSemantics(data: HotlineData): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Map<string, number>();
  data.hotlines.forEach((hotline, i) => {
    const first = seen.get(hotline.id);
    if (first !== undefined) {
      problems.push({
        path: jsonPath(['hotlines', i, 'id']),
        code: 'duplicate-id',
        message: `"${hotline.id}" is already the id of $.hotlines[${first}]`,
      });
    } else {
      seen.set(hotline.id, i);
    }
    checkHotline(hotline, i, problems);
  });
  const countries = new Map<string, number>();
  data.emergency.forEach((entry, i) => {
    const first = countries.get(entry.country);
    if (first !== undefined) {
      problems.push({
        path: jsonPath(['emergency', i, 'country']),
        code: 'duplicate-id',
        message: `${entry.country} already has emergency numbers at $.emergency[${first}]`,
      });
    } else {
      countries.set(entry.country, i);
    }
    checkEmergency(entry, i, problems);
  });
  return problems;
}

/**
 * Validates parsed JSON as a hotline data file. Never throws: returns the typed data, or every
 * problem with its JSON path.
 */
export function validateHotlineData(input: unknown): HotlineValidation {
  let parsed: ReturnType<typeof hotlineDataSchema.safeParse>;
  try {
    parsed = hotlineDataSchema.safeParse(input);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, problems: entryByEntry(input) };
  }
  if (!parsed.success) {
    const problems = (parsed.error.issues as unknown as ZodIssueLike[]).map((issue) => ({
      path: jsonPath(issue.path),
      code: schemaIssueCode(issue.code, valueAt(input, issue.path)),
      message: describeIssue(issue, input),
    }));
    return { ok: false, problems };
  }
  const problems = checkSemantics(parsed.data);
  return problems.length === 0 ? { ok: true, data: parsed.data, problems: [] } : { ok: false, problems };
}

/** The most problems listed for a file that has too many to gather at once. */
const MAX_LISTED_PROBLEMS = 1000;

/**
 * zod gathers the problems of nested values with `push(...list)`, which overflows the call stack
 * when a file has more than about 100,000 problems (20,000 empty entries, say). Such a file is
 * checked again one entry at a time, and its first problems are listed after one that says so.
 */
function entryByEntry(input: unknown): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (issues: readonly ZodIssueLike[] | undefined, prefix: PropertyKey[]) => {
    for (const issue of issues ?? []) {
      if (problems.length >= MAX_LISTED_PROBLEMS) return;
      const at = { ...issue, path: [...prefix, ...issue.path] };
      problems.push({ path: jsonPath(at.path), code: schemaIssueCode(at.code, valueAt(input, at.path)), message: describeIssue(at, input) });
    }
  };
  const root = input as Record<string, unknown>;
  const hotlines: unknown[] = Array.isArray(root.hotlines) ? root.hotlines : [];
  add(hotlineDataSchema.safeParse({ ...root, hotlines: [] }).error?.issues as unknown as ZodIssueLike[], []);
  for (let i = 0; i < hotlines.length && problems.length < MAX_LISTED_PROBLEMS; i++) {
    add(hotlineSchema.safeParse(hotlines[i]).error?.issues as unknown as ZodIssueLike[], ['hotlines', i]);
  }
  problems.unshift({ path: '$', code: 'too-many-problems', message: `has too many problems to list them all; the first ${problems.length} follow` });
  return problems;
}

/**
 * Parses the text of a hotline data file. Throws `HotlineDataError` with code
 * `hotline/data-malformed-json` when it is not JSON, and `hotline/data-invalid` with every problem
 * when it does not match the format.
 */
export function parseHotlineData(text: string, options?: { url?: string }): HotlineData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HotlineDataError(
      'hotline/data-malformed-json',
      [{ path: '$', code: 'malformed-json', message: error instanceof Error ? error.message : 'is not JSON' }],
      { cause: error, ...options },
    );
  }
  return checkHotlineData(json, options);
}

/** Validates already-parsed JSON and returns it typed, or throws `HotlineDataError`. */
export function checkHotlineData(input: unknown, options?: { url?: string }): HotlineData {
  const result = validateHotlineData(input);
  if (!result.ok) throw new HotlineDataError('hotline/data-invalid', result.problems, options);
  return result.data;
}
