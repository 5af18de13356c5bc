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
import { compile, compiledStateAtLocal, isOpen, openStatus, wallClock } from './hours.js';
import type { CompiledHours } from './hours.js';
import type { OpenState } from './hours.js';
import { HotlineQueryError } from './errors.js';
import type { DataProblem, HotlineDataError, HotlineLoadError } from './errors.js';
import { checkHotlineData, jsonPath } from './validate.js';

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
  /** Open state at the query's moment. */
  readonly open: OpenState;
  /** When `open` next changes, or `null` (worked out when first read). */
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

const parsedLanguages = new Map<string, ParsedLanguage | undefined>();

/** Parses a tag once per page or process; equal tags share one object, which keeps lookups in cache. */
function parseLanguage(tag: string): ParsedLanguage | undefined {
  if (parsedLanguages.has(tag)) return parsedLanguages.get(tag);
  let parsed: ParsedLanguage | undefined;
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-'));
    parsed = { language: locale.language, script: locale.script };
  } catch {
    parsed = undefined;
  }
  if (parsedLanguages.size < 1000) parsedLanguages.set(tag, parsed);
  return parsed;
}

function languageFit(languages: readonly ParsedLanguage[], more: boolean | undefined, wanted: ParsedLanguage | undefined): LanguageFit {
  if (!wanted) return 'not-asked';
  if (languages.length === 0) return 'unknown';
  for (const have of languages) {
    if (have.language === wanted.language && (!have.script || !wanted.script || have.script === wanted.script)) return 'match';
  }
  return more ? 'unknown' : 'no-match';
}

const openRank: Record<OpenState, number> = { closed: 0, unknown: 1, open: 2 };
const fitRank: Record<LanguageFit, number> = { 'no-match': 1, unknown: 2, 'not-asked': 2, match: 3 };
const openCode = { open: 'open-now', unknown: 'open-unknown', closed: 'closed-now' } as const;
const fitCode = { match: 'language-match', unknown: 'language-unknown', 'no-match': 'language-no-match' } as const;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function topicMask(topics: readonly HotlineTopic[]): number {
  let mask = 0;
  for (const topic of topics) mask |= 1 << hotlineTopics.indexOf(topic);
  return mask;
}

/** What a query needs of a channel, flat, so that the hot loop does not chase pointers. */
interface PreparedChannel {
  readonly channel: Channel;
  readonly type: ChannelType;
  readonly reachableFromAbroad: TriState;
  readonly languages: readonly ParsedLanguage[];
  readonly moreLanguages: boolean;
  /** 0 unknown, 1 always, 2 weekly. */
  readonly hoursKind: 0 | 1 | 2;
  readonly timeZone: string;
  readonly compiled: CompiledHours | undefined;
}

/** What a query can know about an entry before it sees the query, worked out once per directory. */
interface Prepared {
  readonly hotline: Hotline;
  readonly outdated: boolean;
  readonly countries: readonly string[];
  readonly regions: readonly string[] | undefined;
  readonly servesNationalsOf: readonly string[] | undefined;
  readonly topics: number;
  readonly channels: readonly PreparedChannel[];
  /** The recency reasons depend only on the data's review date. */
  readonly recency: readonly RankReason[];
  readonly recencyPoints: number;
  /** Position in the tie-break order: newest confirmation first, then id. */
  tieRank: number;
}

function prepareChannel(channel: Channel): PreparedChannel {
  const { hours } = channel;
  return {
    channel,
    type: channel.type,
    reachableFromAbroad: channel.reachableFromAbroad,
    languages: channel.languages.map(parseLanguage).filter((l): l is ParsedLanguage => l !== undefined),
    moreLanguages: channel.moreLanguages === true,
    hoursKind: hours.type === 'weekly' ? 2 : hours.type === 'always' ? 1 : 0,
    timeZone: hours.type === 'weekly' ? hours.timeZone : '',
    compiled: hours.type === 'weekly' ? compile(hours) : undefined,
  };
}

type ParsedQuery = z.infer<typeof querySchema>;

interface ChannelEvaluation {
  readonly channel: Channel;
  readonly index: number;
  readonly open: OpenState;
  readonly reachable: TriState;
  readonly language: LanguageFit;
}

/** Per-query state: the parsed query, and the wall clock of each zone met so far. */
class QueryContext {
  readonly needMask: number;
  readonly relatedMask: number;
  readonly wanted: ParsedLanguage | undefined;
  /** The best open state of the entry `assess` scored last. */
  open: OpenState = 'unknown';
  readonly instant: number;
  private readonly clocks = new Map<string, number>();

