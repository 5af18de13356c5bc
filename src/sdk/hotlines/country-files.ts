/**
 * The source of truth of the bundled hotline data: one JSON file per country in `data/hotlines/`
 * (`kz.json`, `ru.json`, …) and `data/hotlines/review.json`, written for people who keep the data
 * true (an NGO editing in a pull request). Each entry keeps its sources (address, quote, date, what
 * the source prints), why each channel is what it is, and who confirmed it since.
 *
 * `compileHotlineData` turns those files into one hotline data file (schema.ts), working out each
 * entry's status, and reports every problem with its place: the file, the entry's id and a JSON
 * path inside the file, with what to do. The build script, `safe-migration-kit validate` and
 * `safe-migration-kit hotlines confirm` all go through here. DOM-free and fs-free: callers read
 * the files.
 */
import * as z from 'zod/mini';
import {
  confirmationMethods,
  countryCodeSchema,
  emergencyServices,
  hotlineLimits,
  idSchema,
  isoDateSchema,
  partialDateSchema,
  reportedProblems,
  webUrlSchema,
} from './schema.js';
import type { Confirmation, ConfirmationMethod, EmergencyCountry, EmergencyService, Hotline, HotlineData, Provenance, ReportedProblemCode, Source } from './schema.js';
import { jsonPath, validateHotlineData, valueAt } from './validate.js';
import type { HotlineProblemCode } from './errors.js';
import { schemaIssueCode } from '../schema-issues.js';
import type { SchemaIssueCode } from '../schema-issues.js';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A source as a country file writes it: the built `Source` plus the research lead it came from and why.
 * @internal Validation schema; not part of the public API.
 */
export const sourceDraftSchema = z.strictObject({
  /** The research lead (`ca3-012`) this source was read from, when there was one. */
  lead: z.optional(z.string().check(z.maxLength(40))),
  url: z.nullable(webUrlSchema),
  citation: z.optional(text(hotlineLimits.note)),
  quote: z.nullable(text(hotlineLimits.quote)),
  date: z.nullable(partialDateSchema),
  dateText: z.optional(text(hotlineLimits.note)),
  prints: z.array(text(hotlineLimits.printed)).check(z.maxLength(30)),
  official: z.optional(z.boolean()),
  /** Why the date or prints are what they are. */
  why: z.optional(text(hotlineLimits.quote)),
});

/**
 * One check by a person: who, when, how, and what they found.
 * @internal Validation schema; not part of the public API.
 */
export const confirmationDraftSchema = z.strictObject({
  method: z.enum(confirmationMethods),
  date: isoDateSchema,
  /** Who confirmed it: a name or a role and organisation. Stays in the repository. */
  by: text(hotlineLimits.name),
  url: z.optional(webUrlSchema),
  note: z.optional(text(hotlineLimits.quote)),
});

const whyList = z.optional(z.array(text(hotlineLimits.quote)).check(z.maxLength(40)));

/**
 * One entry of a country file. `name`, `kind`, `organization`, `topics`, `area` and `channels` are
 * the built entry's own fields (checked by the data schema after the build); a channel may add a
 * `why`. The rest says where the entry comes from.
 * @internal Validation schema; not part of the public API.
 */
export const entryDraftSchema = z.strictObject({
  id: idSchema,
  name: z.unknown(),
  kind: z.unknown(),
  organization: z.unknown(),
  operatorWhy: z.optional(text(hotlineLimits.quote)),
  topics: z.unknown(),
  topicsWhy: z.optional(text(hotlineLimits.quote)),
  area: z.unknown(),
  channels: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(hotlineLimits.channels)),
  sources: z.array(sourceDraftSchema).check(z.maxLength(hotlineLimits.sources)),
  leads: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))),
  /** The publication date of the newest source that shows the line working. */
  lastConfirmed: z.nullable(partialDateSchema),
  seedOnly: z.optional(z.literal(true)),
  /** Set when a source says the line or its project ended, or its numbers stopped answering. */
  outdated: z.optional(z.strictObject({ code: z.string().check(z.regex(/^[a-z0-9-]+$/)), why: text(hotlineLimits.quote) })),
  /** Set when the main source is ambiguous about the line itself. */
  ambiguous: z.optional(text(hotlineLimits.quote)),
  /** Set when a later source reports trouble (calls unanswered) without saying the line ended. */
  problem: z.optional(z.strictObject({ code: z.enum(reportedProblems), date: partialDateSchema, why: text(hotlineLimits.quote) })),
  note: z.optional(text(hotlineLimits.quote)),
  leftOut: whyList,
  confirmations: z.array(confirmationDraftSchema).check(z.maxLength(50)),
});

