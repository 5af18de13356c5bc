/**
 * How a query ranks a line: the points table and `assess`, the reference scorer, which also lists
 * the reasons of a result when a caller first reads them. The first pass over every candidate runs
 * the same rules over typed arrays (ranking-columns.ts explains why both exist). No zod here: the
 * query's schema is in query-schema.ts, checked by `HotlineDirectory.query` only.
 */
import { hotlineTopics } from './vocabulary.js';
import type { Channel, ChannelType, Hotline, HotlineTopic, TriState } from './schema.js';
import type { HotlineQuery } from './directory-core.js';
import { compile, compiledStateAtLocal, wallClock } from './hours.js';
import type { CompiledHours, OpenState } from './hours.js';

/** What a rank reason is about. */
export type RankFactor = 'topic' | 'area' | 'language' | 'open' | 'reachability' | 'contact' | 'recency';

/**
 * One reason for a result's rank, with the points it added or took away. Codes:
 * topic `topic-exact` `topic-related`; area `serves-your-nationals` `in-region` `other-region`
 * `home-country-line`; language `language-match` `language-unknown` `language-no-match`; open
 * `open-now` `open-unknown` `closed-now`, and `hours-not-known` for a line kept under "open now
 * only" although no source gives its hours; reachability `reachable` `reachable-unknown`; contact
 * `direct-contact-known-hours` (a phone or messenger with known or 24-hour hours)
 * `direct-contact-hours-unknown` `no-direct-contact` (only a website or e-mail); recency
 * `confirmed` `lead` `seed-only` `confirmation-age` `confirmation-undated` `outdated`.
 */
export interface RankReason {
  readonly factor: RankFactor;
  readonly code: string;
  readonly points: number;
}

/** Whether a channel answers in the asked language. */
export type LanguageFit = 'match' | 'no-match' | 'unknown' | 'not-asked';

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

/**
 * Points per reason: one table, so that the ranking can be read and tuned in one place. A line a
 * person can call or message now, with hours someone wrote down, outweighs what a website-only line
 * can gain from being confirmed, reachable and open-unknown (35 > 10 + 10 + 0 + the closed-now 10).
 */
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
  'hours-not-known': 0,
  'closed-now': -10,
  reachable: 10,
  'reachable-unknown': -5,
  'direct-contact-known-hours': 35,
  'direct-contact-hours-unknown': 15,
  'no-direct-contact': 0,
  confirmed: 10,
  lead: 0,
  'seed-only': -15,
  outdated: -40,
  /** Per whole year since the last confirmation, at most five years. */
  'confirmation-age': -2,
  'confirmation-undated': -10,
} as const;

/** The channels a person can call or write to and get an answer from a person. */
const directChannels: ReadonlySet<ChannelType> = new Set(['phone', 'sms', 'whatsapp', 'viber', 'telegram']);

/** @internal The query's schema (query-schema.ts, with zod), named here for the type tests. */
export type { querySchema } from './query-schema.js';

/** A `HotlineQuery` after checking: the same fields, each now known to be well formed. */
export type ParsedQuery = HotlineQuery;

export interface ParsedLanguage {
  language: string;
  script: string | undefined;
}

const parsedLanguages = new Map<string, ParsedLanguage | undefined>();

