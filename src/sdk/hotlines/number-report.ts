/**
 * "This number did not work": what a person can send to the site's maintainers about one number,
 * and the link that carries it over a channel the site configured (an e-mail address, an https
 * address or a Telegram username). Nothing is sent by the SDK and nothing by default: the widget
 * shows `NumberReport` to the person, and only their tap on the link sends anything.
 */
import * as z from 'zod/mini';
import { NumberReportChannelError } from './errors.js';
import type { Channel, Hotline } from './schema.js';
import { contactText } from './contact-links.js';

/** The channel a site configured for reports about numbers; absent means the finder offers none. */
export type NumberReportChannel =
  | { readonly kind: 'mailto'; readonly address: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'telegram'; readonly username: string };

/** Exactly what would be sent, field by field, so the person can read it before sending. */
export interface NumberReport {
  readonly what: 'number-did-not-work';
  /** The entry's id in the data. */
  readonly entryId: string;
  /** The number or address as the person saw it. */
  readonly number: string;
  /** Its index in the entry's channels. */
  readonly channel: number;
  /** The day the person reports it, `YYYY-MM-DD` in UTC (no time: less to identify them by). */
  readonly date: string;
  /** The `reviewed` date of the data the person saw. */
  readonly dataReviewed: string;
}

/** A link that carries a report, and the text it carries (for a channel that cannot pre-fill it, the text to paste). */
export interface NumberReportLink {
  readonly href: string;
  readonly text: string;
  /** `false` when the channel cannot carry the text itself (Telegram): show `text` to copy. */
  readonly prefilled: boolean;
}

const mailtoSchema = z.string().check(z.maxLength(254), z.regex(/^[^\s@<>()[\]\\,;:"?&]+@[^\s@<>()[\]\\,;:"?&]+\.[^\s@<>()[\]\\,;:"?&]+$/));
const httpsSchema = z.string().check(z.maxLength(2000), z.regex(/^https:\/\/[^\s/$.?#][^\s#]*$/i));
const telegramSchema = z.string().check(z.regex(/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/));

/** Checks a site's report channel; throws `NumberReportChannelError` (`hotline/report-channel-invalid`). */
export function checkNumberReportChannel(channel: NumberReportChannel): NumberReportChannel {
  switch (channel.kind) {
    case 'mailto':
      if (!mailtoSchema.safeParse(channel.address).success) throw new NumberReportChannelError(`"${channel.address}" is not an e-mail address`);
      return channel;
    case 'url':
      if (!httpsSchema.safeParse(channel.url).success) throw new NumberReportChannelError(`"${channel.url}" is not an https address`);
      return channel;
    case 'telegram':
      if (!telegramSchema.safeParse(channel.username).success) throw new NumberReportChannelError(`"${channel.username}" is not a Telegram username (5 to 32 letters, digits or _)`);
      return { kind: 'telegram', username: channel.username.replace(/^@/, '') };
    default:
      throw new NumberReportChannelError('the report channel must be mailto, url or telegram');
  }
}

/** What a report about channel `index` of `hotline` would say, on the day of `at` (default now). */
export function numberReport(hotline: Pick<Hotline, 'id' | 'channels'>, index: number, dataReviewed: string, at: Date = new Date()): NumberReport {
  const channel: Channel | undefined = hotline.channels[index];
  if (!channel) throw new RangeError(`${hotline.id} has no channel ${index}`);
  return { what: 'number-did-not-work', entryId: hotline.id, number: contactText(channel), channel: index, date: at.toISOString().slice(0, 10), dataReviewed };
}

/** The report as plain `key: value` lines: what the person reads and what the maintainers receive. */
export function numberReportText(report: NumberReport): string {
  return [`what: ${report.what}`, `entry: ${report.entryId}`, `number: ${report.number}`, `channel: ${report.channel}`, `date: ${report.date}`, `data reviewed: ${report.dataReviewed}`].join('\n');
}

/**
 * The link that sends `report` over the site's channel once the person taps it: a `mailto:` with
 * subject and body, the site's https address with the fields as query parameters, or the Telegram
 * account (`https://t.me/…`), whose chat the person pastes the text into.
 */
export function numberReportLink(report: NumberReport, channel: NumberReportChannel): NumberReportLink {
  const checked = checkNumberReportChannel(channel);
  const text = numberReportText(report);
  switch (checked.kind) {
    case 'mailto': {
      const subject = encodeURIComponent(`Number did not work: ${report.entryId}`);
      return { href: `mailto:${checked.address}?subject=${subject}&body=${encodeURIComponent(text)}`, text, prefilled: true };
    }
    case 'url': {
      const url = new URL(checked.url);
      url.searchParams.set('what', report.what);
      url.searchParams.set('entry', report.entryId);
      url.searchParams.set('number', report.number);
      url.searchParams.set('channel', String(report.channel));
      url.searchParams.set('date', report.date);
      url.searchParams.set('reviewed', report.dataReviewed);
      return { href: url.href, text, prefilled: true };
    }
    case 'telegram':
      return { href: `https://t.me/${checked.username}`, text, prefilled: false };
  }
}