/**
 * A country's emergency numbers as a country file writes them.
 * @internal Validation schema; not part of the public API.
 */
export const emergencyDraftSchema = z.strictObject({
  numbers: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(20)),
  unsourced: z.array(z.enum(emergencyServices)),
  sources: z.array(sourceDraftSchema).check(z.maxLength(hotlineLimits.sources)),
  leads: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))),
  lastConfirmed: z.nullable(partialDateSchema),
  leftOut: whyList,
  confirmations: z.array(confirmationDraftSchema).check(z.maxLength(50)),
});

/**
 * One country file, `data/hotlines/kz.json`.
 * @internal Validation schema; not part of the public API.
 */
export const countryFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('safe-migration-kit/hotline-country'),
  /** The country the file is about; each entry is filed under the first country it serves. */
  country: countryCodeSchema,
  emergency: z.nullable(emergencyDraftSchema),
  hotlines: z.array(entryDraftSchema).check(z.maxLength(hotlineLimits.hotlines)),
  /** Research leads deliberately not used, with why. */
  excludedLeads: z.array(z.strictObject({ lead: z.string().check(z.maxLength(40)), why: text(hotlineLimits.quote) })),
});

/**
 * `data/hotlines/review.json`: when the statuses were reviewed, and how far back "confirmed" reaches.
 * @internal Validation schema; not part of the public API.
 */
export const reviewFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('safe-migration-kit/hotline-review'),
  reviewed: isoDateSchema,
  confirmWindowMonths: z.int().check(z.minimum(1), z.maximum(120)),
});

/** A source as a country file writes it: the built `Source` plus the research lead it came from and why. */
export interface SourceDraft extends Source {
  /** The research lead (`ca3-012`) this source was read from, when there was one. */
  lead?: string;
  /** Why the date or prints are what they are. */
  why?: string;
}

/** One check by a person: who, when, how, and what they found. */
export interface ConfirmationDraft {
  method: ConfirmationMethod;
  date: string;
  /** Who confirmed it: a name or a role and organisation. Stays in the repository. */
  by: string;
  url?: string;
  note?: string;
}

/**
 * One entry of a country file. The fields typed `unknown` are the built entry's own, checked by the
 * data schema after the build.
 */
export interface EntryDraft {
  id: string;
  name: unknown;
  kind: unknown;
  organization: unknown;
  operatorWhy?: string;
  topics: unknown;
  topicsWhy?: string;
  area: unknown;
  channels: Record<string, unknown>[];
  sources: SourceDraft[];
  leads?: string[];
  /** The publication date of the newest source that shows the line working. */
  lastConfirmed: string | null;
  seedOnly?: true;
  /** Set when a source says the line or its project ended, or its numbers stopped answering. */
  outdated?: { code: string; why: string };
  /** Set when the main source is ambiguous about the line itself. */
  ambiguous?: string;
  /** Set when a later source reports trouble (calls unanswered) without saying the line ended. */
  problem?: { code: ReportedProblemCode; date: string; why: string };
  note?: string;
  leftOut?: string[];
  confirmations: ConfirmationDraft[];
}

/** A country's emergency numbers as a country file writes them. */
export interface EmergencyDraft {
  numbers: Record<string, unknown>[];
  unsourced: EmergencyService[];
  sources: SourceDraft[];
  leads?: string[];
  lastConfirmed: string | null;
  leftOut?: string[];
  confirmations: ConfirmationDraft[];
}

/** One country file, `data/hotlines/kz.json`. */
export interface CountryFile {
  $schema?: string;
  format: 'safe-migration-kit/hotline-country';
  /** The country the file is about; each entry is filed under the first country it serves. */
  country: string;
  emergency: EmergencyDraft | null;
  hotlines: EntryDraft[];
  /** Research leads deliberately not used, with why. */
  excludedLeads: { lead: string; why: string }[];
}

/** `data/hotlines/review.json`: when the statuses were reviewed, and how far back "confirmed" reaches. */
export interface ReviewFile {
  $schema?: string;
  format: 'safe-migration-kit/hotline-review';
  reviewed: string;
  confirmWindowMonths: number;
}

/** A file as read: its name (as the caller wants it printed) and its parsed JSON. */
export interface NamedJson {
  readonly file: string;
  readonly json: unknown;
}

