/**
 * Rules that more than one part of the kit applies (the data schemas, the report client, the
 * hotline loader and the widgets), written once each so that they can never disagree.
 */

/** An ISO 3166-1 alpha-2 code in capitals, by its form only. */
export const countryCodePattern = /^[A-Z]{2}$/;

/** A Telegram username without `@`: a letter, then letters, digits or `_`, 4–32 in all (collectible names may be 4 long). */
export const telegramUsernamePattern = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/**
 * An e-mail address, by its form only: one `@`, a dot after it, and none of the characters that
 * would end or extend a `mailto:` link (`?`, `#`, `,`, `;`), quote it, or hide in it (spaces, `<>`).
 */
export const emailAddressPattern = /^[^\s@<>()[\]\\,;:"'?#]+@[^\s@<>()[\]\\,;:"'?#]+\.[^\s@<>()[\]\\,;:"'?#]+$/;

/** A number as a phone dials it from anywhere: `+` and the E.164 digits (7–15, no leading zero). */
export const internationalDialPattern = /^\+[1-9]\d{6,14}$/;

/** A phone number as people write it (`+7 700 000-00-00`, `0312 61-18-18`, `102`): digits, spaces, brackets and hyphens, with an optional leading `+`. */
export const phoneNumberPattern = /^\+?[0-9][0-9 ()-]{1,22}[0-9]$/;

/**
 * Every code CLDR 48 names as a region, as `Intl.DisplayNames` in Chromium and Node 20 names them:
 * the ISO 3166-1 alpha-2 countries and territories, the exceptionally reserved (AC, EA, IC, TA …)
 * and the transitionally reserved former codes (SU, YU, CS …), and Kosovo's XK; not the
 * user-assigned codes (AA, QM–QZ, XA–XZ but XK), ZZ or the groups (EU, EZ, UN). One bit per code
 * from AA to ZZ (bit `(first − A) × 26 + (second − A)`, lowest bit first), in base64;
 * test/sdk/country-code.node.test.ts holds it to `Intl.DisplayNames`. A list, not `Intl.DisplayNames`:
 * creating one loads the platform's region names, which cost a slow phone about 0.2 s before the
 * finder's first call button (issue 19), and platforms differ.
 */
const assignedCodes = 'fHnf7u/93d5/P5YVwNUADgBcCbKf+xUAjQ4ceA9AQAMAHSv0QYFP/fz/1ydLCAABQDyPUwEAAEACUfH953u7v5pBFAR3hUAAAkAAAAEAGAAYBEAIAQ==';

let assigned: Uint8Array | undefined;

/**
 * `value` as an ISO 3166-1 alpha-2 country code in capitals (`kz` and ` KZ ` become `KZ`), or
 * `undefined` when it is not one (its form, or a code that names no country).
 */
export function countryCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!countryCodePattern.test(code)) return undefined;
  assigned ??= Uint8Array.from(atob(assignedCodes), (c) => c.charCodeAt(0));
  const bit = (code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65;
  return (assigned[bit >> 3]! >> (bit & 7)) & 1 ? code : undefined;
}

/** A Telegram username from `name`, `@name` or `https://t.me/name`, without `@`; `undefined` when it is not one. */
export function telegramUsername(value: string): string | undefined {
  const name = value.trim().replace(/^(?:https:\/\/t\.me\/|@)/, '');
  return telegramUsernamePattern.test(name) ? name : undefined;
}

/** `value` as an e-mail address (trimmed), or `undefined` when it is not one. */
export function emailAddress(value: string): string | undefined {
  const address = value.trim();
  return address.length <= 254 && emailAddressPattern.test(address) ? address : undefined;
}

/**
 * `value`, a phone number written in international form (`+996 555 123-456`), as a phone dials it
 * (`+996555123456`); `undefined` when it is not one (a national or short number cannot be reached
 * from abroad, nor opened in WhatsApp).
 */
export function internationalNumber(value: string): string | undefined {
  const number = value.trim();
  if (!number.startsWith('+') || !phoneNumberPattern.test(number)) return undefined;
  const dial = `+${number.replace(/\D/g, '')}`;
  return internationalDialPattern.test(dial) ? dial : undefined;
}

/** The link that opens a Telegram username's chat; Telegram cannot fill in a message to a username. */
export function telegramHref(username: string): string {
  return `https://t.me/${username}`;
}

/** The link that opens a WhatsApp chat with a number in international form, with `text` typed in when given. */
export function whatsappHref(dial: string, text = ''): string {
  const base = `https://wa.me/${dial.replace(/\D/g, '')}`;
  return text ? `${base}?text=${encodeURIComponent(text)}` : base;
}

/** A `mailto:` link, with a subject and a body when given (each URL-encoded, spaces as `%20`). */
export function mailtoHref(address: string, fields: { subject?: string; body?: string } = {}): string {
  const query = (['subject', 'body'] as const)
    .filter((name) => fields[name])
    .map((name) => `${name}=${encodeURIComponent(fields[name]!)}`)
    .join('&');
  return `mailto:${address}${query ? `?${query}` : ''}`;
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
