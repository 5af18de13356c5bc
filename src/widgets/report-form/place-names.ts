/**
 * The names of countries and the words for how current a source is, which the form shows only with
 * the emergency numbers, on "Where and when did it happen?" and on "Check your report". They come
 * from CLDR (English and the page's language, fetched one language at a time, about 2 KB gzip with
 * their words), so they load with the emergency numbers after the form's first screen instead of
 * before it (place-names-data.ts); another language's names come when the form first shows it.
 */
import type * as PlaceNamesData from './place-names-data.js';
import type * as EmergencyNumbers from '../shared/emergency-numbers.js';
import type { EmergencySource } from '../shared/emergency-numbers.js';
import { getLocale, loadOnce, loadWithLocale } from '../localization.js';

export type PlaceNames = typeof PlaceNamesData;

let loaded: PlaceNames | undefined;
/** What renders the forms again (their `namesCame`), for a language whose names come later. */
const renderers = new Set<() => void>();

/**
 * The names, once loaded. When `locale`'s have not come yet (the language changed), they are
 * fetched and the forms render again once they have; English ones are shown meanwhile.
 */
export function placeNames(locale: string): PlaceNames | undefined {
  loaded?.cldrNamesFor(locale, () => renderers.forEach((render) => render()));
  return loaded;
}

/** Fetches the names, with those of the page's language, once per page; a failed fetch is tried again on the next call. */
export const loadPlaceNames: () => Promise<PlaceNames> = loadOnce(() =>
  import('./place-names-data.js').then(async (names) => {
    await names.loadCldrNames(getLocale());
    loadWithLocale(names.loadCldrNames);
    return (loaded = names);
  }),
);

/** A country's name in `locale`; its code while the names have not arrived (only when their fetch failed, in practice). */
export function countryNameOrCode(code: string, locale: string): string {
  const names = placeNames(locale);
  return names ? names.countryName(code, locale) : code;
}

/**
 * Fetches the emergency numbers and, beside them, the names shown with them; resolves with the
 * numbers once the names have come too, or could not (the numbers then show without the choice of
 * country). `namesCame` is called when the names arrive, for the steps that list countries.
 */
export function loadNumbersWithNames(namesCame: () => void): Promise<EmergencySource> {
  renderers.add(namesCame);
  const names = loadPlaceNames().then(namesCame, (error: unknown) => console.error('<safe-report-form> could not load the names of countries', error));
  // What writes the numbers comes with them, after the first screen: the first question shows them
  // only once someone may be in danger, and then once they have come (docs/performance.md, bytes19).
  const numbers = import('../shared/hotline-parts.js').then((parts) => parts.loadEmergencySource());
  return Promise.all([numbers, import('../shared/emergency-numbers.js')]).then(async ([source, module]) => {
    renderer = module;
    await names;
    return source;
  });
}

let renderer: typeof EmergencyNumbers | undefined;

/** What writes the emergency numbers (src/widgets/shared/emergency-numbers.ts), once it has come with them (`loadNumbersWithNames`). */
export function emergencyRenderer(): typeof EmergencyNumbers | undefined {
  return renderer;
}
