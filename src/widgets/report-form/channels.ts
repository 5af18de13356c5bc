/**
 * The site's fallback channels (`telegram`, `email`, `phone` attributes), checked before they become
 * links. A value that does not look right is left out (the form reports it to the developer),
 * rather than turned into a link that goes somewhere unexpected.
 */
import { emailAddress, mailtoHref, phoneNumberPattern, telHref, telegramHref, telegramUsername } from '../../sdk/rules.js';

/** A fallback channel the form can offer, ready to be a link. */
export interface FallbackChannel {
  kind: 'telegram' | 'email' | 'phone';
  /** What the person sees: the username, address or number as the site wrote it. */
  label: string;
  /** The link, without the report's text. */
  href: string;
}

/** The Telegram channel for a username (`name`, `@name` or `https://t.me/name`), or `undefined` when it is not one. */
export function telegramChannel(value: string): FallbackChannel | undefined {
  const name = telegramUsername(value);
  return name ? { kind: 'telegram', label: `@${name}`, href: telegramHref(name) } : undefined;
}

/** The email channel for an address, or `undefined` when it is not one. */
export function emailChannel(value: string): FallbackChannel | undefined {
  const email = emailAddress(value);
  return email ? { kind: 'email', label: email, href: mailtoHref(email) } : undefined;
}

/** The phone channel for a number, or `undefined` when it is not one. */
export function phoneChannel(value: string): FallbackChannel | undefined {
  const phone = value.trim();
  return phoneNumberPattern.test(phone) ? { kind: 'phone', label: phone, href: telHref(phone) } : undefined;
}

/** Turns the three attributes into the channels that can be offered, in a fixed order; a value that does not look right is left out. */
export function fallbackChannels(values: { telegram?: string; email?: string; phone?: string }): FallbackChannel[] {
  return [telegramChannel(values.telegram ?? ''), emailChannel(values.email ?? ''), phoneChannel(values.phone ?? '')].filter(
    (channel): channel is FallbackChannel => channel !== undefined,
  );
}

/** The longest `mailto:` link the form builds with the report in it; longer reports are pasted by hand. */
export const MAILTO_LIMIT = 1800;

/** A `mailto:` link with a subject, and the report as its body when the link stays short enough. */
export function mailtoWithReport(address: string, subject: string, body: string): { href: string; hasBody: boolean } {
  const base = mailtoHref(address, { subject });
  const withBody = mailtoHref(address, { subject, body });
  return withBody.length <= MAILTO_LIMIT ? { href: withBody, hasBody: true } : { href: base, hasBody: false };
}