/**
 * One problem in the country files, with its place and what to do:
 * `file` (as given), `entry` (the entry's id, or `emergency`, or `null` for the file itself),
 * `path` (a JSON path inside the file) and `fix` (one English sentence).
 */
export interface SourceProblem {
  readonly file: string;
  readonly entry: string | null;
  readonly path: string;
  readonly code: SchemaIssueCode | HotlineProblemCode | SourceProblemCode;
  readonly message: string;
  readonly fix: string;
}

/**
 * What is wrong across the country files beyond one file's schema: `unreadable` (a file that
 * cannot be read), `number-not-in-quote`, `not-confirmed-within`, `wrong-file`, `unknown-lead`,
 * `lead-used-twice`, `lead-without-decision` or `bad-confirmation`.
 */
export type SourceProblemCode =
  | 'unreadable'
  | 'number-not-in-quote'
  | 'not-confirmed-within'
  | 'wrong-file'
  | 'unknown-lead'
  | 'lead-used-twice'
  | 'lead-without-decision'
  | 'bad-confirmation';

/** What to do about each kind of problem, by code. */
const fixes: Partial<Record<SourceProblem['code'], string>> = {
  'unprinted-number':
    "Put the number into the source's prints exactly as the source prints it (and into its quote), or remove the channel; never type a number no source shows.",
  'number-not-in-quote': "Quote the source's own words that contain this number, or remove the channel: a number must be readable in its quote.",
  'dial-mismatch': 'Make dial the printed digits (a trunk 0 or 8 dropped, the country code before it), or remove dial when the printed form cannot be dialled.',
  'source-out-of-range': 'Point source at one of the entry\'s sources (0 is the first), or add the source.',
  'duplicate-id': 'Give the entry an id no other entry in any country file has.',
  'no-source': 'Add the source that prints the line (address, quote, date), or mark the entry seedOnly.',
  'not-confirmed-within': 'Call the line or find a newer source, then record it: safe-migration-kit hotlines confirm ID --method call|source|email --date YYYY-MM-DD --note TEXT.',
  'malformed-json': 'Fix the JSON syntax at the place the message gives (a missing comma or quote is usual).',
  'wrong-file': 'Move the entry to the country file of the first country it serves, or put that country first in area.countries.',
  'unknown-lead': 'Name a lead that the leads file has, or remove the lead id.',
  'lead-used-twice': 'Keep the lead in one entry only: merge the two entries, or drop the lead from one.',
  'lead-without-decision': 'Add the lead to an entry, to emergency numbers, or to excludedLeads with why.',
  'bad-confirmation': 'Give a date on or before today; a source confirmation needs the url it was read at.',
};

const schemaFix = 'Correct the value at this path as the message says; docs/data-format.md describes every field.';