  constructor(
    readonly q: ParsedQuery,
    readonly at: Date,
  ) {
    this.instant = at.getTime();
    this.needMask = q.need ? topicMask([q.need]) : 0;
    this.relatedMask = q.need ? topicMask(relatedTopics[q.need]) : 0;
    this.wanted = q.language ? parseLanguage(q.language) : undefined;
  }

  stateAt(c: PreparedChannel): OpenState {
    if (c.hoursKind !== 2) return c.hoursKind === 1 ? 'open' : 'unknown';
    let local = this.clocks.get(c.timeZone);
    if (local === undefined) this.clocks.set(c.timeZone, (local = wallClock(c.timeZone, this.instant)));
    return compiledStateAtLocal(c.compiled!, local);
  }
}

/**
 * Scores one entry for a query (its best open state left in `ctx.open`), or returns `NaN` when it
 * does not fit. With `details`, also fills
 * in the reasons and each usable channel; without, it allocates nothing (the fast first pass).
 */
function assess(
  p: Prepared,
  ctx: QueryContext,
  inArea: boolean,
  details?: { reasons: RankReason[]; channels: ChannelEvaluation[] },
): number {
  const { q } = ctx;
  const { channels } = p;
  if (p.outdated && !q.includeOutdated) return NaN;
  if (channels.length === 0 && !q.includeWithoutChannels) return NaN;
  // A consulate's line for Uzbek citizens is no help to a Kyrgyz one.
  if (q.from && p.servesNationalsOf && !p.servesNationalsOf.includes(q.from)) return NaN;
  let topic: 'topic-exact' | 'topic-related' | undefined;
  if (q.need) {
    if (p.topics & ctx.needMask) topic = 'topic-exact';
    else if (p.topics & ctx.relatedMask) topic = 'topic-related';
    else return NaN;
  }

  let usable = 0;
  let considered = 0;
  let open: OpenState = 'closed';
  let fit: LanguageFit = 'no-match';
  let reachYes = false;
  for (let index = 0; index < channels.length; index++) {
    const c = channels[index]!;
    const reachable: TriState = inArea ? 'yes' : c.reachableFromAbroad;
    if (reachable === 'no') continue;
    usable += 1;
    const language = languageFit(c.languages, c.moreLanguages, ctx.wanted);
    const state = ctx.stateAt(c);
    details?.channels.push({ channel: c.channel, index, open: state, reachable, language });
    if (q.channel && c.type !== q.channel) continue;
    considered += 1;
    if (openRank[state] > openRank[open]) open = state;
    if (fitRank[language] > fitRank[fit]) fit = language;
    if (reachable === 'yes') reachYes = true;
  }
  if (channels.length > 0 && usable === 0) return NaN;
  if (q.channel && considered === 0) return NaN;
  if (considered === 0) {
    open = 'unknown';
    fit = ctx.wanted ? 'unknown' : 'not-asked';
  }
  if (q.openNow && open !== 'open') return NaN;

  const area = q.from && inArea && p.servesNationalsOf?.includes(q.from) ? 'serves-your-nationals' : undefined;
  const region = q.region && p.regions ? (p.regions.includes(q.region) ? 'in-region' : 'other-region') : undefined;
  const language = fit !== 'not-asked' ? fitCode[fit] : undefined;
  const openNow = considered > 0 ? openCode[open] : undefined;
  const reach = considered > 0 ? (reachYes ? 'reachable' : 'reachable-unknown') : undefined;
  ctx.open = open;
  // The fast pass only adds numbers; the reasons are listed when a result's details are read.
  const score =
    p.recencyPoints +
    (topic ? rankPoints[topic] : 0) +
    (area ? rankPoints[area] : 0) +
    (inArea ? 0 : rankPoints['home-country-line']) +
    (region ? rankPoints[region] : 0) +
    (language ? rankPoints[language] : 0) +
    (openNow ? rankPoints[openNow] : 0) +
    (reach ? rankPoints[reach] : 0);
  if (details) {
    const reasons = details.reasons;
    const push = (factor: RankFactor, code: keyof typeof rankPoints | undefined) => {
      if (code) reasons.push({ factor, code, points: rankPoints[code] });
    };
    push('topic', topic);
    push('area', area);
    push('area', inArea ? undefined : 'home-country-line');
    push('area', region);
    push('language', language);
    push('open', openNow);
    push('reachability', reach);
    reasons.push(...p.recency);
  }
  return score;
}

