/**
 * The names of countries and the words for how current a source is, which the form shows only with
 * the emergency numbers, on "Where and when did it happen?" and on "Check your report". They come
 * from CLDR for eight languages (about 7 KB gzip with their words), so they load with the emergency
 * numbers after the form's first screen instead of before it (place-names-data.ts).
 */
import type * as PlaceNamesData from './place-names-data.js';
import { loadEmergencySource } from '../shared/emergency-numbers.js';
import type { EmergencySource } from '../shared/emergency-numbers.js';
import { loadOnce } from '../localization.js';

export type PlaceNames = typeof PlaceNamesData;

let loaded: PlaceNames | undefined;

/** The names, once loaded. */
export function placeNames(): PlaceNames | undefined {
  return loaded;
}

/** Fetches the names once per page; a failed fetch is tried again on the next call. */
export const loadPlaceNames: () => Promise<PlaceNames> = loadOnce(() => import('./place-names-data.js').then((names) => (loaded = names)));

/** A country's name in `locale`; its code while the names have not arrived (only when their fetch failed, in practice). */
export function countryNameOrCode(code: string, locale: string): string {
  return loaded ? loaded.countryName(code, locale) : code;
}

/**
 * Fetches the emergency numbers and, beside them, the names shown with them; resolves with the
 * numbers once the names have come too, or could not (the numbers then show without the choice of
 * country). `namesCame` is called when the names arrive, for the steps that list countries.
 */
export function loadNumbersWithNames(namesCame: () => void): Promise<EmergencySource> {
  const names = loadPlaceNames().then(namesCame, (error: unknown) => console.error('<safe-report-form> could not load the names of countries', error));
  return loadEmergencySource().then(async (numbers) => {
    await names;
    return numbers;
  });
}
