/**
 * Checks for attribute values that more than one element takes. Each returns the usable value, or
 * `undefined` when there is none; the element then reports a `SafeAttributeError` and falls back.
 */

/** `value` as a country code, by the SDK's one rule (see `countryCode` there). */
export { countryCode } from '../../sdk/rules.js';

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
