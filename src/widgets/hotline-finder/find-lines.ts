/** The lines the finder lists for its filters: the directory's query, built from them. */
import type { CheckedDataDirectory, HotlineQuery, HotlineResult } from '../../sdk/hotlines/directory-core.js';
import { HotlineQueryError } from '../../sdk/hotlines/errors.js';
import type { HotlineFilters } from './events.js';

/** The lines that fit `filters` at `openAt`, best first; none when the query cannot be used. */
export function findLines(directory: CheckedDataDirectory, f: HotlineFilters, openAt: Date): HotlineResult[] {
  const query: HotlineQuery = {
    openAt,
    ...(f.country ? { country: f.country } : {}),
    ...(f.region && f.region.startsWith(`${f.country}-`) ? { region: f.region } : {}),
    ...(f.need ? { need: f.need } : {}),
    ...(f.language ? { language: f.language } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.openNow ? { openNow: true } : {}),
    ...(f.from && f.from !== f.country ? { from: f.from } : {}),
  };
  try {
    return directory.query(query);
  } catch (error) {
    if (error instanceof HotlineQueryError) {
      // A malformed attribute (say country="Kazakhstan"): the typed error goes to the console, the page keeps working.
      console.warn(`<safe-hotline-finder>: ${error.message}`, error);
      return [];
    }
    throw error;
  }
}
