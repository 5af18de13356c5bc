/**
 * `HotlineDirectory`: queries over validated hotline data. A query ranks the lines that can help a
 * person where they are, with every reason for the rank, so that a widget can explain it and a test
 * can check it.
 */
import * as z from 'zod/mini';
import { channelTypes, countryCodeSchema, emergencyServices, hotlineTopics, subdivisionCodeSchema } from './schema.js';
import type {
  Channel,
  ChannelType,
  EmergencyNumber,
  EmergencyService,
  Hotline,
  HotlineData,
  HotlineTopic,
  Hours,
  Provenance,
  TriState,
} from './schema.js';
import { isOpen, openStatus, wallClock, weeklyStateAtLocal } from './hours.js';
import type { OpenState, OpenStatus } from './hours.js';
import { HotlineQueryError } from './errors.js';
import type { DataProblem, HotlineDataError, HotlineLoadError } from './errors.js';
import { jsonPath } from './validate.js';

/**
 * Where a directory's data came from: the flag a widget shows ("using built-in data") and a test
 * checks.
 * - `bundled`: the data shipped in the package.
 * - `remote`: a file loaded from `url` (`notModified` when the server answered 304 to our ETag).
 * - `bundled-fallback`: loading `url` failed with `error`, so the bundled data is in use.
 * - `custom`: data the caller passed in.
 */
export type HotlineDataOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'remote'; readonly url: string; readonly etag: string | null; readonly notModified: boolean }
  | { readonly kind: 'bundled-fallback'; readonly url: string; readonly error: HotlineDataError | HotlineLoadError }
  | { readonly kind: 'custom' };

/** What a person needs: every field is optional; an empty query lists every line. */
export interface HotlineQuery {
  /** Where the person is now (ISO 3166-1 alpha-2). Lines serving it, and home lines reachable from it, are candidates. */
  country?: string;
  /** Where in the country (ISO 3166-2): local services there rank higher, those elsewhere lower. */
  region?: string;
  /** The problem: lines on this topic rank first; lines on related topics follow; others are left out. */
  need?: HotlineTopic;
  /** The person's language (BCP 47): lines that answer in it rank higher. */
  language?: string;
  /** Only lines with this kind of channel. */
  channel?: ChannelType;
  /** The moment for "open now" (default: now). */
  openAt?: Date;
  /** Only lines with a channel known to be open at `openAt`. */
  openNow?: boolean;
  /**
   * The person's home country (ISO 3166-1 alpha-2), for migrants: lines that serve its nationals
   * where they are rank higher, lines only for other nationals are left out, and the home country's
   * lines that can be reached from `country` are added.
   */
  from?: string;
  /** Also return lines marked `outdated` (default: no). */
  includeOutdated?: boolean;
  /** Also return entries with no channel at all (default: no). */
  includeWithoutChannels?: boolean;
  /** At most this many results. */
  limit?: number;
}

/** What a rank reason is about. */
export type RankFactor = 'topic' | 'area' | 'language' | 'open' | 'reachability' | 'recency';

/**
 * One reason for a result's rank, with the points it added or took away. Codes:
 * topic `topic-exact` `topic-related`; area `serves-your-nationals` `in-region` `other-region`
 * `home-country-line`; language `language-match` `language-unknown` `language-no-match`; open
 * `open-now` `open-unknown` `closed-now`; reachability `reachable` `reachable-unknown`; recency
 * `confirmed` `lead` `seed-only` `confirmation-age` `confirmation-undated` `outdated`.
 */
export interface RankReason {
  readonly factor: RankFactor;
  readonly code: string;
  readonly points: number;
}

/** Whether a channel answers in the asked language. */
export type LanguageFit = 'match' | 'no-match' | 'unknown' | 'not-asked';

/** A channel of a result, with what the query found about it. */
export interface ChannelStatus {
  readonly channel: Channel;
  /** Its index in `hotline.channels`. */
  readonly index: number;
  /** Open state at the query's moment, and when that changes. */
  readonly open: OpenState;
  readonly next: Date | null;
  /** Whether the person can reach it from `country` (`yes` inside the line's countries). */
  readonly reachable: TriState;
  readonly language: LanguageFit;
}

/** One ranked line. */
export interface HotlineResult {
  readonly hotline: Hotline;
  /** The sum of the reasons' points; higher is better. */
  readonly score: number;
  readonly reasons: readonly RankReason[];
  /** Every channel the person can use (reachable `yes` or `unknown`), in the entry's order. */
  readonly channels: readonly ChannelStatus[];
  /** The best open state among `channels`. */
  readonly open: OpenState;
}

