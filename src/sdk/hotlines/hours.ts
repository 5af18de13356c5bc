/**
 * Open now, and when that changes, for a channel's hours. Wall-clock rules live in IANA zones and
 * are turned into instants with the platform's own time-zone data through `Intl` (no bundled tz
 * tables, which go stale: Kazakhstan moved to one zone, UTC+5, on 2024-03-01).
 */
import { weekdays } from './vocabulary.js';
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

/** Reads the wall-clock fields in `timeZone` at `instant` through Intl, to the second. */
function formatWallClock(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour! % 24, fields.minute!, fields.second!);
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at `instant`, in milliseconds (UTC+5 is 18,000,000). Every clock
 * change in the time-zone database falls on a quarter hour, so an offset is read through Intl
 * once per zone and quarter hour and kept in a small cache.
 */
export function zoneOffset(timeZone: string, instant: number): number {
  const bucket = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone} ${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 4000) offsets.clear();
    offset = formatWallClock(timeZone, bucket) - bucket;
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * The wall-clock time in `timeZone` at `instant`, as milliseconds of a UTC date with the same
 * fields (so `new Date(result).getUTCHours()` is the local hour). Seconds precision.
 */
export function wallClock(timeZone: string, instant: number): number {
  return Math.floor(instant / 1000) * 1000 + zoneOffset(timeZone, instant);
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

function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

type Span = readonly [start: number, end: number];

/** Weekly hours turned into minute spans once, then kept beside the hours object. */
export interface CompiledHours {
  /** Spans per weekday, Monday first, in minutes from that day's midnight; an overnight span ends past 1440. */
  readonly weekly: readonly (readonly Span[])[];
  /** Spans that replace a day's rules, keyed by local day number (days since 1970-01-01). */
  readonly exceptions: ReadonlyMap<number, readonly Span[]>;
  readonly validFrom: number;
  readonly validUntil: number;
  /** `false` when the source gave hours but not days. */
  readonly daysStated: boolean;
  /**
   * The weekly rules as one flat list of [start, end) pairs in minutes from Monday 00:00, an
   * overnight Sunday span wrapped to Monday: what the fast open-now check scans.
   */
  readonly week: Int32Array;
}

const WEEK_MIN = 7 * DAY_MIN;

function weekSpans(weekly: readonly (readonly Span[])[]): Int32Array {
  const flat: number[] = [];
  weekly.forEach((spans, d) => {
    for (const [start, end] of spans) {
      const s = d * DAY_MIN + start;
      const e = d * DAY_MIN + end;
      if (e <= WEEK_MIN) flat.push(s, e);
      else flat.push(s, WEEK_MIN, 0, e - WEEK_MIN);
    }
  });
  return Int32Array.from(flat);
}

function toSpan(opens: string, closes: string): Span {
  const start = minutes(opens);
  let end = minutes(closes);
  if (end <= start) end += DAY_MIN;
  return [start, end];
}

const compiledHours = new WeakMap<WeeklyHours, CompiledHours>();

/** Weekly hours as minute spans, worked out once per hours object and kept. */
export function compile(hours: WeeklyHours): CompiledHours {
  let compiled = compiledHours.get(hours);
  if (!compiled) {
    const weekly = weekdays.map((day) => hours.rules.filter((rule) => rule.days.includes(day)).map((rule) => toSpan(rule.opens, rule.closes)));
    compiled = {
      weekly,
      week: weekSpans(weekly),
      exceptions: new Map((hours.exceptions ?? []).map((e) => [dayNumber(e.date), e.spans.map((span: TimeSpan) => toSpan(span.opens, span.closes))])),
      validFrom: hours.validFrom ? dayNumber(hours.validFrom) : -Infinity,
      validUntil: hours.validUntil ? dayNumber(hours.validUntil) : Infinity,
      daysStated: hours.daysStated !== false,
    };
    compiledHours.set(hours, compiled);
  }
  return compiled;
}

/** The spans of one local day, relative to that day's midnight. 1970-01-01 was a Thursday. */
function spansOf(compiled: CompiledHours, day: number): readonly Span[] {
  return compiled.exceptions.get(day) ?? compiled.weekly[(((day + 3) % 7) + 7) % 7]!;
}

function withinValidity(compiled: CompiledHours, day: number): boolean {
  return day >= compiled.validFrom && day <= compiled.validUntil;
}

/** Merged opening intervals from the day before `day` to `day + days`, in local minutes since the epoch. */
function intervals(compiled: CompiledHours, day: number, days: number): [number, number][] {
  const all: [number, number][] = [];
  for (let d = day - 1; d <= day + days; d++) {
    const base = d * DAY_MIN;
    for (const [start, end] of spansOf(compiled, d)) all.push([base + start, base + end]);
  }
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
 * The state of compiled weekly hours at a wall-clock moment `local` (see `wallClock`), without
 * `next`: the fast path that `HotlineDirectory.query` runs for every channel.
 */
export function compiledStateAtLocal(compiled: CompiledHours, local: number): OpenState {
  const day = Math.floor(local / DAY_MS);
  if (day < compiled.validFrom || day > compiled.validUntil) return 'unknown';
  const minute = Math.floor(local / 60_000) - day * DAY_MIN;
  let open = false;
  const { exceptions } = compiled;
  if (exceptions.size > 0 && (exceptions.has(day) || exceptions.has(day - 1))) {
    for (const [start, end] of spansOf(compiled, day)) if (start <= minute && minute < end) open = true;
    // Yesterday's overnight spans reach into today.
    if (!open) for (const [start, end] of spansOf(compiled, day - 1)) if (start <= minute + DAY_MIN && minute + DAY_MIN < end) open = true;
  } else {
    const m = (((day + 3) % 7) + 7) % 7 * DAY_MIN + minute;
    const week = compiled.week;
    for (let i = 0; i < week.length; i += 2) {
      if (week[i]! <= m && m < week[i + 1]!) {
        open = true;
        break;
      }
    }
  }
  if (!open) return 'closed';
  return compiled.daysStated ? 'open' : 'unknown';
}

/** The state of weekly hours at a wall-clock moment `local` (see `wallClock`). */
export function weeklyStateAtLocal(hours: WeeklyHours, local: number): OpenState {
  return compiledStateAtLocal(compile(hours), local);
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
  const compiled = compile(hours);
  const day = Math.floor(local / DAY_MS);
  if (!withinValidity(compiled, day)) return { state, next: null };
  const minute = Math.floor(local / 60_000);
  const horizonEnd = (day + HORIZON_DAYS + 1) * DAY_MIN;
  const toDate = (localMinute: number) => new Date(instantOf(zone, localMinute * 60_000));
  for (const [start, end] of intervals(compiled, day, HORIZON_DAYS)) {
    if (start <= minute && minute < end) return { state, next: end >= horizonEnd ? null : toDate(end) };
    if (start > minute) return { state, next: toDate(start) };
  }
  return { state, next: null };
}
