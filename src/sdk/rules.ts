/**
 * Rules that more than one part of the kit applies (the data schemas, the report client, the
 * hotline loader and the widgets), written once each so that they can never disagree.
 */

/** An ISO 3166-1 alpha-2 code in capitals, by its form only. */
export const countryCodePattern = /^[A-Z]{2}$/;

/** A Telegram username without `@`: a letter, then letters, digits or `_`, 4–32 in all (collectible names may be 4 long). */
export const telegramUsernamePattern = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/** Well-formed codes that name no country: user-assigned (AA, QM–QZ, XA–XZ but XK), unknown (ZZ), groups (EU, EZ, UN). */
const notCountries = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

let regionNames: Intl.DisplayNames | null | undefined;

/**
 * `value` as an ISO 3166-1 alpha-2 country code in capitals (`kz` and ` KZ ` become `KZ`), or
 * `undefined` when it is not one. Assigned codes are told from unassigned ones by the platform's
 * own region names; a platform without `Intl.DisplayNames` checks the form only.
 */
export function countryCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!countryCodePattern.test(code) || notCountries.test(code)) return undefined;
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

/** A Telegram username from `name`, `@name` or `https://t.me/name`, without `@`; `undefined` when it is not one. */
export function telegramUsername(value: string): string | undefined {
  const name = value.trim().replace(/^(?:https:\/\/t\.me\/|@)/, '');
  return telegramUsernamePattern.test(name) ? name : undefined;
}

/**
 * Whether data may be sent to or loaded from `url`: `secure` for `https:` or plain `http:` to this
 * machine (`localhost`, `127.0.0.1`, `[::1]`), `insecure` for plain `http:` to another machine,
 * `not-web` for any other scheme (`javascript:`, `data:`, `file:`…). A relative address is
 * `secure`: it resolves against the page, and the page's own scheme applies, as `fetch` does.
 */
export function transportSecurity(url: string): 'secure' | 'insecure' | 'not-web' {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'secure';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'not-web';
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return parsed.protocol === 'http:' && !local ? 'insecure' : 'secure';
}

/**
 * The `tel:` link for a number as it is dialled or printed (`102`, `+7 495 967-98-44`): only its
 * digits and a leading `+` are kept, so that spaces, brackets and hyphens never reach the dialler.
 */
export function telHref(number: string): string {
  const trimmed = number.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