/** A country's emergency numbers, with the source; `numbers` is empty when no source gave any. */
export interface EmergencyNumbers {
  readonly country: string;
  readonly numbers: readonly EmergencyNumber[];
  /** Services with no sourced number: every service when the country has none. */
  readonly unsourced: readonly EmergencyService[];
  readonly provenance: Provenance | null;
}

/** Topics that can also help with a need, in a short, fixed table. */
export const relatedTopics: Readonly<Record<HotlineTopic, readonly HotlineTopic[]>> = {
  trafficking: ['labour-exploitation', 'shelter', 'migrant-rights', 'legal-aid'],
  'labour-exploitation': ['trafficking', 'migrant-rights', 'legal-aid'],
  'migrant-rights': ['legal-aid', 'labour-exploitation', 'trafficking'],
  'legal-aid': ['migrant-rights'],
  'psychological-support': ['domestic-violence', 'child-protection'],
  shelter: ['trafficking', 'domestic-violence'],
  'domestic-violence': ['shelter', 'psychological-support', 'legal-aid'],
  'child-protection': ['domestic-violence', 'psychological-support'],
  emergency: [],
};

/** Points per reason: one table, so that the ranking can be read and tuned in one place. */
export const rankPoints = {
  'topic-exact': 40,
  'topic-related': 15,
  'serves-your-nationals': 25,
  'home-country-line': -5,
  'in-region': 10,
  'other-region': -10,
  'language-match': 20,
  'language-unknown': 0,
  'language-no-match': -20,
  'open-now': 15,
  'open-unknown': 0,
  'closed-now': -10,
  reachable: 10,
  'reachable-unknown': -5,
  confirmed: 10,
  lead: 0,
  'seed-only': -15,
  outdated: -40,
  /** Per whole year since the last confirmation, at most five years. */
  'confirmation-age': -2,
  'confirmation-undated': -10,
} as const;

const querySchema = z.strictObject({
  country: z.optional(countryCodeSchema),
  region: z.optional(subdivisionCodeSchema),
  need: z.optional(z.enum(hotlineTopics)),
  language: z.optional(z.string().check(z.maxLength(35))),
  channel: z.optional(z.enum(channelTypes)),
  openAt: z.optional(z.date()),
  openNow: z.optional(z.boolean()),
  from: z.optional(countryCodeSchema),
  includeOutdated: z.optional(z.boolean()),
  includeWithoutChannels: z.optional(z.boolean()),
  limit: z.optional(z.int().check(z.minimum(0))),
});

interface ParsedLanguage {
  language: string;
  script: string | undefined;
}

function parseLanguage(tag: string): ParsedLanguage | undefined {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-'));
    return { language: locale.language, script: locale.script };
  } catch {
    return undefined;
  }
}

const languageCache = new Map<string, ParsedLanguage | undefined>();

function cachedLanguage(tag: string): ParsedLanguage | undefined {
  if (!languageCache.has(tag)) languageCache.set(tag, parseLanguage(tag));
  return languageCache.get(tag);
}

function languageFit(channel: Channel, wanted: ParsedLanguage | undefined): LanguageFit {
  if (!wanted) return 'not-asked';
  if (channel.languages.length === 0) return 'unknown';
  for (const tag of channel.languages) {
    const have = cachedLanguage(tag);
    if (have && have.language === wanted.language && (!have.script || !wanted.script || have.script === wanted.script)) return 'match';
  }
  return channel.moreLanguages ? 'unknown' : 'no-match';
}

const openRank: Record<OpenState, number> = { open: 2, unknown: 1, closed: 0 };
const fitRank: Record<LanguageFit, number> = { match: 3, unknown: 2, 'not-asked': 2, 'no-match': 1 };

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * A hotline directory over validated data. Build one with `bundledHotlineDirectory()`,
 * `loadHotlineDirectory(url)` or `HotlineDirectory.fromData(json)`.
 */
export class HotlineDirectory {
  /** The data, as validated. */
  readonly data: HotlineData;
  /** Which data is in use and why (see `HotlineDataOrigin`). */
  readonly origin: HotlineDataOrigin;
  private readonly byCountry = new Map<string, Hotline[]>();
  private readonly byId = new Map<string, Hotline>();