/** Room for the tie-break rank inside a sort key: more entries than a data file may hold. */
const TIE_SPAN = 2 ** 21;
const OUTDATED = 1;
const NATIONALS = 2;
const REGIONS = 4;
const LANGUAGES = 1;
const MORE_LANGUAGES = 2;
const LANGUAGE_OVERFLOW = 4;
const stateNames: readonly OpenState[] = ['closed', 'unknown', 'open'];
const reachCode: Record<TriState, number> = { no: 0, yes: 1, unknown: 2 };

/**
 * The fields a query reads, as typed arrays indexed by entry and by channel: the scoring pass
 * walks these instead of chasing pointers through thousands of objects (it is what keeps a query
 * over 10,000 entries within the 2 ms budget).
 */
class Columns {
  readonly flags: Uint8Array;
  readonly topics: Int32Array;
  readonly recency: Float64Array;
  readonly channelStart: Int32Array;
  readonly channelCount: Uint8Array;
  readonly reach: Uint8Array;
  readonly type: Uint8Array;
  readonly languageBits: Int32Array;
  readonly languageFlags: Uint8Array;
  readonly hoursKind: Uint8Array;
  readonly zone: Uint16Array;
  /** Weekly spans of every channel in one array (see `CompiledHours.week`): start and length per channel. */
  readonly weekStart: Int32Array;
  readonly weekLength: Uint8Array;
  readonly weekSpans: Int32Array;
  readonly validFrom: Float64Array;
  readonly validUntil: Float64Array;
  /** 1 when a channel's hours have dated exceptions (the slow path), 2 when the days are not stated. */
  readonly hoursFlags: Uint8Array;
  readonly compiled: (CompiledHours | undefined)[] = [];
  readonly parsedLanguages: (readonly ParsedLanguage[])[] = [];
  readonly zones: string[] = [];
  /** Up to 31 distinct languages get a bit each; channels with others take the slow path. */
  readonly languageTags: ParsedLanguage[] = [];

  constructor(readonly entries: readonly Prepared[]) {
    const n = entries.length;
    const m = entries.reduce((sum, p) => sum + p.channels.length, 0);
    this.flags = new Uint8Array(n);
    this.topics = new Int32Array(n);
    this.recency = new Float64Array(n);
    this.channelStart = new Int32Array(n);
    this.channelCount = new Uint8Array(n);
    this.reach = new Uint8Array(m);
    this.type = new Uint8Array(m);
    this.languageBits = new Int32Array(m);
    this.languageFlags = new Uint8Array(m);
    this.hoursKind = new Uint8Array(m);
    this.zone = new Uint16Array(m);
    this.weekStart = new Int32Array(m);
    this.weekLength = new Uint8Array(m);
    this.validFrom = new Float64Array(m);
    this.validUntil = new Float64Array(m);
    this.hoursFlags = new Uint8Array(m);
    const spans: number[] = [];
    const zoneIds = new Map<string, number>();
    let j = 0;
    entries.forEach((p, i) => {
      this.flags[i] = (p.outdated ? OUTDATED : 0) | (p.servesNationalsOf ? NATIONALS : 0) | (p.regions ? REGIONS : 0);
      this.topics[i] = p.topics;
      this.recency[i] = p.recencyPoints;
      this.channelStart[i] = j;
      this.channelCount[i] = p.channels.length;
      for (const c of p.channels) {
        this.reach[j] = reachCode[c.reachableFromAbroad];
        this.type[j] = channelTypes.indexOf(c.type);
        let bits = 0;
        let flags = (c.languages.length ? LANGUAGES : 0) | (c.moreLanguages ? MORE_LANGUAGES : 0);
        for (const tag of c.languages) {
          let bit = this.languageTags.indexOf(tag);
          if (bit < 0 && this.languageTags.length < 31) bit = this.languageTags.push(tag) - 1;
          if (bit < 0) flags |= LANGUAGE_OVERFLOW;
          else bits |= 1 << bit;
        }
        this.languageBits[j] = bits;
        this.languageFlags[j] = flags;
        this.parsedLanguages[j] = c.languages;
        this.hoursKind[j] = c.hoursKind;
        if (c.hoursKind === 2) {
          let id = zoneIds.get(c.timeZone);
          if (id === undefined) zoneIds.set(c.timeZone, (id = this.zones.push(c.timeZone) - 1));
          this.zone[j] = id;
          const compiled = c.compiled!;
          this.weekStart[j] = spans.length;
          this.weekLength[j] = Math.min(255, compiled.week.length);
          spans.push(...compiled.week);
          this.validFrom[j] = compiled.validFrom;
          this.validUntil[j] = compiled.validUntil;
          this.hoursFlags[j] = (compiled.exceptions.size > 0 || compiled.week.length > 255 ? 1 : 0) | (compiled.daysStated ? 0 : 2);
        }
        this.compiled[j] = c.compiled;
        j += 1;
      }
    });
    this.weekSpans = Int32Array.from(spans);
  }
}

