/**
 * How current an entry, a channel or an emergency number is, as codes with the date they speak
 * of, so that a widget's words ("Confirmed by a call on 3 March 2026", "Not confirmed since 2019")
 * always agree with the date it shows. The SDK gives codes; the widgets give the words.
 */
import type { Channel, ConfirmationMethod, EmergencyCountry, Hotline, HotlineData, Provenance, Source } from './schema.js';

/**
 * The newest check of an entry: a person's call or e-mail, or the newest dated source (a source
 * re-read by a person counts as a source). `null` when nothing is dated.
 */
export interface LatestConfirmation {
  /** `call` or `email`: a person checked it; `source`: the newest dated source that shows it. */
  readonly method: ConfirmationMethod;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known. */
  readonly date: string;
}

/**
 * Why an entry is or is not shown as confirmed, with the date the words should name:
 * - `confirmed-by-call` / `confirmed-by-email` (`date`: the day of the check): "Confirmed by a call on …".
 * - `seen-in-source` (`date`: the source's date, within the data's review window): "Seen in a source dated …".
 * - `not-confirmed-since` (`date`: the newest source or check, older than the window): "Not confirmed since …".
 * - `calls-unanswered` (`date`: when a source reported it): "Calls went unanswered in …".
 * - `not-official-source`: its numbers come only from pages that repeat others (`date` of the newest, or `null`).
 * - `undated-source`: no source gives a date.
 * - `source-without-address`: the source cannot be looked up (a citation only).
 * - `ambiguous-source`: the source is unclear about the line itself.
 * - `no-published-source`: a seed lead that no published source names.
 * - `ended` (`date`: the newest source, or `null`): a source says the line or its project ended.
 */
export type ConfirmationNoteCode =
  | 'confirmed-by-call'
  | 'confirmed-by-email'
  | 'seen-in-source'
  | 'not-confirmed-since'
  | 'calls-unanswered'
  | 'not-official-source'
  | 'undated-source'
  | 'source-without-address'
  | 'ambiguous-source'
  | 'no-published-source'
  | 'ended';

/** What `confirmationNote` reads: an entry's provenance, and the source that prints each of its channels or numbers. */
export interface ConfirmationSubject {
  readonly provenance: Provenance;
  readonly channels: readonly Pick<Channel, 'source'>[];
}

/** What the finder's provenance line says, as a code and the date it names. */
export interface ConfirmationNote {
  readonly code: ConfirmationNoteCode;
  readonly date: string | null;
  /** `true` only for `confirmed-by-*` and `seen-in-source`: the words need no warning. */
  readonly current: boolean;
}

/**
 * How old the source of one number is:
 * - `current`: dated within the data's review window;
 * - `old-source` (`date`): dated before the window: show it as a number from an old source;
 * - `undated-source`: the source gives no date;
 * - `confirmed-by-check` (`date`): a person's call or e-mail within the window checked the entry.
 */
export interface SourceAge {
  readonly code: 'current' | 'old-source' | 'undated-source' | 'confirmed-by-check';
  readonly date: string | null;
}

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The first day of the review window: `confirmWindowMonths` before `reviewed`. */
export function reviewWindowStart(data: Pick<HotlineData, 'reviewed' | 'confirmWindowMonths'>): string {
  const [y, m, d] = data.reviewed.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - data.confirmWindowMonths, d)).toISOString().slice(0, 10);
}

function newestSourceDate(sources: readonly Source[]): string | null {
  let newest: string | null = null;
  for (const s of sources) if (s.date && (newest === null || firstDay(s.date) > firstDay(newest))) newest = s.date;
  return newest;
}

/** The newest check of an entry (see `LatestConfirmation`), or `null` when nothing is dated. */
export function latestConfirmation(hotline: Pick<Hotline, 'provenance'>): LatestConfirmation | null {
  const { provenance } = hotline;
  const checks = provenance.confirmations ?? [];
  const check = checks.filter((c) => c.method !== 'source').at(-1);
  const reread = checks.filter((c) => c.method === 'source').map((c) => c.date);
  const sourceDate = [provenance.lastConfirmed, ...reread].filter((d): d is string => d !== null).sort((a, b) => (firstDay(a) < firstDay(b) ? 1 : -1))[0];
  if (check && (!sourceDate || check.date >= firstDay(sourceDate))) return { method: check.method, date: check.date };
  return sourceDate ? { method: 'source', date: sourceDate } : null;
}