  /** Wraps data that has already been validated (by `checkHotlineData` or the build). */
  constructor(data: HotlineData, origin: HotlineDataOrigin = { kind: 'custom' }) {
    this.data = data;
    this.origin = origin;
    for (const hotline of data.hotlines) {
      this.byId.set(hotline.id, hotline);
      for (const country of hotline.area.countries) {
        let list = this.byCountry.get(country);
        if (!list) this.byCountry.set(country, (list = []));
        list.push(hotline);
      }
    }
  }

  /** `true` when the bundled data is in use, by choice or because a remote file failed. */
  get usingBundledData(): boolean {
    return this.origin.kind === 'bundled' || this.origin.kind === 'bundled-fallback';
  }

  /** The line with this id, if any. */
  get(id: string): Hotline | undefined {
    return this.byId.get(id);
  }

  /** Every country that has a line or sourced emergency numbers, sorted. */
  countries(): string[] {
    const all = new Set([...this.byCountry.keys(), ...this.data.emergency.filter((e) => e.numbers.length > 0).map((e) => e.country)]);
    return [...all].sort();
  }

  /** The sourced emergency numbers of a country; empty `numbers` when no source gave any. */
  emergencyNumbers(country: string): EmergencyNumbers {
    const code = country.toUpperCase();
    const entry = this.data.emergency.find((e) => e.country === code);
    if (!entry) return { country: code, numbers: [], unsourced: emergencyServices, provenance: null };
    return { country: code, numbers: entry.numbers, unsourced: entry.unsourced ?? [], provenance: entry.provenance };
  }

  /** Whether a channel (or hours) answers at `at` (default now). */
  isOpen(channel: Channel | Hours, at?: Date): OpenState {
    return isOpen('hours' in channel ? channel.hours : channel, at);
  }

  /** When a channel's (or hours') open state next changes after `at`, or `null`. */
  nextChange(channel: Channel | Hours, at?: Date): Date | null {
    return openStatus('hours' in channel ? channel.hours : channel, at).next;
  }

