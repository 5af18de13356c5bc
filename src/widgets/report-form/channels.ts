/**
 * The site's fallback channels (`telegram`, `email`, `phone` attributes), checked before they become
 * links. A value that does not look right is left out, with a warning in the console, rather than
 * turned into a link that goes somewhere unexpected.
 */

/** A fallback channel the form can offer, ready to be a link. */
export interface FallbackChannel {
  kind: 'telegram' | 'email' | 'phone';
  /** What the person sees: the username, address or number as the site wrote it. */
  label: string;
  /** The link, without the report's text. */
  href: string;
}

const telegramName = /^(?:https:\/\/t\.me\/|@)?([A-Za-z][A-Za-z0-9_]{4,31})$/;
const emailAddress = /^[^\s@<>"',;:]+@[^\s@<>"',;:]+\.[^\s@<>"',;:]+$/;
const phoneNumber = /^\+?[0-9][0-9 ()-]{1,22}[0-9]$/;

/** Turns the three attributes into the channels that can be offered, in a fixed order. */
export function fallbackChannels(values: { telegram?: string; email?: string; phone?: string }): FallbackChannel[] {
  const channels: FallbackChannel[] = [];
  const telegram = values.telegram?.trim();
  if (telegram) {
    const name = telegram.match(telegramName)?.[1];
    if (name) channels.push({ kind: 'telegram', label: `@${name}`, href: `https://t.me/${name}` });
    else console.warn(`<safe-report-form>: telegram="${telegram}" is not a Telegram username; it is not offered`);
  }
  const email = values.email?.trim();
  if (email) {
    if (emailAddress.test(email)) channels.push({ kind: 'email', label: email, href: `mailto:${email}` });
    else console.warn(`<safe-report-form>: email="${email}" is not an email address; it is not offered`);
  }
  const phone = values.phone?.trim();
  if (phone) {
    if (phoneNumber.test(phone)) channels.push({ kind: 'phone', label: phone, href: `tel:${phone.replace(/[^+0-9]/g, '')}` });
    else console.warn(`<safe-report-form>: phone="${phone}" is not a phone number; it is not offered`);
  }
  return channels;
}

/** The longest `mailto:` link the form builds with the report in it; longer reports are pasted by hand. */
export const MAILTO_LIMIT = 1800;

/** A `mailto:` link with a subject, and the report as its body when the link stays short enough. */
export function mailtoWithReport(address: string, subject: string, body: string): { href: string; hasBody: boolean } {
  const base = `mailto:${address}?subject=${encodeURIComponent(subject)}`;
  const withBody = `${base}&body=${encodeURIComponent(body)}`;
  return withBody.length <= MAILTO_LIMIT ? { href: withBody, hasBody: true } : { href: base, hasBody: false };
}
