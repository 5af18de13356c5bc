/**
 * Names, dates and numbers as every element shows them: in the element's own locale (never the
 * browser's), and never throwing: a code the browser cannot name, or a value that is not a date,
 * is shown as it came. One implementation of each, so that two elements never write the same
 * thing two ways.
 */

/** A country's name for an ISO 3166-1 code, in `locale` (English when the browser lacks it); the code itself when the browser cannot name it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name for a BCP 47 tag, in `locale` (English when the browser lacks it); the tag itself when the browser cannot name it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A date as precise as its source gave it (`2021`, `2021-09` or `2021-09-08`), in `locale`; the text as it came when it is not such a date. */
export function partialDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return value;
  }
}

/** A whole number in `locale` ("10 000" in Russian, "10,000" in English). */
export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/** Sorts country codes by their names in `locale`, as a person scanning a list expects. */
export function byCountryName(codes: readonly string[], locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
