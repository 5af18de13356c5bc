/**
 * Numbers as every element writes them, in a module of its own: the names and dates of formats.ts
 * bring the shipped CLDR data (about 5 KB gzip), which an element that only counts does not need.
 */

/** A whole number in `locale` ("10 000" in Russian, "10,000" in English). */
export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}
