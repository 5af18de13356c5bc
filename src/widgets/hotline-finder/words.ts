/**
 * The finder's own words for the data's codes: the problems a line helps with, what each contact
 * button does, and who runs a line. Words other elements show too live in `shared/words.ts`.
 */
import { msg, str } from '@lit/localize';
import type { Channel, HotlineTopic, OperatorType, ServiceKind } from '../../sdk/hotlines/schema.js';

/** A problem a line helps with, in the words of "What do you need help with?". */
export function topicName(topic: HotlineTopic): string {
  switch (topic) {
    case 'trafficking':
      return msg('Trafficking, being sold or forced');
    case 'labour-exploitation':
      return msg('Unpaid or forced work');
    case 'migrant-rights':
      return msg('Rights as a migrant, documents');
    case 'legal-aid':
      return msg('Help from a lawyer');
    case 'psychological-support':
      return msg('Someone to talk to');
    case 'shelter':
      return msg('A safe place to stay');
    case 'domestic-violence':
      return msg('Violence at home');
    case 'child-protection':
      return msg('Help for a child');
    case 'emergency':
      return msg('Emergency');
  }
}

/**
 * A problem's name in the "What do you need help with?" list: short enough to show whole in a
 * closed list on a 320-px phone in every language. Where it is shorter than `topicName`, the finder
 * shows `topicName` under the list for the chosen one.
 */
export function topicChoiceName(topic: HotlineTopic): string {
  switch (topic) {
    case 'trafficking':
      return msg('Trafficking');
    case 'labour-exploitation':
      return msg('Forced labour');
    case 'migrant-rights':
      return msg('Migrant rights');
    case 'shelter':
      return msg('A safe place');
    default:
      return topicName(topic);
  }
}

/** A contact button's text: what tapping it does. */
export function actionText(channel: Channel, shown: string): string {
  switch (channel.type) {
    case 'phone':
      return msg(str`Call ${shown}`);
    case 'sms':
      return msg(str`Text ${shown}`);
    case 'whatsapp':
      return msg(str`WhatsApp ${shown}`);
    case 'viber':
      return msg(str`Viber ${shown}`);
    case 'telegram':
      return msg(str`Telegram ${shown}`);
    case 'email':
      return msg(str`Email ${shown}`);
    case 'web-chat':
      return msg('Open the chat');
    case 'website':
      return msg('Open the website');
  }
}

/** The open-now badge's words for hours that do not change with the moment: open around the clock, or not known. */
export function steadyHoursText(type: 'always' | 'unknown'): string {
  return type === 'always' ? msg('Open 24 hours') : msg('Hours not known');
}

/** Who runs a line. */
export function operatorName(operator: OperatorType): string {
  switch (operator) {
    case 'ngo':
      return msg('Run by an NGO');
    case 'government':
      return msg('Run by the government');
    case 'police':
      return msg('Run by the police or another law-enforcement body');
    case 'international':
      return msg('Run by an international organisation');
    case 'other':
      return msg('Run by another organisation');
  }
}

/** What kind of service a line is, said under a name the reader may not read. */
export function serviceKindName(kind: ServiceKind): string {
  switch (kind) {
    case 'trafficking-hotline':
      return msg('Hotline for trafficking and forced labour');
    case 'migrant-helpline':
      return msg('Helpline for migrants');
    case 'labour-complaints':
      return msg('Line for complaints about work');
    case 'violence-helpline':
      return msg('Helpline for violence at home');
    case 'child-helpline':
      return msg('Helpline for children and young people');
    case 'crisis-line':
      return msg('Crisis and trust line');
    case 'government-contact-centre':
      return msg('Government contact centre');
    case 'consular-help':
      return msg('Help from your embassy or consulate');
    case 'support-organisation':
      return msg('Organisation that helps people');
    case 'emergency-service':
      return msg('Emergency service');
  }
}