  /**
   * The lines that fit a query, best first, each with the reasons for its rank. Throws
   * `HotlineQueryError` for a malformed query (a country that is not two capital letters, an
   * unknown need); an unknown but well-formed country simply has no results.
   */
  query(query: HotlineQuery = {}): HotlineResult[] {
    const parsed = querySchema.safeParse(query);
    if (!parsed.success) {
      throw new HotlineQueryError(
        parsed.error.issues.map(
          (issue): DataProblem => ({ path: jsonPath(issue.path), code: issue.code, message: issue.message === 'Invalid input' ? 'is not valid' : issue.message }),
        ),
      );
    }
    const q = parsed.data;
    const at = q.openAt ?? new Date();
    const instant = at.getTime();
    const wanted = q.language ? parseLanguage(q.language) : undefined;
    if (q.language && !wanted) {
      throw new HotlineQueryError([{ path: '$.language', code: 'invalid_format', message: 'must be a BCP 47 language tag' }]);
    }
    const clocks = new Map<string, number>();
    const stateAt = (hours: Hours): OpenState => {
      if (hours.type !== 'weekly') return hours.type === 'always' ? 'open' : 'unknown';
      let local = clocks.get(hours.timeZone);
      if (local === undefined) clocks.set(hours.timeZone, (local = wallClock(hours.timeZone, instant)));
      return weeklyStateAtLocal(hours, local);
    };

    const candidates = this.candidates(q.country, q.from);
    const results: { result: HotlineResult; statuses: { channel: Channel; index: number; reachable: TriState; language: LanguageFit; open: OpenState }[] }[] = [];
    const reviewedYear = yearOf(this.data.reviewed);

    for (const hotline of candidates) {
      const { provenance, area } = hotline;
      if (provenance.status === 'outdated' && !q.includeOutdated) continue;
      if (hotline.channels.length === 0 && !q.includeWithoutChannels) continue;
      // A consulate's line for Uzbek citizens is no help to a Kyrgyz one.
      if (q.from && area.servesNationalsOf?.length && !area.servesNationalsOf.includes(q.from)) continue;

      let topic: RankReason | undefined;
      if (q.need) {
        if (hotline.topics.includes(q.need)) topic = { factor: 'topic', code: 'topic-exact', points: rankPoints['topic-exact'] };
        else if (relatedTopics[q.need].some((t) => hotline.topics.includes(t))) {
          topic = { factor: 'topic', code: 'topic-related', points: rankPoints['topic-related'] };
        } else continue;
      }

      const inArea = q.country === undefined || area.countries.includes(q.country);
      const statuses: { channel: Channel; index: number; reachable: TriState; language: LanguageFit; open: OpenState }[] = [];
      hotline.channels.forEach((channel, index) => {
        const reachable: TriState = inArea ? 'yes' : channel.reachableFromAbroad;
        if (reachable === 'no') return;
        statuses.push({ channel, index, reachable, language: languageFit(channel, wanted), open: stateAt(channel.hours) });
      });
      if (hotline.channels.length > 0 && statuses.length === 0) continue;
      const considered = q.channel ? statuses.filter((s) => s.channel.type === q.channel) : statuses;
      if (q.channel && considered.length === 0) continue;

      let open: OpenState = considered.length ? 'closed' : 'unknown';
      let fit: LanguageFit = considered.length ? 'no-match' : wanted ? 'unknown' : 'not-asked';
      let reach: TriState = 'unknown';
      for (const s of considered) {
        if (openRank[s.open] > openRank[open]) open = s.open;
        if (fitRank[s.language] > fitRank[fit]) fit = s.language;
        if (s.reachable === 'yes') reach = 'yes';
      }
      if (q.openNow && open !== 'open') continue;

      const reasons: RankReason[] = [];
      if (topic) reasons.push(topic);
      if (q.from && area.servesNationalsOf?.includes(q.from) && inArea) {
        reasons.push({ factor: 'area', code: 'serves-your-nationals', points: rankPoints['serves-your-nationals'] });
      }
      if (!inArea) reasons.push({ factor: 'area', code: 'home-country-line', points: rankPoints['home-country-line'] });
      if (q.region && area.regions?.length) {
        const code = area.regions.includes(q.region) ? 'in-region' : 'other-region';
        reasons.push({ factor: 'area', code, points: rankPoints[code] });
      }
      if (fit !== 'not-asked') {
        const code = fit === 'match' ? 'language-match' : fit === 'unknown' ? 'language-unknown' : 'language-no-match';
        reasons.push({ factor: 'language', code, points: rankPoints[code] });
      }
      if (considered.length) {
        const code = open === 'open' ? 'open-now' : open === 'unknown' ? 'open-unknown' : 'closed-now';
        reasons.push({ factor: 'open', code, points: rankPoints[code] });
        const reachCode = reach === 'yes' ? 'reachable' : 'reachable-unknown';
        reasons.push({ factor: 'reachability', code: reachCode, points: rankPoints[reachCode] });
      }
      const statusCode = provenance.seedOnly ? 'seed-only' : provenance.status;
      reasons.push({ factor: 'recency', code: statusCode, points: rankPoints[statusCode] });
      if (provenance.lastConfirmed) {
        const years = Math.min(5, Math.max(0, reviewedYear - yearOf(provenance.lastConfirmed)));
        if (years > 0) reasons.push({ factor: 'recency', code: 'confirmation-age', points: rankPoints['confirmation-age'] * years });
      } else {
        reasons.push({ factor: 'recency', code: 'confirmation-undated', points: rankPoints['confirmation-undated'] });
      }

      const score = reasons.reduce((sum, r) => sum + r.points, 0);
      results.push({ result: { hotline, score, reasons, channels: [], open }, statuses });
    }

    results.sort(
      (a, b) =>
        b.result.score - a.result.score ||
        (b.result.hotline.provenance.lastConfirmed ?? '').localeCompare(a.result.hotline.provenance.lastConfirmed ?? '') ||
        a.result.hotline.id.localeCompare(b.result.hotline.id),
    );
    const kept = q.limit === undefined ? results : results.slice(0, q.limit);
    // When each channel changes state is worked out only for the results returned: it is the costly part.
    return kept.map(({ result, statuses }) => ({
      ...result,
      channels: statuses.map((s): ChannelStatus => {
        const status: OpenStatus = s.channel.hours.type === 'weekly' ? openStatus(s.channel.hours, at) : { state: s.open, next: null };
        return { channel: s.channel, index: s.index, open: status.state, next: status.next, reachable: s.reachable, language: s.language };
      }),
    }));
  }

  private candidates(country: string | undefined, from: string | undefined): readonly Hotline[] {
    if (country === undefined) return this.data.hotlines;
    const here = this.byCountry.get(country) ?? [];
    if (from === undefined || from === country) return here;
    const seen = new Set(here);
    const home = (this.byCountry.get(from) ?? []).filter((h) => !seen.has(h));
    return [...here, ...home];
  }
}
