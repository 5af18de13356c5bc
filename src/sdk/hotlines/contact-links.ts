/**
 * Links that open a channel in the app that handles it, and a vCard so that a line survives going
 * offline. Every link is built from a validated channel; nothing here reaches the network.
 */
import type { Channel, Hotline } from './schema.js';
import { pickLocalized } from './localized.js';
import { mailtoHref, telHref, telegramHref, whatsappHref } from '../rules.js';

export { pickLocalized } from './localized.js';
export { telHref } from '../rules.js';

/** The platform a link is for, where platforms disagree (`sms:` bodies). */
export type LinkPlatform = 'ios' | 'android' | 'other';

/** Options for `contactHref`. */
export interface ContactHrefOptions {
  /**
   * Text to put in an SMS, only for `sms` channels and only when `platform` is `ios` or `android`:
   * iOS reads `sms:NUMBER&body=`, Android `sms:NUMBER?body=`, and Apple advises against bodies at all.
   */
  smsBody?: string;
  platform?: LinkPlatform;
}

/**
 * The link that opens a channel, or `undefined` when the channel has no dialable number (its printed
 * form, such as `800SAVE`, is shown and copied instead).
 * - phone: `tel:` with the international form when known (`tel:+74959679844`), else the short code
 * - sms: `sms:` with the same number
 * - whatsapp: `https://wa.me/<digits>`, only for a number in international form
 * - viber: `viber://chat?number=%2B<digits>`, only for a number in international form
 * - telegram: `https://t.me/<username>`
 * - email: `mailto:<address>`
 * - web-chat, website: the address itself
 */
export function contactHref(channel: Channel, options: ContactHrefOptions = {}): string | undefined {
  switch (channel.type) {
    case 'phone':
      return channel.dial ? telHref(channel.dial) : undefined;
    case 'sms': {
      if (!channel.dial) return undefined;
      const body = options.smsBody ? encodeURIComponent(options.smsBody) : '';
      if (body && options.platform === 'ios') return `sms:${channel.dial}&body=${body}`;
      if (body && options.platform === 'android') return `sms:${channel.dial}?body=${body}`;
      return `sms:${channel.dial}`;
    }
    case 'whatsapp':
      return channel.dial?.startsWith('+') ? whatsappHref(channel.dial) : undefined;
    case 'viber':
      return channel.dial?.startsWith('+') ? `viber://chat?number=%2B${channel.dial.slice(1)}` : undefined;
    case 'telegram':
      return telegramHref(channel.username);
    case 'email':
      return mailtoHref(channel.address);
    case 'web-chat':
    case 'website':
      return channel.url;
  }
}

/** The text a person copies for a channel: the number as printed, the username, the address or the URL. */
export function contactText(channel: Channel): string {
  switch (channel.type) {
    case 'phone':
    case 'sms':
    case 'whatsapp':
    case 'viber':
      return channel.printed;
    case 'telegram':
      return `@${channel.username}`;
    case 'email':
      return channel.address;
    case 'web-chat':
    case 'website':
      return channel.url;
  }
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** Folds a content line at 75 octets, as RFC 6350 asks, without splitting a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Options for `toVCard`. */
export interface VCardOptions {
  /** The language for names (default `en`). */
  locale?: string;
  /** A note to store with the contact, already in the person's language (say, "last confirmed 2024-03"). */
  note?: string;
  /**
   * The name the person chose to save the contact under. When given, the card holds that name, the
   * ways to reach the line and the note, but no organisation or website, because anyone who opens
   * the phone's contacts may read it; a blank name counts as not given.
   */
  name?: string;
}

/**
 * A vCard 3.0 (the version every phone imports) for a hotline: its name and organisation, each
 * number that can be dialled, its Telegram, e-mail and web addresses, and an optional note. Turn it
 * into a `data:text/vcard` link to let a person save it without any request leaving the page.
 */
export function toVCard(hotline: Hotline, options: VCardOptions = {}): string {
  const locale = options.locale ?? 'en';
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const chosen = options.name?.trim();
  lines.push(`FN:${escapeText(chosen || pickLocalized(hotline.name, locale))}`);
  if (chosen) lines.push(`N:;${escapeText(chosen)};;;`);
  else lines.push(`ORG:${escapeText(pickLocalized(hotline.organization.name, locale))}`);
  const seen = new Set<string>();
  for (const channel of hotline.channels) {
    let line: string | undefined;
    switch (channel.type) {
      case 'phone':
        if (channel.dial) line = `TEL;TYPE=VOICE:${channel.dial}`;
        break;
      case 'sms':
        if (channel.dial) line = `TEL;TYPE=TEXT:${channel.dial}`;
        break;
      case 'whatsapp':
      case 'viber':
        if (channel.dial) line = `TEL;TYPE=CELL:${channel.dial}`;
        break;
      case 'telegram':
        line = `URL:${telegramHref(channel.username)}`;
        break;
      case 'email':
        line = `EMAIL;TYPE=INTERNET:${channel.address}`;
        break;
      case 'web-chat':
      case 'website':
        if (!chosen) line = `URL:${channel.url}`;
        break;
    }
    if (line && !seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  if (hotline.organization.website && !chosen) {
    const line = `URL:${hotline.organization.website}`;
    if (!seen.has(line)) lines.push(line);
  }
  if (options.note) lines.push(`NOTE:${escapeText(options.note)}`);
  lines.push('END:VCARD');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A `data:` URL of a vCard, for an `<a download>` that saves the contact with no network request. */
export function vCardDataUrl(vcard: string): string {
  return `data:text/vcard;charset=utf-8,${encodeURIComponent(vcard)}`;
}