/** What to do about a problem of this code, in one English sentence. */
export function fixFor(code: SourceProblem['code']): string {
  return fixes[code] ?? schemaFix;
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

/** The first day a partial date can mean: a source dated "2023" counts as 1 January 2023. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The day `months` whole months before `day` (both `YYYY-MM-DD`). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

function toSource(draft: SourceDraft): Source {
  const { url, citation, quote, date, dateText, prints, official } = draft;
  return {
    url,
    ...(citation ? { citation } : {}),
    quote,
    date,
    ...(dateText ? { dateText } : {}),
    prints,
    ...(official !== undefined ? { official } : {}),
  };
}

function toConfirmations(drafts: readonly ConfirmationDraft[]): Confirmation[] {
  return [...drafts]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ method, date, url }) => ({ method, date, ...(url ? { url } : {}) }));
}

type Status = Pick<Provenance, 'status' | 'statusReason'>;

/**
 * The status rule, in one place. In order: seed-only and ended entries keep their status whatever
 * else is known; a call or e-mail within the window confirms; an ambiguous, channel-less, undated
 * or address-less source leaves a lead; otherwise the newest addressed source decides.
 */
function statusOf(
  draft: { seedOnly?: true; outdated?: { code: string }; problem?: { code: string }; ambiguous?: string; lastConfirmed: string | null },
  sources: readonly Source[],
  usedSources: readonly number[],
  confirmations: readonly Confirmation[],
  windowStart: string,
): Status {
  if (draft.seedOnly) return { status: 'lead', statusReason: 'seed-only' };
  if (draft.outdated) return { status: 'outdated', statusReason: draft.outdated.code };
  const recentCheck = confirmations.filter((c) => c.method !== 'source' && c.date >= windowStart).at(-1);
  if (recentCheck && usedSources.length > 0) return { status: 'confirmed', statusReason: `confirmed-by-${recentCheck.method}` };
  if (draft.problem) return { status: 'lead', statusReason: draft.problem.code };
  if (draft.ambiguous) return { status: 'lead', statusReason: 'ambiguous-source' };
  if (usedSources.length === 0) return { status: 'lead', statusReason: 'no-contact-found' };
  if (draft.lastConfirmed === null) return { status: 'lead', statusReason: 'undated-source' };
  if (usedSources.some((i) => sources[i]?.url === null)) return { status: 'lead', statusReason: 'source-without-address' };
  // Only a source that can be looked up confirms: a citation without an address still sets
  // lastConfirmed, and a later source that reports trouble (calls unanswered) confirms nothing.
  const last = earliestDay(draft.lastConfirmed);
  const newestWithAddress = [
    ...sources.filter((s) => s.url !== null && s.date !== null && earliestDay(s.date) <= last).map((s) => earliestDay(s.date!)),
    ...confirmations.filter((c) => c.method === 'source').map((c) => c.date),
  ]
    .sort()
    .at(-1);
  if (!newestWithAddress || newestWithAddress < windowStart) {
    const reason = last >= windowStart ? 'recent-source-without-address' : 'source-older-than-window';
    return { status: 'lead', statusReason: reason };
  }
  return { status: 'confirmed', statusReason: 'recent-source' };
}

/** The newer of two partial dates (by the first day each can mean). */
function newer(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return earliestDay(b) > earliestDay(a) ? b : a;
}

function withoutWhy(record: Record<string, unknown>): Record<string, unknown> {
  const { why: _why, ...rest } = record;
  return rest;
}

/** Where an entry of the built data came from, to put its problems back in their file. */
interface Origin {
  file: string;
  entry: string;
  /** The JSON path of the entry inside its file, such as `$.hotlines[3]`. */
  base: PropertyKey[];
}

/**
 * Whether a number can be read in its source: its digits (spaces, dashes and brackets aside) in the
 * quote, or as a whole number in the source's address (an official page named after its number,
 * `…/emergency_number_112`).
 */
export function sourceShowsNumber(source: { quote: string | null; url: string | null }, printed: string): boolean {
  const wanted = digits(printed);
  if (wanted.length === 0) return false;
  if (source.quote !== null && digits(source.quote).includes(wanted)) return true;
  return source.url !== null && new RegExp(`(?:^|\\D)${wanted}(?:\\D|$)`).test(source.url);
}

/** Checks that every number a channel shows can be read in its source (see `sourceShowsNumber`). */
function quoteProblems(channels: readonly Record<string, unknown>[], sources: readonly SourceDraft[], base: PropertyKey[], key: string, origin: Omit<Origin, 'base'>): SourceProblem[] {
  const problems: SourceProblem[] = [];
  channels.forEach((channel, c) => {
    const printed = channel.printed;
    const source = typeof channel.source === 'number' ? sources[channel.source] : undefined;
    if (typeof printed !== 'string' || !source || !/\d/.test(printed)) return;
    if (!sourceShowsNumber(source, printed)) {
      problems.push({
        ...origin,
        path: jsonPath([...base, key, c, 'printed']),
        code: 'number-not-in-quote',
        message: `"${printed}" is not in the quote of source ${String(channel.source)}`,
        fix: fixFor('number-not-in-quote'),
      });
    }
  });
  return problems;
}

/** The outcome of `compileHotlineData`: the built data when there is no problem. */
export type HotlineCompilation =
  | { readonly ok: true; readonly data: HotlineData; readonly problems: readonly [] }
  | { readonly ok: false; readonly data: null; readonly problems: readonly SourceProblem[] };

/**
 * Builds one hotline data file from the review file and the country files, in the order given
 * (entries keep their order within a file). Never throws on bad input: every problem comes back
 * with its file, entry and JSON path.
 */
export function compileHotlineData(review: NamedJson, countryFiles: readonly NamedJson[]): HotlineCompilation {
  const problems: SourceProblem[] = [];
  const schemaProblems = (file: string, result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; code: string; message: string }[] } }, json: unknown) => {
    for (const issue of result.error?.issues ?? []) {
      const entryIndex = issue.path[0] === 'hotlines' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const entryId = entryIndex !== undefined ? (json as { hotlines?: { id?: unknown }[] }).hotlines?.[entryIndex]?.id : undefined;
      problems.push({
        file,
        entry: typeof entryId === 'string' ? entryId : issue.path[0] === 'emergency' ? 'emergency' : null,
        path: jsonPath(issue.path),
        code: schemaIssueCode(issue.code, valueAt(json, issue.path)),
        message: issue.message === 'Invalid input' ? 'is not valid' : issue.message,
        fix: schemaFix,
      });
    }
  };

  const reviewParsed = reviewFileSchema.safeParse(review.json);
  if (!reviewParsed.success) schemaProblems(review.file, reviewParsed, review.json);
  const files: { file: string; data: CountryFile }[] = [];
  for (const named of countryFiles) {
    const parsed = countryFileSchema.safeParse(named.json);
    if (parsed.success) files.push({ file: named.file, data: parsed.data });
    else schemaProblems(named.file, parsed, named.json);
  }
  if (!reviewParsed.success || problems.length) return { ok: false, data: null, problems };
  const { reviewed, confirmWindowMonths } = reviewParsed.data;
  const windowStart = monthsBefore(reviewed, confirmWindowMonths);

  const hotlines: Hotline[] = [];
  const emergency: EmergencyCountry[] = [];
  const hotlineOrigins: Origin[] = [];
  const emergencyOrigins: Origin[] = [];
  for (const { file, data } of files) {
    data.hotlines.forEach((draft, i) => {
      const base: PropertyKey[] = ['hotlines', i];
      const origin = { file, entry: draft.id };
      problems.push(...quoteProblems(draft.channels, draft.sources, base, 'channels', origin));
      const area = draft.area as { countries?: unknown[] } | undefined;
      if (Array.isArray(area?.countries) && area.countries[0] !== data.country) {
        problems.push({ ...origin, path: jsonPath([...base, 'area', 'countries', 0]), code: 'wrong-file', message: `serves ${String(area.countries[0])} first, but this is the file of ${data.country}`, fix: fixFor('wrong-file') });
      }
      draft.confirmations.forEach((c, k) => {
        if (c.date > new Date().toISOString().slice(0, 10) || (c.method === 'source' && !c.url)) {
          problems.push({ ...origin, path: jsonPath([...base, 'confirmations', k]), code: 'bad-confirmation', message: c.method === 'source' && !c.url ? 'a source confirmation has no url' : `is dated ${c.date}, after today`, fix: fixFor('bad-confirmation') });
        }
      });
      const sources = draft.sources.map(toSource);
      const channels = draft.channels.map(withoutWhy) as unknown as Hotline['channels'];
      const confirmations = toConfirmations(draft.confirmations);
      const lastConfirmed = confirmations.reduce<string | null>((date, c) => newer(date, c.date), draft.lastConfirmed);
      const provenance: Provenance = {
        ...statusOf(draft, sources, channels.map((c) => c.source), confirmations, windowStart),
        seedOnly: draft.seedOnly === true,
        lastConfirmed,
        sources,
        ...(draft.leads ? { leads: draft.leads } : {}),
        ...(draft.note ? { note: draft.note } : {}),
        ...(draft.problem ? { problem: { code: draft.problem.code, date: draft.problem.date } } : {}),
        ...(confirmations.length ? { confirmations } : {}),
      };
      hotlines.push({
        id: draft.id,
        name: draft.name,
        ...(draft.kind !== undefined ? { kind: draft.kind } : {}),
        organization: draft.organization,
        topics: draft.topics,
        channels,
        area: draft.area,
        provenance,
      } as Hotline);
      hotlineOrigins.push({ ...origin, base });
    });
    if (data.emergency) {
      const draft = data.emergency;
      const origin = { file, entry: 'emergency' };
      problems.push(...quoteProblems(draft.numbers, draft.sources, ['emergency'], 'numbers', origin));
      const sources = draft.sources.map(toSource);
      const numbers = draft.numbers.map(withoutWhy) as unknown as EmergencyCountry['numbers'];
      const confirmations = toConfirmations(draft.confirmations);
      const lastConfirmed = confirmations.reduce<string | null>((date, c) => newer(date, c.date), draft.lastConfirmed);
      emergency.push({
        country: data.country,
        numbers,
        unsourced: draft.unsourced,
        provenance: {
          ...statusOf({ lastConfirmed }, sources, numbers.map((n) => n.source), confirmations, windowStart),
          seedOnly: false,
          lastConfirmed,
          sources,
          ...(draft.leads ? { leads: draft.leads } : {}),
          ...(confirmations.length ? { confirmations } : {}),
        },
      });
      emergencyOrigins.push({ ...origin, base: ['emergency'] });
    }
  }

  const data: HotlineData = {
    format: 'safe-migration-kit/hotlines',
    version: 1,
    hsds: '3.0',
    generated: reviewed,
    reviewed,
    confirmWindowMonths,
    hotlines,
    emergency,
  };
  const built = validateHotlineData(data);
  if (!built.ok) {
    for (const p of built.problems) {
      const match = /^\$\.(hotlines|emergency)\[(\d+)\](.*)$/.exec(p.path);
      const origin = match ? (match[1] === 'hotlines' ? hotlineOrigins : emergencyOrigins)[Number(match[2])] : undefined;
      if (!origin) {
        problems.push({ file: review.file, entry: null, path: p.path, code: p.code, message: p.message, fix: fixFor(p.code) });
        continue;
      }
      // The built entry's provenance.sources are the file's sources; the rest keeps its place.
      const rest = match![3]!.replace(/^\.provenance\.sources/, '.sources').replace(/^\.provenance\./, '.');
      problems.push({ file: origin.file, entry: origin.entry, path: `${jsonPath(origin.base)}${rest}`, code: p.code, message: p.message, fix: fixFor(p.code) });
    }
  }
  if (problems.length) return { ok: false, data: null, problems };
  return { ok: true, data, problems: [] };
}

