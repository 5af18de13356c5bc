/**
 * Words that more than one element shows, one text each, so that the same service or channel
 * never has two names on one page. Every string goes through `msg()`, so each is called when an
 * element renders, in the locale in force then.
 */
import { msg } from '@lit/localize';
import type { ContactChannel } from '../../sdk/report/schema.js';
import type { ChannelType, EmergencyService } from '../../sdk/hotlines/schema.js';

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