/** Parses a tag once per page or process; equal tags share one object, which keeps lookups in cache. */
export function parseLanguage(tag: string): ParsedLanguage | undefined {
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

export function languageFit(languages: readonly ParsedLanguage[], more: boolean, wanted: ParsedLanguage | undefined): LanguageFit {
  if (!wanted) return 'not-asked';
  if (languages.length === 0) return 'unknown';
  for (const have of languages) {
    if (have.language === wanted.language && (!have.script || !wanted.script || have.script === wanted.script)) return 'match';
  }
  return more ? 'unknown' : 'no-match';
}

export const openRank: Record<OpenState, number> = { closed: 0, unknown: 1, open: 2 };
export const fitRank: Record<LanguageFit, number> = { 'no-match': 1, unknown: 2, 'not-asked': 2, match: 3 };
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

/** What a query needs of a channel, worked out once per directory. */
export interface PreparedChannel {
  readonly channel: Channel;
  readonly type: ChannelType;
  readonly direct: boolean;
  readonly reachableFromAbroad: TriState;
  readonly languages: readonly ParsedLanguage[];
  readonly moreLanguages: boolean;
  /** 0 unknown, 1 always, 2 weekly. */
  readonly hoursKind: 0 | 1 | 2;
  readonly timeZone: string;
  readonly compiled: CompiledHours | undefined;
}

/** What a query can know about an entry before it sees the query, worked out once per directory. */
export interface Prepared {
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
}

function prepareChannel(channel: Channel): PreparedChannel {
  const { hours } = channel;
  return {
    channel,
    type: channel.type,
    direct: directChannels.has(channel.type),
    reachableFromAbroad: channel.reachableFromAbroad,
    languages: channel.languages.map(parseLanguage).filter((l): l is ParsedLanguage => l !== undefined),
    moreLanguages: channel.moreLanguages === true,
    hoursKind: hours.type === 'weekly' ? 2 : hours.type === 'always' ? 1 : 0,
    timeZone: hours.type === 'weekly' ? hours.timeZone : '',
    compiled: hours.type === 'weekly' ? compile(hours) : undefined,
  };
}

/** Works out once what ranking needs of an entry, given the year the data was reviewed. */
export function prepareEntry(hotline: Hotline, reviewedYear: number): Prepared {
  const { provenance, area } = hotline;
  const recency: RankReason[] = [];
  const status = provenance.seedOnly ? 'seed-only' : provenance.status;
  recency.push({ factor: 'recency', code: status, points: rankPoints[status] });
  if (provenance.lastConfirmed) {
    const years = Math.min(5, Math.max(0, reviewedYear - yearOf(provenance.lastConfirmed)));
    if (years > 0) recency.push({ factor: 'recency', code: 'confirmation-age', points: rankPoints['confirmation-age'] * years });
  } else {
    recency.push({ factor: 'recency', code: 'confirmation-undated', points: rankPoints['confirmation-undated'] });
  }
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
  };
}

/** A channel as a query found it. */
export interface ChannelEvaluation {
  readonly channel: Channel;
  readonly index: number;
  readonly open: OpenState;
  readonly reachable: TriState;
  readonly language: LanguageFit;
}

/** Per-query state: the parsed query, and the wall clock of each zone met so far. */
export class QueryContext {
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
 * does not fit. With `details`, also lists the reasons and each usable channel; without, it
 * allocates nothing.
 *
 * "Open now only" drops a line known to be closed and keeps one whose hours no source gives, with
 * the reason `hours-not-known`: at 3 am the trafficking line with unknown hours may be the only
 * help there is, and a person can still try it.
 */
export function assess(
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
  let direct = 0;
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
    if (c.direct) direct = Math.max(direct, c.hoursKind === 0 ? 1 : 2);
  }
  if (channels.length > 0 && usable === 0) return NaN;
  if (q.channel && considered === 0) return NaN;
  if (considered === 0) {
    open = 'unknown';
    fit = ctx.wanted ? 'unknown' : 'not-asked';
  }
  if (q.openNow && open === 'closed') return NaN;

  const area = q.from && inArea && p.servesNationalsOf?.includes(q.from) ? 'serves-your-nationals' : undefined;
  const region = q.region && p.regions ? (p.regions.includes(q.region) ? 'in-region' : 'other-region') : undefined;
  const language = fit !== 'not-asked' ? fitCode[fit] : undefined;
  const openNow = considered > 0 ? (q.openNow && open === 'unknown' ? 'hours-not-known' : openCode[open]) : undefined;
  const reach = considered > 0 ? (reachYes ? 'reachable' : 'reachable-unknown') : undefined;
  const contact =
    considered > 0 ? (direct === 2 ? 'direct-contact-known-hours' : direct === 1 ? 'direct-contact-hours-unknown' : 'no-direct-contact') : undefined;
  ctx.open = open;
  const score =
    p.recencyPoints +
    (topic ? rankPoints[topic] : 0) +
    (area ? rankPoints[area] : 0) +
    (inArea ? 0 : rankPoints['home-country-line']) +
    (region ? rankPoints[region] : 0) +
    (language ? rankPoints[language] : 0) +
    (openNow ? rankPoints[openNow] : 0) +
    (reach ? rankPoints[reach] : 0) +
    (contact ? rankPoints[contact] : 0);
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
    push('contact', contact);
    reasons.push(...p.recency);
  }
  return score;
}