/** Per-query values the fast pass needs, worked out once per query. */
class FastContext {
  readonly channelType: number;
  readonly languageMask: number;
  private readonly locals: Float64Array;

  constructor(
    readonly columns: Columns,
    readonly ctx: QueryContext,
  ) {
    this.channelType = ctx.q.channel ? channelTypes.indexOf(ctx.q.channel) : -1;
    let mask = 0;
    const wanted = ctx.wanted;
    if (wanted) {
      columns.languageTags.forEach((have, bit) => {
        if (have.language === wanted.language && (!have.script || !wanted.script || have.script === wanted.script)) mask |= 1 << bit;
      });
    }
    this.languageMask = mask;
    this.locals = new Float64Array(columns.zones.length).fill(Number.NaN);
  }

  /** Open state of channel `j` as 0 closed, 1 unknown, 2 open. */
  state(j: number): number {
    const c = this.columns;
    const kind = c.hoursKind[j]!;
    if (kind !== 2) return kind === 1 ? 2 : 1;
    const zone = c.zone[j]!;
    let local = this.locals[zone]!;
    if (Number.isNaN(local)) this.locals[zone] = local = wallClock(c.zones[zone]!, this.ctx.instant);
    const flags = c.hoursFlags[j]!;
    if (flags & 1) return openRank[compiledStateAtLocal(c.compiled[j]!, local)];
    const day = Math.floor(local / 86_400_000);
    if (day < c.validFrom[j]! || day > c.validUntil[j]!) return 1;
    // Minutes since Monday 00:00; 1970-01-01 was a Thursday.
    const minute = ((((day + 3) % 7) + 7) % 7) * 1440 + Math.floor(local / 60_000) - day * 1440;
    const spans = c.weekSpans;
    for (let k = c.weekStart[j]!, end = k + c.weekLength[j]!; k < end; k += 2) {
      if (spans[k]! <= minute && minute < spans[k + 1]!) return flags & 2 ? 1 : 2;
    }
    return 0;
  }

  /** Language fit of channel `j` as 1 no match, 2 unknown, 3 match. */
  fit(j: number): number {
    const flags = this.columns.languageFlags[j]!;
    if (!(flags & LANGUAGES)) return 2;
    if (this.columns.languageBits[j]! & this.languageMask) return 3;
    if (flags & LANGUAGE_OVERFLOW) return fitRank[languageFit(this.columns.parsedLanguages[j]!, (flags & MORE_LANGUAGES) !== 0, this.ctx.wanted)];
    return flags & MORE_LANGUAGES ? 2 : 1;
  }
}

const fitPoints = [0, rankPoints['language-no-match'], rankPoints['language-unknown'], rankPoints['language-match']];
const openPoints = [rankPoints['closed-now'], rankPoints['open-unknown'], rankPoints['open-now']];

/**
 * The scoring pass over the columns: the same rules as `assess`, as numbers only (a test checks
 * that the two agree on every result). Returns `NaN` when entry `i` does not fit; its best open
 * state is left in `ctx.open`.
 */
