/**
 * The directory's queries over data that is already checked, with no schema and no zod: the bundled
 * data, checked when it is built (scripts/split-hotlines.ts), reaches the hotline finder's first
 * screen through this class, so a page does not fetch and run zod before it can show a number to
 * call (issue 19). `HotlineDirectory` (directory.ts) is this class with the checks for anything
 * from outside: `fromData` checks data with the schema and `query` checks the query, each with the
 * same typed errors as ever. A query ranks the lines that can help a person where they are, with
 * every reason for the rank, so that a widget can explain it and a test can check it. How a line is
 * scored lives in ranking.ts.
 */
import { emergencyServices } from './vocabulary.js';
import type { Channel, ChannelType, EmergencyNumber, EmergencyService, Hotline, HotlineData, HotlineTopic, Hours, Provenance, TriState } from './schema.js';
import { isOpen, openStatus } from './hours.js';
import { emergencyConfirmationNote } from './freshness.js';
import type { ConfirmationNote } from './freshness.js';
import type { OpenState } from './hours.js';
import { HotlineQueryError } from './errors.js';
import type { HotlineDataError, HotlineLoadError } from './errors.js';
import { assess, prepareEntry, QueryContext } from './ranking.js';
import { Columns, FastContext, fastScore } from './ranking-columns.js';
import type { ChannelEvaluation, LanguageFit, Prepared, RankReason } from './ranking.js';

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
  /**
   * Leave out lines known to be closed at `openAt`. Lines whose hours no source gives stay, after
   * the open ones, each with the reason `hours-not-known` (and `open` `unknown`), so that a widget
   * can list them under "Hours not known".
   */
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
  /** Why the numbers are or are not shown as confirmed (see `confirmationNote`); `null` when no source gave any. */
  readonly confirmation: ConfirmationNote | null;
}

/** Room for the tie-break rank inside a sort key: more entries than a data file may hold. */
const TIE_SPAN = 2 ** 21;

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
 * A directory over checked data that trusts its queries too: for the widgets, which build each
 * query from values they have checked. Not part of the public API; use `HotlineDirectory`.
 */
export class CheckedDataDirectory {
  /** The data, as validated. */
  readonly data: HotlineData;
  /** Which data is in use and why (see `HotlineDataOrigin`). */
  readonly origin: HotlineDataOrigin;
  private readonly prepared: Prepared[];
  /** Entry index by tie-break rank. */
  private readonly byTieRank: number[];
  /** Tie-break rank by entry index. */
  private readonly tieRank: Int32Array;
  private readonly columns: Columns;
  /** Entry indexes per country they serve. */
  private readonly byCountry = new Map<string, number[]>();
  private readonly byId = new Map<string, Hotline>();

  /** Wraps data that has already been validated (by `checkHotlineData` or the build). */
  constructor(data: HotlineData, origin: HotlineDataOrigin = { kind: 'custom' }) {
    this.data = data;
    this.origin = origin;
    const reviewedYear = Number(data.reviewed.slice(0, 4));
    this.prepared = data.hotlines.map((hotline) => prepareEntry(hotline, reviewedYear));
    // Ties go to the newest confirmation, then to the id, so that a query's order never depends
    // on the order of the file.
    this.byTieRank = this.prepared
      .map((p, i) => ({ p, i }))
      .sort(({ p: a }, { p: b }) => {
        const x = a.hotline.provenance.lastConfirmed ?? '';
        const y = b.hotline.provenance.lastConfirmed ?? '';
        return x !== y ? (x < y ? 1 : -1) : a.hotline.id < b.hotline.id ? -1 : a.hotline.id > b.hotline.id ? 1 : 0;
      })
      .map(({ i }) => i);
    this.tieRank = new Int32Array(this.prepared.length);
    this.byTieRank.forEach((i, rank) => (this.tieRank[i] = rank));
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
    if (!entry) return { country: code, numbers: [], unsourced: emergencyServices, provenance: null, confirmation: null };
    return { country: code, numbers: entry.numbers, unsourced: entry.unsourced ?? [], provenance: entry.provenance, confirmation: emergencyConfirmationNote(entry, this.data) };
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
   * The lines that fit a query, best first, each with the reasons for its rank. The query is not
   * checked (a widget's are built from checked values); `HotlineDirectory.query` checks it first.
   */
  query(query: HotlineQuery = {}): HotlineResult[] {
    const q = query;
    const ctx = new QueryContext(q, q.openAt ?? new Date());
    if (q.language && !ctx.wanted) {
      throw new HotlineQueryError([{ path: '$.language', code: 'wrong-format', message: 'must be a BCP 47 language tag' }]);
    }
    const fc = new FastContext(this.columns, ctx);
    // Each fitting entry becomes one number: under "open now only" the open lines first, then the
    // score, then the fixed tie-break rank, so that a plain numeric sort ranks them. Scores are
    // whole numbers well within ±2^10.
    const keys: number[] = [];
    const inAreaOf = new Map<number, boolean>();
    const openOf = new Map<number, OpenState>();
    const consider = (i: number, inArea: boolean) => {
      const score = fastScore(fc, i, inArea);
      if (Number.isNaN(score)) return;
      const group = q.openNow && ctx.open === 'open' ? 2048 : 0;
      keys.push((group + score + 1024) * TIE_SPAN + (TIE_SPAN - 1 - this.tieRank[i]!));
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
      const score = (Math.floor(key / TIE_SPAN) % 2048) - 1024;
      results.push(new RankedResult(this.prepared[i]!, ctx, inAreaOf.get(i) ?? true, score, openOf.get(i) ?? 'unknown'));
    }
    return results;
  }
}
