/**
 * Country, language, month and weekday names in the reader's language. `Intl` is used only where
 * this runtime really has the locale; otherwise the names come from the CLDR data shipped in
 * cldr/<locale>.ts (browsers and Android WebViews often lack kk, ky, uz, uz-Cyrl, tg and tk, and then
 * print "2019 M02 18", bare codes or English names).
 *
 * English, the fallback, is here from the start; every other locale's data is fetched when an
 * element first shows that language (`loadCldrNames`, `cldrNamesFor`), so that a page pays for the
 * names of its own language and not of all eight (issue 19). Until they have come, that locale's
 * names and dates are written as English ones are.
 */
import { cldrLoaders } from './cldr-data.js';
import type { CldrLocale, CldrLocaleData } from './cldr-data.js';
import { data as english } from './cldr/en.js';
import { loadOnce } from '../localization.js';

export type { CldrLocale } from './cldr-data.js';

/** The shipped locale that serves `locale` ("uz-Latn" → "uz", "ru-KZ" → "ru"); English when none does. */
export function cldrLocale(locale: string): CldrLocale {
  const tag = locale.replace(/_/g, '-');
  const [language = '', ...rest] = tag.split('-');
  if (language.toLowerCase() === 'uz' && rest.some((p) => p.toLowerCase() === 'cyrl')) return 'uz-Cyrl';
  const lang = language.toLowerCase();
  return lang in cldrLoaders ? (lang as CldrLocale) : 'en';
}

const loaded = new Map<CldrLocale, CldrLocaleData>([['en', english]]);
const loaders = new Map<CldrLocale, () => Promise<void>>();

/**
 * Fetches the shipped names and date pieces of `locale` once per page; resolves when they are here
 * (at once for English, or a locale served by English). A failed fetch (a dropped connection) is
 * forgotten, so the next call fetches again.
 */
export function loadCldrNames(locale: string): Promise<void> {
  const l = cldrLocale(locale);
  if (l === 'en' || loaded.has(l)) return Promise.resolve();
  let load = loaders.get(l);
  if (!load) {
    load = loadOnce(() => cldrLoaders[l]().then((module) => void loaded.set(l, module.data)));
    loaders.set(l, load);
  }
  return load();
}

/**
 * Whether the names of `locale` are here. When they are not, fetches them and calls `arrived` once
 * they have come, for an element to render again; a failed fetch is reported and tried again on
 * the next call.
 */
export function cldrNamesFor(locale: string, arrived: () => void): boolean {
  if (loaded.has(cldrLocale(locale))) return true;
  loadCldrNames(locale).then(arrived, (error: unknown) => console.error(`The names of ${locale} could not be loaded; English ones are shown`, error));
  return false;
}

/** The data of `locale`, or English's until it has come. */
function dataOf(locale: CldrLocale): CldrLocaleData {
  return loaded.get(locale) ?? english;
}

const probe = new Date(Date.UTC(2019, 1, 18, 12));
const nativeDates = new Map<CldrLocale, boolean>();
const nativeNames = new Map<string, Intl.DisplayNames | null>();

/** Whether this runtime's Intl writes real month names for the locale, not "M02" or another language's. */
export function runtimeHasDates(locale: CldrLocale): boolean {
  let known = nativeDates.get(locale);
  // Not known before the shipped data has come to compare with: English is written meanwhile.
  if (known === undefined && !loaded.has(locale)) return false;
  if (known === undefined) {
    known = false;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length) {
        const parts = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(probe);
        const month = parts.find((p) => p.type === 'month')?.value ?? '';
        known = dataOf(locale).monthsFormat[1] === month.toLowerCase() || dataOf(locale).monthsFormat[1] === month;
      }
    } catch {
      known = false;
    }
    nativeDates.set(locale, known);
  }
  return known;
}

/** Intl.DisplayNames for the locale when the runtime really has its names (probed with Germany and German). */
function displayNames(locale: CldrLocale, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${locale}/${type}`;
  if (!loaded.has(locale)) return null;
  if (!nativeNames.has(key)) {
    let names: Intl.DisplayNames | null = null;
    try {
      const candidate = new Intl.DisplayNames([locale], { type, fallback: 'none' });
      const [code, expected] = type === 'region' ? ['DE', dataOf(locale).regions['DE']] : ['de', dataOf(locale).languages['de']];
      if (Intl.DisplayNames.supportedLocalesOf([locale]).length && candidate.of(code) === expected) names = candidate;
    } catch {
      names = null;
    }
    nativeNames.set(key, names);
  }
  return nativeNames.get(key) ?? null;
}

function name(locale: string, code: string, type: 'region' | 'language'): string {
  const l = cldrLocale(locale);
  const data = dataOf(l);
  const shipped = type === 'region' ? data.regions[code] : data.languages[code];
  if (shipped) return shipped;
  let native: string | undefined;
  try {
    native = displayNames(l, type)?.of(code);
  } catch {
    // Not a well-formed code: Intl.DisplayNames throws a RangeError; the code is shown as given.
  }
  if (native) return native;
  return (type === 'region' ? english.regions[code] : english.languages[code]) ?? code;
}

/**
 * A country's name ("KZ" → "Қазақстан" in kk). Shipped CLDR names first, so every runtime writes the
 * same words; a code outside the shipped list uses Intl where it has the locale, then English, then
 * the code.
 */
export function regionName(code: string, locale: string): string {
  return name(locale, code.toUpperCase(), 'region');
}

/** A language's name ("km" → "кхмер тілі" in kk), in the same order of sources as regionName. */
export function languageName(code: string, locale: string): string {
  return name(locale, code.toLowerCase(), 'language');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One `Intl.DateTimeFormat` per locale and kind, made on first use: creating one costs far more than
 * formatting with it, and the finder's first screen writes a date or a time for every line.
 */
function formatter(locale: CldrLocale, kind: 'day' | 'month' | 'weekday-time' | 'weekday-time-utc'): Intl.DateTimeFormat {
  const key = `${locale}/${kind}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : kind === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(kind === 'weekday-time-utc' ? { timeZone: 'UTC' } : {}) };
    formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Fills a CLDR date pattern; only the fields our patterns use (y, M/L, d, E, H, m and quoted text). */
