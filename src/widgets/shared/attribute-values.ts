/**
 * Checks for attribute values that more than one element takes. Each returns the usable value, or
 * `undefined` when there is none; the element then reports a `SafeAttributeError` and falls back.
 */

/** Well-formed codes that name no country: user-assigned (AA, QM–QZ, XA–XZ but XK), unknown (ZZ), groups (EU, EZ, UN). */
const notCountries = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

let regionNames: Intl.DisplayNames | null | undefined;

/**
 * `value` as an ISO 3166-1 alpha-2 country code in capitals (`kz` and ` KZ ` become `KZ`), or
 * `undefined` when it is not one. Assigned codes are told from unassigned ones by the browser's own
 * region names; a browser without `Intl.DisplayNames` checks the form only.
 */
export function countryCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || notCountries.test(code)) return undefined;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regionNames = null;
    }
  }
  if (regionNames && regionNames.of(code) === undefined) return undefined;
  return code;
}

/**
 * `value` as an absolute `http:` or `https:` address (a relative one is resolved against the page),
 * or `undefined` for any other scheme (`javascript:`, `data:`, `file:`…) or text that is not an address.
 */
export function webAddress(value: string): string | undefined {
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The converter of every text attribute: a removed attribute reads as the empty string ("not set",
 * so the default applies), never as `null`, which no element's code expects.
 */
export const textAttribute = {
  fromAttribute: (value: string | null): string => value ?? '',
};