function fastScore(fc: FastContext, i: number, inArea: boolean): number {
  const c = fc.columns;
  const { q } = fc.ctx;
  const flags = c.flags[i]!;
  if (flags & OUTDATED && !q.includeOutdated) return NaN;
  const count = c.channelCount[i]!;
  if (count === 0 && !q.includeWithoutChannels) return NaN;
  let score = c.recency[i]!;
  if (flags & NATIONALS && q.from) {
    if (!c.entries[i]!.servesNationalsOf!.includes(q.from)) return NaN;
    if (inArea) score += rankPoints['serves-your-nationals'];
  }
  if (q.need) {
    const topics = c.topics[i]!;
    if (topics & fc.ctx.needMask) score += rankPoints['topic-exact'];
    else if (topics & fc.ctx.relatedMask) score += rankPoints['topic-related'];
    else return NaN;
  }
  let usable = 0;
  let considered = 0;
  let open = 0;
  let fit = 1;
  let reachYes = false;
  const wantsLanguage = fc.ctx.wanted !== undefined;
  for (let j = c.channelStart[i]!, end = j + count; j < end; j++) {
    const reach = inArea ? 1 : c.reach[j]!;
    if (reach === 0) continue;
    usable += 1;
    if (fc.channelType >= 0 && c.type[j] !== fc.channelType) continue;
    considered += 1;
    if (open < 2) open = Math.max(open, fc.state(j));
    if (wantsLanguage && fit < 3) fit = Math.max(fit, fc.fit(j));
    if (reach === 1) reachYes = true;
  }
  if (count > 0 && usable === 0) return NaN;
  if (fc.channelType >= 0 && considered === 0) return NaN;
  if (considered === 0) {
    open = 1;
    fit = 2;
  }
  if (q.openNow && open !== 2) return NaN;
  if (!inArea) score += rankPoints['home-country-line'];
  if (q.region && flags & REGIONS) score += c.entries[i]!.regions!.includes(q.region) ? rankPoints['in-region'] : rankPoints['other-region'];
  if (wantsLanguage) score += fitPoints[fit]!;
  if (considered > 0) score += openPoints[open]! + (reachYes ? rankPoints.reachable : rankPoints['reachable-unknown']);
  fc.ctx.open = stateNames[open]!;
  return score;
}

/** A channel of a result; when it next changes is worked out on first read. */
class RankedChannel implements ChannelStatus {
  readonly channel: Channel;
  readonly index: number;
  readonly open: OpenState;
  readonly reachable: TriState;
  readonly language: LanguageFit;
  #next: Date | null | undefined;
  readonly #at: Date;

  constructor(evaluation: ChannelEvaluation, at: Date) {
    ({ channel: this.channel, index: this.index, open: this.open, reachable: this.reachable, language: this.language } = evaluation);
    this.#at = at;
    this.#next = evaluation.channel.hours.type === 'weekly' ? undefined : null;
  }

  get next(): Date | null {
    if (this.#next === undefined) this.#next = openStatus(this.channel.hours, this.#at).next;
    return this.#next;
  }

  toJSON() {
    const { channel, index, open, next, reachable, language } = this;
    return { channel, index, open, next, reachable, language };
  }
}

/** One ranked entry; its reasons and channels are worked out on first read. */
class RankedResult implements HotlineResult {
  readonly hotline: Hotline;
  readonly score: number;
  readonly open: OpenState;
  #details: { reasons: RankReason[]; channels: RankedChannel[] } | undefined;
  readonly #prepared: Prepared;
  readonly #ctx: QueryContext;
  readonly #inArea: boolean;

  constructor(prepared: Prepared, ctx: QueryContext, inArea: boolean, score: number, open: OpenState) {
    this.hotline = prepared.hotline;
    this.score = score;
    this.open = open;
    this.#prepared = prepared;
    this.#ctx = ctx;
    this.#inArea = inArea;
  }

  #detail() {
    if (!this.#details) {
      const details = { reasons: [] as RankReason[], channels: [] as ChannelEvaluation[] };
      assess(this.#prepared, this.#ctx, this.#inArea, details);
      this.#details = { reasons: details.reasons, channels: details.channels.map((c) => new RankedChannel(c, this.#ctx.at)) };
    }
    return this.#details;
  }

  get reasons(): readonly RankReason[] {
    return this.#detail().reasons;
  }

  get channels(): readonly ChannelStatus[] {
    return this.#detail().channels;
  }

  toJSON() {
    const { hotline, score, reasons, channels, open } = this;
    return { hotline, score, reasons, channels, open };
  }
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
  private readonly prepared: Prepared[];
  /** Entry index by tie-break rank. */
  private readonly byTieRank: number[];
  private readonly columns: Columns;
  /** Entry indexes per country they serve. */
  private readonly byCountry = new Map<string, number[]>();
  private readonly byId = new Map<string, Hotline>();

