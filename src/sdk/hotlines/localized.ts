/** Names and labels in several languages, and how the reader's language picks one. */
import type { LocalizedText } from './schema.js';

/** Picks the text for `locale` from names keyed by language tag: exact tag, then its language, then English. */
export function pickLocalized(text: LocalizedText, locale = 'en'): string {
  if (text[locale]) return text[locale]!;
  const language = locale.split('-')[0]!;
  if (text[language]) return text[language]!;
  const sameLanguage = Object.keys(text).find((key) => key.split('-')[0] === language);
  return sameLanguage ? text[sameLanguage]! : text.en!;
}

/**
 * The text in `locale`'s language only (exact tag, then its language, then another script of it),
 * or `undefined` when the data has none: unlike `pickLocalized`, never English for another reader.
 */
export function localizedOnly(text: LocalizedText, locale = 'en'): string | undefined {
  if (text[locale]) return text[locale];
  const language = locale.split('-')[0]!;
  if (text[language]) return text[language];
  const sameLanguage = Object.keys(text).find((key) => key.split('-')[0] === language);
  return sameLanguage ? text[sameLanguage] : undefined;
}
