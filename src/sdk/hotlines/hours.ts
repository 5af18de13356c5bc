/**
 * Open now, and when that changes, for a channel's hours. Wall-clock rules live in IANA zones and
 * are turned into instants with the platform's own time-zone data through `Intl` (no bundled tz
 * tables, which go stale: Kazakhstan moved to one zone, UTC+5, on 2024-03-01).
 */
import { weekdays } from './schema.js';
import type { Hours, TimeSpan, WeeklyHours } from './schema.js';

/** Whether a channel answers at a moment: `unknown` when no source states its hours. */
export type OpenState = 'open' | 'closed' | 'unknown';

/** Open state at a moment and the next moment it changes. */
export interface OpenStatus {
  /**
   * `open`, `closed`, or `unknown`. A source that gives hours but not days (`daysStated: false`)
   * gives `closed` outside those hours and `unknown` inside them.
   */
  readonly state: OpenState;
  /** When the state next changes (closes, or opens), or `null` when it never does or is not known. */
  readonly next: Date | null;
}

const DAY_MS = 86_400_000;
const DAY_MIN = 1440;
/** How far ahead `next` is looked for: a week and a day covers every weekly rule and overnight span. */
const HORIZON_DAYS = 8;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock time in `timeZone` at `instant`, as milliseconds of a UTC date with the same
 * fields (so `new Date(result).getUTCHours()` is the local hour). Seconds precision.
 */
export function wallClock(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour! % 24, fields.minute!, fields.second!);
}

/** The zone's offset from UTC at `instant`, in milliseconds (UTC+5 is 18,000,000). */
export function zoneOffset(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(timeZone, whole) - whole;
}

/**
 * The instant at which clocks in `timeZone` show `local` (milliseconds of a UTC date with the wall
 * fields). A wall time skipped when clocks go forward resolves to the end of the gap (the moment
 * clocks jump), which is when a span that "opens" inside the gap is first open; a wall time that
 * happens twice when clocks go back resolves to one of its two moments.
 */
export function instantOf(timeZone: string, local: number): number {
  const first = local - zoneOffset(timeZone, local);
  const second = local - zoneOffset(timeZone, first);
  if (second === first) return first;
  if (local - zoneOffset(timeZone, second) === second) return second;
  // In a gap: find the minute the offset changes between the two candidates.
  let lo = Math.min(first, second);
  let hi = Math.max(first, second);
  const before = zoneOffset(timeZone, lo);
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 120_000) * 60_000;
    if (mid <= lo || mid >= hi) break;
    if (zoneOffset(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function minutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Spans of one local day as [start, end) minutes since the local epoch; overnight spans end on the next day. */
function daySpans(hours: WeeklyHours, day: number, exceptions: Map<string, readonly TimeSpan[]>): [number, number][] {
  const date = isoDate(day);
  const weekday = weekdays[(new Date(day * DAY_MS).getUTCDay() + 6) % 7]!;
  const spans: readonly TimeSpan[] =
    exceptions.get(date) ?? hours.rules.filter((rule) => rule.days.includes(weekday)).map((r) => ({ opens: r.opens, closes: r.closes }));
  const base = day * DAY_MIN;
  return spans.map((span) => {
    const opens = minutes(span.opens);
    let closes = minutes(span.closes);
    if (closes <= opens) closes += DAY_MIN;
    return [base + opens, base + closes];
  });
}

const exceptionMaps = new WeakMap<WeeklyHours, Map<string, readonly TimeSpan[]>>();

function exceptionsOf(hours: WeeklyHours): Map<string, readonly TimeSpan[]> {
  let map = exceptionMaps.get(hours);
  if (!map) {
    map = new Map((hours.exceptions ?? []).map((e) => [e.date, e.spans]));
    exceptionMaps.set(hours, map);
  }
  return map;
}

function withinValidity(hours: WeeklyHours, day: number): boolean {
  const date = isoDate(day);
  return !((hours.validFrom && date < hours.validFrom) || (hours.validUntil && date > hours.validUntil));
}

/** Merged opening intervals from the day before `day` to `day + days`, in local minutes. */
function intervals(hours: WeeklyHours, day: number, days: number): [number, number][] {
  const exceptions = exceptionsOf(hours);
  const all: [number, number][] = [];
  for (let d = day - 1; d <= day + days; d++) all.push(...daySpans(hours, d, exceptions));
  all.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of all) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The state of weekly hours at a wall-clock moment `local` (see `wallClock`), without `next`: the
 * fast path that `HotlineDirectory.query` runs for every channel.
 */
export function weeklyStateAtLocal(hours: WeeklyHours, local: number): OpenState {
  const day = Math.floor(local / DAY_MS);
  if (!withinValidity(hours, day)) return 'unknown';
  const minute = Math.floor(local / 60_000);
  const exceptions = exceptionsOf(hours);
  const open = [...daySpans(hours, day - 1, exceptions), ...daySpans(hours, day, exceptions)].some(
    ([start, end]) => start <= minute && minute < end,
  );
  if (!open) return 'closed';
  return hours.daysStated === false ? 'unknown' : 'open';
}

/** Whether a channel with these hours answers at `at` (default now). */
export function isOpen(hours: Hours, at: Date = new Date()): OpenState {
  if (hours.type === 'always') return 'open';
  if (hours.type === 'unknown') return 'unknown';
  return weeklyStateAtLocal(hours, wallClock(hours.timeZone, at.getTime()));
}

/**
 * When the state of these hours next changes after `at` (default now): the closing time when open,
 * the opening time when closed. `null` for `always` and `unknown` hours, and when nothing changes
 * within eight days.
 */
export function nextChange(hours: Hours, at: Date = new Date()): Date | null {
  return openStatus(hours, at).next;
}

/** Open state at `at` (default now) and when it next changes, in one pass. */
export function openStatus(hours: Hours, at: Date = new Date()): OpenStatus {
  if (hours.type === 'always') return { state: 'open', next: null };
  if (hours.type === 'unknown') return { state: 'unknown', next: null };
  const zone = hours.timeZone;
  const local = wallClock(zone, at.getTime());
  const state = weeklyStateAtLocal(hours, local);
  const day = Math.floor(local / DAY_MS);
  if (!withinValidity(hours, day)) return { state, next: null };
  const minute = Math.floor(local / 60_000);
  const horizonEnd = (day + HORIZON_DAYS + 1) * DAY_MIN;
  const toDate = (localMinute: number) => new Date(instantOf(zone, localMinute * 60_000));
  for (const [start, end] of intervals(hours, day, HORIZON_DAYS)) {
    if (start <= minute && minute < end) return { state, next: end >= horizonEnd ? null : toDate(end) };
    if (start > minute) return { state, next: toDate(start) };
  }
  return { state, next: null };
}
