/**
 * The inbox page's own @lit/localize set-up. The inbox is a page of its own, never on a page with
 * the widgets, so it configures lit-localize once for itself, and loads only its own part of each
 * language (`<locale>.inbox.ts`, written by scripts/split-locales.ts): widget pages never fetch the
 * inbox's messages, and the inbox never fetches the widgets'.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { inboxLoaders } from '../generated/inbox-locales.js';

/** A language the inbox is shown in. */
export type InboxLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Each language's name in that language, so a reader finds their own whatever is shown now. */
export const inboxLocaleNames: Record<InboxLocale, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  uz: 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => inboxLoaders[locale as (typeof targetLocales)[number]](),
});

export { getLocale, setLocale };

/** The first of the browser's languages the inbox speaks (`ru-KZ` is `ru`; Uzbek in Cyrillic is `uz-Cyrl`), else English. */
export function browserLocale(languages: readonly string[] = navigator.languages): InboxLocale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const language = lower.split(/[-_]/)[0];
    if (language === 'uz') return /cyrl/.test(lower) ? 'uz-Cyrl' : 'uz';
    const found = (Object.keys(inboxLocaleNames) as InboxLocale[]).find((l) => l === language);
    if (found) return found;
  }
  return sourceLocale;
}