  /** Wraps data that has already been validated (by `checkHotlineData` or the build). */
  constructor(data: HotlineData, origin: HotlineDataOrigin = { kind: 'custom' }) {
    this.data = data;
    this.origin = origin;
    const reviewedYear = yearOf(data.reviewed);
    this.prepared = data.hotlines.map((hotline): Prepared => {
      const { provenance } = hotline;
      const recency: RankReason[] = [];
      const status = provenance.seedOnly ? 'seed-only' : provenance.status;
      recency.push({ factor: 'recency', code: status, points: rankPoints[status] });
      if (provenance.lastConfirmed) {
        const years = Math.min(5, Math.max(0, reviewedYear - yearOf(provenance.lastConfirmed)));
        if (years > 0) recency.push({ factor: 'recency', code: 'confirmation-age', points: rankPoints['confirmation-age'] * years });
      } else {
        recency.push({ factor: 'recency', code: 'confirmation-undated', points: rankPoints['confirmation-undated'] });
      }
      const { area } = hotline;
      return {
        hotline,
        outdated: provenance.status === 'outdated',
        countries: area.countries,
        regions: area.regions?.length ? area.regions : undefined,
        servesNationalsOf: area.servesNationalsOf?.length ? area.servesNationalsOf : undefined,
        topics: topicMask(hotline.topics),
        channels: hotline.channels.map(prepareChannel),
        recency,
        recencyPoints: recency.reduce((sum, r) => sum + r.points, 0),
        tieRank: 0,
      };
    });
    this.byTieRank = this.prepared
      .map((p, i) => ({ p, i }))
      .sort(({ p: a }, { p: b }) => {
        const x = a.hotline.provenance.lastConfirmed ?? '';
        const y = b.hotline.provenance.lastConfirmed ?? '';
        return x !== y ? (x < y ? 1 : -1) : a.hotline.id < b.hotline.id ? -1 : a.hotline.id > b.hotline.id ? 1 : 0;
      })
      .map(({ p, i }, rank) => {
        p.tieRank = rank;
        return i;
      });
    this.prepared.forEach((p, i) => {
      this.byId.set(p.hotline.id, p.hotline);
      for (const country of p.countries) {
        let list = this.byCountry.get(country);
        if (!list) this.byCountry.set(country, (list = []));
        list.push(i);
      }
    });
    this.columns = new Columns(this.prepared);
  }

  /** Validates parsed JSON (say, from your own fetch) and wraps it; throws `HotlineDataError`. */
  static fromData(input: unknown): HotlineDirectory {
    return new HotlineDirectory(checkHotlineData(input), { kind: 'custom' });
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
    const ctx = new QueryContext(q, q.openAt ?? new Date());
    if (q.language && !ctx.wanted) {
      throw new HotlineQueryError([{ path: '$.language', code: 'invalid_format', message: 'must be a BCP 47 language tag' }]);
    }
    const fc = new FastContext(this.columns, ctx);
    // Each fitting entry becomes one number: score, then the fixed tie-break rank, so that a plain
    // numeric sort ranks them. Scores are whole numbers well within ±2^10.
    const keys: number[] = [];
    const inAreaOf = new Map<number, boolean>();
    const openOf = new Map<number, OpenState>();
    const consider = (i: number, inArea: boolean) => {
      const score = fastScore(fc, i, inArea);
      if (Number.isNaN(score)) return;
      keys.push((score + 1024) * TIE_SPAN + (TIE_SPAN - 1 - this.prepared[i]!.tieRank));
      if (!inArea) inAreaOf.set(i, false);
      if (ctx.open !== 'unknown') openOf.set(i, ctx.open);
    };
    if (q.country === undefined) {
      for (let i = 0; i < this.prepared.length; i++) consider(i, true);
    } else {
      for (const i of this.byCountry.get(q.country) ?? []) consider(i, true);
      // The home country's lines, once: an entry serving both countries was met above.
      if (q.from !== undefined && q.from !== q.country) {
        for (const i of this.byCountry.get(q.from) ?? []) {
          const countries = this.prepared[i]!.countries;
          if (countries.length === 1 || !countries.includes(q.country)) consider(i, false);
        }
      }
    }
    const sorted = Float64Array.from(keys).sort();
    const count = q.limit === undefined ? sorted.length : Math.min(q.limit, sorted.length);
    const results: HotlineResult[] = [];
    for (let k = sorted.length - 1; results.length < count; k--) {
      const key = sorted[k]!;
      const i = this.byTieRank[TIE_SPAN - 1 - (key % TIE_SPAN)]!;
      const score = Math.floor(key / TIE_SPAN) - 1024;
      results.push(new RankedResult(this.prepared[i]!, ctx, inAreaOf.get(i) ?? true, score, openOf.get(i) ?? 'unknown'));
    }
    return results;
  }
}
