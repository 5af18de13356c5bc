/**
 * The fast scoring pass: the rules of `assess` (ranking.ts) as numbers over typed arrays, for the
 * first pass of a query over every candidate. `assess` stays the reference and gives the reasons
 * of the results a caller reads; a randomised test checks on every result that the two agree
 * (test/sdk/hotlines/directory.node.test.ts).
 *
 * Why both must exist: the finder and the CLI query on every filter change, and a site may load a
 * file of 10,000 entries. Walking typed arrays instead of chasing pointers through thousands of
 * objects is what keeps such a query near the 2 ms budget: 1.3 ms median for this pass against
 * 6.4 ms for `assess` alone on the same 10,000 synthetic entries and 400 queries (shared machine,
 * load 17; docs/performance.md). Change a rule in both files, or the test fails.
 */
import { channelTypes } from './vocabulary.js';
import type { TriState } from './schema.js';
import { compiledStateAtLocal, wallClock } from './hours.js';
import type { CompiledHours, OpenState } from './hours.js';
import { fitRank, languageFit, openRank, rankPoints } from './ranking.js';
import type { ParsedLanguage, Prepared, QueryContext } from './ranking.js';

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
export class Columns {
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
  /** 1 when a channel is a phone or messenger (a person answers). */
  readonly direct: Uint8Array;
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
    this.direct = new Uint8Array(m);
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
        this.direct[j] = c.direct ? 1 : 0;
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
export class FastContext {
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
const contactPoints = [rankPoints['no-direct-contact'], rankPoints['direct-contact-hours-unknown'], rankPoints['direct-contact-known-hours']];

/**
 * The scoring pass over the columns: the same rules as `assess`, as numbers only (a test checks
 * that the two agree on every result). Returns `NaN` when entry `i` does not fit; its best open
 * state is left in `ctx.open`.
 */
export function fastScore(fc: FastContext, i: number, inArea: boolean): number {
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
  let direct = 0;
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
    if (c.direct[j]) direct = Math.max(direct, c.hoursKind[j] === 0 ? 1 : 2);
  }
  if (count > 0 && usable === 0) return NaN;
  if (fc.channelType >= 0 && considered === 0) return NaN;
  if (considered === 0) {
    open = 1;
    fit = 2;
  }
  if (q.openNow && open === 0) return NaN;
  if (!inArea) score += rankPoints['home-country-line'];
  if (q.region && flags & REGIONS) score += c.entries[i]!.regions!.includes(q.region) ? rankPoints['in-region'] : rankPoints['other-region'];
  if (wantsLanguage) score += fitPoints[fit]!;
  if (considered > 0) {
    score += q.openNow && open === 1 ? rankPoints['hours-not-known'] : openPoints[open]!;
    score += reachYes ? rankPoints.reachable : rankPoints['reachable-unknown'];
    score += contactPoints[direct]!;
  }
  fc.ctx.open = stateNames[open]!;
  return score;
}
