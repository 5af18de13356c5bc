/**
 * The quiz's bundled practice offers, one small set per language the widgets speak: a mix of offers
 * with strong warning signs, offers to check carefully, and ordinary fair ones, in the style of the
 * advertisements young people in Central Asia are sent (see the Smart Navigator programme).
 *
 * Every company, person, phone number, card number, address and handle is invented. The texts in
 * languages other than English and Russian are drafts by the project's engineers and need review by
 * a native speaker, like the drafts in locales/*.xlf (docs/translations.md). A test checks that the
 * engine gives each set at least one high and one low offer, so a learner meets both.
 *
 * English, the fallback, is here from the start; each other language's set is a module of its own
 * (samples/<lang>.ts), fetched beside that language's messages when the quiz first shows it
 * (`loadWithLocale`), so a page pays for its own language's offers and not for all eight (issue 19).
 */
import { offerLanguages } from './engine.js';
import type { OfferLanguage } from './engine.js';
import { loadOnce, loadWithLocale } from '../localization.js';
import { setMark } from './quiz-round.js';
import type { QuizOffer } from './quiz-round.js';

const english: readonly string[] = [
    `Hostess jobs in DUBAI for girls 18-25! Salary from 3000 USD a month, free visa and air ticket. No experience needed.
Send your passport copy and a full-length photo to Telegram @gulf_stars_hiring`,
    `Shop assistant at Baiterek Mall, Astana. Salary 260,000 tenge a month, employment contract under the Labour Code, 5/2 schedule, paid leave.
Send your CV to jobs@baiterek-retail.example or call +7 7172 00 00 00.`,
    `Work in South Korea without the EPS exam! Guaranteed visa, factory work, 2,300,000 won a month.
Pay 1500 USD for the documents in advance to a personal card 4400 0000 1234 5678. Places are limited, hurry!`,
    `Warehouse workers for a logistics centre in Poland. Salary 4,600 PLN a month, shared flat.
Registration fee 200 USD for the documents before departure. Write to us on WhatsApp.`,
    `Builders wanted in Russia. We pay your ticket, then you work it off.
The employer keeps your passport. No days off, 12 hours a day.`,
];

/** One static `import()` per language, so that bundlers keep each file. */
const loaders: Record<Exclude<OfferLanguage, 'en'>, () => Promise<{ texts: readonly string[] }>> = {
  ru: () => import('./samples/ru.js'),
  kk: () => import('./samples/kk.js'),
  ky: () => import('./samples/ky.js'),
  uz: () => import('./samples/uz.js'),
  'uz-Cyrl': () => import('./samples/uz-Cyrl.js'),
  tg: () => import('./samples/tg.js'),
  tk: () => import('./samples/tk.js'),
};

const loaded = new Map<OfferLanguage, readonly string[]>([['en', english]]);
const loads = new Map<OfferLanguage, () => Promise<void>>();

/** The language of the quiz's offers for a locale the widgets speak; English for one they do not. */
function offerLanguage(locale: string): OfferLanguage {
  return (offerLanguages as readonly string[]).includes(locale) ? (locale as OfferLanguage) : 'en';
}

/**
 * Fetches the set of `locale`'s language, once (a failed fetch is forgotten, so the next call
 * fetches again); resolves at once for English and for a set already here.
 */
export function loadSampleOffers(locale: string): Promise<void> {
  const lang = offerLanguage(locale);
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve();
  let load = loads.get(lang);
  if (!load) {
    load = loadOnce(() => loaders[lang]().then((module) => void loaded.set(lang, module.texts)));
    loads.set(lang, load);
  }
  return load();
}

// The set of the language the widgets switch to comes beside its messages: the quiz's first screen
// counts its offers, and a round starts with them.
loadWithLocale(loadSampleOffers);

/**
 * The bundled offers in `lang`, each tagged with its language for the engine; `undefined` while
 * that language's set has not come (`loadSampleOffers`). English's are always here.
 */
export function sampleOffers(lang: OfferLanguage): QuizOffer[] | undefined {
  return loaded.get(lang)?.map((text) => ({ text, lang }));
}

/**
 * The bundled offers in `lang`. While they have not come (their fetch failed, or a language the
 * page switched to is still on its way), fetches them and calls `arrived` once they have, and gives
 * the English ones meanwhile.
 */
export function sampleOffersFor(lang: OfferLanguage, arrived: () => void): QuizOffer[] {
  const set = sampleOffers(lang);
  if (set) return set;
  loadSampleOffers(lang).then(arrived, (error: unknown) => console.error(`safe-migration-kit: the quiz's ${lang} offers could not be loaded; the English ones are shown`, error));
  return sampleOffers('en')!;
}

/**
 * The marks of every language's set (`setMark`), to read a result code of any of them: the sets are
 * fetched the first time. A set that cannot be fetched is left out (and asked for again the next
 * time), so a code of its language is not read meanwhile.
 */
export async function sampleMarks(): Promise<string[]> {
  const fetched = await Promise.allSettled(offerLanguages.map((lang) => loadSampleOffers(lang)));
  for (const result of fetched) if (result.status === 'rejected') console.error("safe-migration-kit: some of the quiz's offers could not be loaded", result.reason);
  return offerLanguages.flatMap((lang) => {
    const set = sampleOffers(lang);
    return set ? [setMark(set)] : [];
  });
}
