/**
 * Words that more than one element shows, one text each, so that the same service or channel
 * never has two names on one page. Every string goes through `msg()`, so each is called when an
 * element renders, in the locale in force then.
 */
import { msg } from '@lit/localize';
import type { ContactChannel } from '../../sdk/report/schema.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChannelType, EmergencyService, LocalizedText } from '../../sdk/hotlines/schema.js';
import { localizedOnly } from '../../sdk/hotlines/localized.js';

/** What an emergency number reaches. */
export function emergencyServiceName(service: EmergencyService): string {
  switch (service) {
    case 'general':
      return msg('Emergency (all services)');
    case 'police':
      return msg('Police');
    case 'ambulance':
      return msg('Ambulance');
    case 'fire':
      return msg('Fire service');
    case 'gas':
      return msg('Gas emergency');
  }
}

/** A way to get in touch: a hotline's channel, or how a person who reports wants to be contacted. Brand names stay as they are. */
export function channelName(channel: ChannelType | ContactChannel): string {
  switch (channel) {
    case 'phone':
      return msg('Phone call');
    case 'sms':
      return msg('Text message (SMS)');
    case 'whatsapp':
      return 'WhatsApp';
    case 'telegram':
      return 'Telegram';
    case 'viber':
      return 'Viber';
    case 'signal':
      return 'Signal';
    case 'email':
      return msg('Email');
    case 'web-chat':
      return msg('Web chat');
    case 'website':
      return msg('Website');
  }
}

/**
 * A label from the data (a channel's "Press 4, then choose your language", an emergency number's
 * "Not an emergency") for a reader of `locale`: the data's own words when it has them in that
 * language; otherwise `generic`, in the reader's language, with the data's words after it marked as
 * the language they are in, since an instruction or a name must not be lost for want of a
 * translation. `generic` is empty where the element already names what the label is about.
 */
export function dataLabel(label: LocalizedText, locale: string, generic: string): TemplateResult | string {
  const own = localizedOnly(label, locale);
  if (own !== undefined) return own;
  const language = label.en !== undefined ? 'en' : Object.keys(label)[0]!;
  const quoted = html`<span lang=${language}>${label[language]}</span>`;
  return generic ? html`${generic} (${quoted})` : quoted;
}

/**
 * The words of each emergency-number label in the bundled data, for readers whose language the
 * data lacks: these labels say when or how a number applies ("From a mobile phone"), so a reader
 * of Kazakh must not meet them in English. Keyed by the data's English text; a label that is not
 * here (a new one, or one from a site's own `src` file) falls back to `dataLabel`.
 */
function knownEmergencyLabel(english: string | undefined): string | undefined {
  switch (english) {
    case 'From a mobile phone':
      return msg('From a mobile phone');
    case 'Not an emergency':
      return msg('Not an emergency');
    case 'Interpreters: English and Chinese':
      return msg('Interpreters: English and Chinese');
    case 'Fire, rescue and ambulance':
      return msg('Fire, rescue and ambulance');
    default:
      return undefined;
  }
}

/** An emergency number's label from the data in the reader's language: the data's own words, else ours (`knownEmergencyLabel`), else `dataLabel`'s. */
export function emergencyLabel(label: LocalizedText, locale: string): TemplateResult | string {
  return localizedOnly(label, locale) ?? knownEmergencyLabel(label.en) ?? dataLabel(label, locale, '');
}

/** `emergencyLabel` as plain text, for an accessible name or a printed sheet. */
export function emergencyLabelText(label: LocalizedText, locale: string): string {
  return localizedOnly(label, locale) ?? knownEmergencyLabel(label.en) ?? label.en ?? Object.values(label)[0] ?? '';
}
