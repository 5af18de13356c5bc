/**
 * Guesses where a visitor is, and where they come from, from the page's language and the
 * device's time zone only: never from the IP address, never through a permission prompt. A guess
 * is only a starting point that the person sees and can change.
 */

/** Time zones of the countries the bundled data covers, from the IANA zone table. */
const zoneCountries: Record<string, string> = {
  'Asia/Almaty': 'KZ',
  'Asia/Qyzylorda': 'KZ',
  'Asia/Qostanay': 'KZ',
  'Asia/Aqtobe': 'KZ',
  'Asia/Aqtau': 'KZ',
  'Asia/Atyrau': 'KZ',
  'Asia/Oral': 'KZ',
  'Asia/Bishkek': 'KG',
  'Asia/Tashkent': 'UZ',
  'Asia/Samarkand': 'UZ',
  'Asia/Dushanbe': 'TJ',
  'Asia/Ashgabat': 'TM',
  'Europe/Moscow': 'RU',
  'Europe/Kaliningrad': 'RU',
  'Europe/Samara': 'RU',
  'Europe/Volgograd': 'RU',
  'Europe/Saratov': 'RU',
  'Europe/Ulyanovsk': 'RU',
  'Europe/Astrakhan': 'RU',
  'Europe/Kirov': 'RU',
  'Asia/Yekaterinburg': 'RU',
  'Asia/Omsk': 'RU',
  'Asia/Novosibirsk': 'RU',
  'Asia/Barnaul': 'RU',
  'Asia/Tomsk': 'RU',
  'Asia/Novokuznetsk': 'RU',
  'Asia/Krasnoyarsk': 'RU',
  'Asia/Irkutsk': 'RU',
  'Asia/Chita': 'RU',
  'Asia/Yakutsk': 'RU',
  'Asia/Khandyga': 'RU',
  'Asia/Vladivostok': 'RU',
  'Asia/Ust-Nera': 'RU',
  'Asia/Sakhalin': 'RU',
  'Asia/Magadan': 'RU',
  'Asia/Srednekolymsk': 'RU',
  'Asia/Kamchatka': 'RU',
  'Asia/Anadyr': 'RU',
  'Europe/Istanbul': 'TR',
  'Asia/Dubai': 'AE',
  'Asia/Seoul': 'KR',
};

/** Languages spoken mostly in one of the countries (Russian is not: it is spoken in all of them). */
const languageCountries: Record<string, string> = { kk: 'KZ', ky: 'KG', uz: 'UZ', tg: 'TJ', tk: 'TM', tr: 'TR', ko: 'KR' };

/** What the suggestion is based on, so the widget can say so. */
export type SuggestionBasis = 'time-zone' | 'language';

export interface CountrySuggestion {
  /** Where the visitor probably is. */
  readonly country: string | undefined;
  /** Where the visitor probably comes from, when the language points elsewhere than the time zone. */
  readonly from: string | undefined;
  readonly basis: SuggestionBasis | undefined;
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

/**
 * Suggests a country from a time zone and language tags (page first, then the browser's), keeping
 * only countries in `known`. A Kyrgyz speaker whose device is on Moscow time gets `RU`, from `KG`.
 */
export function suggestCountry(input: { timeZone: string | undefined; languages: readonly string[]; known: readonly string[] }): CountrySuggestion {
  const known = new Set(input.known);
  const fromZone = input.timeZone ? zoneCountries[input.timeZone] : undefined;
  let fromLanguage: string | undefined;
  for (const tag of input.languages) {
    const candidate = regionOf(tag) ?? languageCountries[languageOf(tag) ?? ''];
    if (candidate && known.has(candidate)) {
      fromLanguage = candidate;
      break;
    }
  }
  if (fromZone && known.has(fromZone)) {
    return { country: fromZone, from: fromLanguage && fromLanguage !== fromZone ? fromLanguage : undefined, basis: 'time-zone' };
  }
  if (fromLanguage) return { country: fromLanguage, from: undefined, basis: 'language' };
  return { country: undefined, from: undefined, basis: undefined };
}

/** The device's IANA time zone, as the browser reports it. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