/**
 * The note an entry's provenance line shows: the real reason it is or is not confirmed, with the
 * date the words name (see `ConfirmationNoteCode`). `data` gives the review window.
 */
export function confirmationNote(hotline: ConfirmationSubject, data: Pick<HotlineData, 'reviewed' | 'confirmWindowMonths'>): ConfirmationNote {
  const { provenance } = hotline;
  const latest = latestConfirmation(hotline);
  const note = (code: ConfirmationNoteCode, date: string | null): ConfirmationNote => ({
    code,
    date,
    current: code === 'confirmed-by-call' || code === 'confirmed-by-email' || code === 'seen-in-source',
  });
  if (provenance.seedOnly) return note('no-published-source', null);
  if (provenance.status === 'outdated') return note('ended', newestSourceDate(provenance.sources));
  const start = reviewWindowStart(data);
  if (latest && latest.method !== 'source' && latest.date >= start) return note(latest.method === 'call' ? 'confirmed-by-call' : 'confirmed-by-email', latest.date);
  if (provenance.problem) return note('calls-unanswered', provenance.problem.date);
  const used = [...new Set(hotline.channels.map((c) => c.source))].map((i) => provenance.sources[i]).filter((s): s is Source => s !== undefined);
  if (used.length > 0 && used.every((s) => s.official === false)) return note('not-official-source', newestSourceDate(used));
  switch (provenance.statusReason) {
    case 'ambiguous-source':
      return note('ambiguous-source', null);
    case 'undated-source':
      return note('undated-source', null);
    case 'source-without-address':
    case 'recent-source-without-address':
      return note('source-without-address', provenance.lastConfirmed);
    default:
      break;
  }
  if (!latest) return note('undated-source', null);
  return firstDay(latest.date) >= start ? note('seen-in-source', latest.date) : note('not-confirmed-since', latest.date);
}

function ageOf(source: Source | undefined, checkedOn: string | null, start: string): SourceAge {
  if (checkedOn && checkedOn >= start) return { code: 'confirmed-by-check', date: checkedOn };
  if (!source?.date) return { code: 'undated-source', date: null };
  return firstDay(source.date) >= start ? { code: 'current', date: source.date } : { code: 'old-source', date: source.date };
}

/**
 * How old the source that prints a channel is (see `SourceAge`): a number from an old source is
 * shown as such. A person's call or e-mail check of the entry within the window makes every
 * channel `confirmed-by-check`.
 */
export function channelSourceAge(hotline: Pick<Hotline, 'provenance'>, channel: Pick<Channel, 'source'>, data: Pick<HotlineData, 'reviewed' | 'confirmWindowMonths'>): SourceAge {
  const check = (hotline.provenance.confirmations ?? []).filter((c) => c.method !== 'source').at(-1);
  return ageOf(hotline.provenance.sources[channel.source], check?.date ?? null, reviewWindowStart(data));
}

/**
 * The note for a country's emergency numbers, by the same reasons and dates as an entry's (see
 * `confirmationNote`), so that an old source is said to be old wherever its numbers are shown.
 */
export function emergencyConfirmationNote(entry: Pick<EmergencyCountry, 'provenance' | 'numbers'>, data: Pick<HotlineData, 'reviewed' | 'confirmWindowMonths'>): ConfirmationNote {
  return confirmationNote({ provenance: entry.provenance, channels: entry.numbers }, data);
}

/** How old the source of one of a country's emergency numbers is (see `SourceAge`). */
export function emergencyNumberSourceAge(entry: Pick<EmergencyCountry, 'provenance'>, number: { source: number }, data: Pick<HotlineData, 'reviewed' | 'confirmWindowMonths'>): SourceAge {
  const check = (entry.provenance.confirmations ?? []).filter((c) => c.method !== 'source').at(-1);
  return ageOf(entry.provenance.sources[number.source], check?.date ?? null, reviewWindowStart(data));
}