/**
 * Entries (and emergency numbers) whose newest confirmation or source is older than `months`
 * before `today`: the `--max-age` check of `safe-migration-kit validate`.
 */
export function staleEntries(files: readonly { file: string; data: CountryFile }[], months: number, today: string): SourceProblem[] {
  const limit = monthsBefore(today, months);
  const problems: SourceProblem[] = [];
  const check = (file: string, entry: string, base: PropertyKey[], lastConfirmed: string | null, confirmations: readonly ConfirmationDraft[]) => {
    const newest = confirmations.reduce<string | null>((date, c) => newer(date, c.date), lastConfirmed);
    if (newest !== null && earliestDay(newest) >= limit) return;
    problems.push({
      file,
      entry,
      path: jsonPath([...base, 'lastConfirmed']),
      code: 'not-confirmed-within',
      message: newest === null ? `has never been confirmed (limit: ${months} months)` : `was last confirmed ${newest}, more than ${months} months before ${today}`,
      fix: fixFor('not-confirmed-within'),
    });
  };
  for (const { file, data } of files) {
    data.hotlines.forEach((h, i) => {
      if (!h.outdated) check(file, h.id, ['hotlines', i], h.lastConfirmed, h.confirmations);
    });
    if (data.emergency && data.emergency.numbers.length) check(file, 'emergency', ['emergency'], data.emergency.lastConfirmed, data.emergency.confirmations);
  }
  return problems;
}

