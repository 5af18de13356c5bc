/**
 * The words for why a line or a country's emergency numbers are or are not shown as confirmed: one
 * text per `ConfirmationNote` code, for the finder and the report form alike, so that an old source
 * reads as old wherever its numbers appear ("Not confirmed since 2021", never "Source checked: 2021").
 */
import { msg, str } from '@lit/localize';
import type { ConfirmationNote } from '../../sdk/hotlines/freshness.js';
import { partialDate } from './formats.js';

/**
 * The sentence for `note`, naming the date its code speaks of, in `locale`'s words for the date. A
 * date that ends in an abbreviation's full stop (Russian "2021 г.") ends the sentence with it,
 * instead of "2021 г.. Могло измениться."
 */
export function confirmationWords(note: ConfirmationNote, locale: string): string {
  return sentence(note, locale).replace(/\.\.(?=\s|$)/g, '.');
}

function sentence(note: ConfirmationNote, locale: string): string {
  const date = note.date ? partialDate(note.date, locale) : '';
  switch (note.code) {
    case 'confirmed-by-call':
      return msg(str`Confirmed by a call on ${date}`);
    case 'confirmed-by-email':
      return msg(str`Confirmed by e-mail on ${date}`);
    case 'seen-in-source':
      return msg(str`Seen in a source dated ${date}`);
    case 'not-confirmed-since':
      return msg(str`Not confirmed since ${date}. It may have changed.`);
    case 'calls-unanswered':
      return date ? msg(str`Calls went unanswered in ${date}. It may have changed.`) : msg('Calls went unanswered. It may have changed.');
    case 'not-official-source':
      return date ? msg(str`Not from an official source (dated ${date}). It may have changed.`) : msg('Not from an official source. It may have changed.');
    case 'undated-source':
      return msg('The source gives no date. It may have changed.');
    case 'source-without-address':
      return date ? msg(str`From a source dated ${date} that cannot be looked up online.`) : msg('From a source that cannot be looked up online.');
    case 'ambiguous-source':
      return msg('The source is not clear about this line. It may have changed.');
    case 'no-published-source':
      return msg('No published source names this line yet.');
    case 'ended':
      return date ? msg(str`A source dated ${date} says this line has ended.`) : msg('A source says this line has ended.');
  }
}
