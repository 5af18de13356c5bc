/**
 * Names, dates and numbers as every element shows them: in the element's own locale (never the
 * browser's), and never throwing: a code the browser cannot name, or a value that is not a date,
 * is shown as it came. One implementation of each, so that two elements never write the same
 * thing two ways.
 */
import { formatPartialDate, languageName as cldrLanguageName, regionName } from './cldr-names.js';

/**
 * A country's name for an ISO 3166-1 code, in `locale`: the shipped CLDR names first (browsers and
 * Android WebViews lack them for kk, ky, uz, tg and tk), then `Intl`, then English; the code itself
 * only when nothing can name it.
 */
export function countryName(code: string, locale: string): string {
  return regionName(code, locale);
}

/** A language's name for a BCP 47 tag, in `locale`, from the same sources as {@link countryName}. */
export function languageName(tag: string, locale: string): string {
  return cldrLanguageName(tag, locale);
}

/** A date as precise as its source gave it (`2021`, `2021-09` or `2021-09-08`), in `locale`'s own words and order; the text as it came when it is not such a date. */
export function partialDate(value: string, locale: string): string {
  return formatPartialDate(value, locale);
}

export { formatNumber } from './number-format.js';

/** Sorts country codes by their names in `locale`, as a person scanning a list expects. */
export function byCountryName(codes: readonly string[], locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