/**
 * Checks that every research lead is used once (in an entry, in emergency numbers, or excluded with
 * why) when the leads file is at hand; the data itself never needs it.
 */
export function leadProblems(files: readonly { file: string; data: CountryFile }[], leadIds: readonly string[]): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const seen = new Map<string, string>();
  const known = new Set(leadIds);
  const claim = (lead: string, file: string, entry: string | null, path: PropertyKey[]) => {
    const where = `${file} ${entry ?? 'excludedLeads'}`;
    const earlier = seen.get(lead);
    if (earlier) problems.push({ file, entry, path: jsonPath(path), code: 'lead-used-twice', message: `lead ${lead} is also used by ${earlier}`, fix: fixFor('lead-used-twice') });
    seen.set(lead, where);
    if (!known.has(lead)) problems.push({ file, entry, path: jsonPath(path), code: 'unknown-lead', message: `lead ${lead} is not in the leads file`, fix: fixFor('unknown-lead') });
  };
  for (const { file, data } of files) {
    data.hotlines.forEach((h, i) => h.leads?.forEach((l, k) => claim(l, file, h.id, ['hotlines', i, 'leads', k])));
    data.emergency?.leads?.forEach((l, k) => claim(l, file, 'emergency', ['emergency', 'leads', k]));
    data.excludedLeads.forEach((x, k) => claim(x.lead, file, null, ['excludedLeads', k, 'lead']));
  }
  for (const id of leadIds) {
    if (!seen.has(id)) problems.push({ file: '(leads file)', entry: null, path: '$', code: 'lead-without-decision', message: `lead ${id} is used nowhere`, fix: fixFor('lead-without-decision') });
  }
  return problems;
}