function fill(pattern: string, data: CldrLocaleData, f: { year: number; month: number; day: number; weekday: number; hour: number; minute: number }): string {
  return pattern.replace(/'([^']*)'|y+|M+|L+|d+|E+|H+|m+/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    switch (token[0]) {
      case 'y':
        return token.length === 2 ? pad(f.year % 100) : String(f.year);
      case 'M':
        return token.length >= 4 ? data.monthsFormat[f.month]! : token.length === 2 ? pad(f.month + 1) : String(f.month + 1);
      case 'L':
        return token.length >= 4 ? data.monthsStandalone[f.month]! : token.length === 2 ? pad(f.month + 1) : String(f.month + 1);
      case 'd':
        return token.length === 2 ? pad(f.day) : String(f.day);
      case 'E':
        return token.length >= 4 ? data.weekdaysWide[f.weekday]! : data.weekdaysShort[f.weekday]!;
      case 'H':
        return token.length === 2 ? pad(f.hour) : String(f.hour);
      default:
        return pad(f.minute);
    }
  });
}

function fields(date: Date, utc: boolean) {
  return utc
    ? { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(), weekday: date.getUTCDay(), hour: date.getUTCHours(), minute: date.getUTCMinutes() }
    : { year: date.getFullYear(), month: date.getMonth(), day: date.getDate(), weekday: date.getDay(), hour: date.getHours(), minute: date.getMinutes() };
}

/**
 * A calendar day ("18 ақпан 2019" in the locale's own order and words). Read in UTC: the data's
 * dates are days, not instants.
 */
export function formatDay(date: Date, locale: string): string {
  const l = cldrLocale(locale);
  if (runtimeHasDates(l)) return formatter(l, 'day').format(date);
  return formatDayCldr(date, l);
}

/** formatDay from the shipped CLDR data alone, whatever the runtime has. */
export function formatDayCldr(date: Date, locale: string): string {
  const l = cldrLocale(locale);
  return fill(dataOf(l).dayPattern, dataOf(l), fields(date, true));
}

/** A month of a year ("ақпан 2019"), read in UTC like formatDay. */
export function formatMonth(date: Date, locale: string): string {
  const l = cldrLocale(locale);
  if (runtimeHasDates(l)) return formatter(l, 'month').format(date);
  return formatMonthCldr(date, l);
}

/** formatMonth from the shipped CLDR data alone. */
export function formatMonthCldr(date: Date, locale: string): string {
  const l = cldrLocale(locale);
  return fill(dataOf(l).monthPattern, dataOf(l), fields(date, true));
}

/**
 * A date as precise as its source gave it (`2021`, `2021-09` or `2021-09-08`); anything else is
 * returned as written.
 */
export function formatPartialDate(value: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
  return d ? formatDay(date, locale) : m ? formatMonth(date, locale) : String(Number(y));
}

/** A weekday and a 24-hour time ("сс 09:00"), in the runtime's time zone unless `timeZone: 'UTC'`. */
export function formatWeekdayTime(date: Date, locale: string, options: { timeZone?: 'UTC' } = {}): string {
  const l = cldrLocale(locale);
  const utc = options.timeZone === 'UTC';
  if (runtimeHasDates(l)) return formatter(l, utc ? 'weekday-time-utc' : 'weekday-time').format(date);
  return formatWeekdayTimeCldr(date, l, options);
}

/** formatWeekdayTime from the shipped CLDR data alone. */
export function formatWeekdayTimeCldr(date: Date, locale: string, options: { timeZone?: 'UTC' } = {}): string {
  const l = cldrLocale(locale);
  return fill(dataOf(l).weekdayTimePattern, dataOf(l), fields(date, options.timeZone === 'UTC'));
}

/** A weekday's name, 0 = Sunday; `short` is CLDR's abbreviated form ("сс"), `wide` the full one. */
export function weekdayName(day: number, locale: string, width: 'short' | 'wide' = 'wide'): string {
  const data = dataOf(cldrLocale(locale));
  return (width === 'short' ? data.weekdaysShort : data.weekdaysWide)[((day % 7) + 7) % 7]!;
}

/** A month's name, 0 = January: `format` as inside a date ("февраля"), `standalone` on its own ("февраль"). */
export function monthName(month: number, locale: string, form: 'format' | 'standalone' = 'standalone'): string {
  const data = dataOf(cldrLocale(locale));
  return (form === 'format' ? data.monthsFormat : data.monthsStandalone)[((month % 12) + 12) % 12]!;
}
