/** The lines the finder lists for its filters: the directory's query, built from them. */
import type { ChannelStatus, CheckedDataDirectory, HotlineQuery, HotlineResult } from '../../sdk/hotlines/directory-core.js';
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

/** Whether a line's channels keep different hours: then each channel says its own. */
export function mixedHours(result: HotlineResult): boolean {
  return new Set(result.channels.map((c) => JSON.stringify(c.channel.hours))).size > 1;
}

/**
 * The channel whose open state a line's badge shows (open first, then unknown, then closed; known
 * hours before unknown); none when the channels keep different hours and none is open. Also read at
 * build time for the static first screen (scripts/split-first-screens.ts).
 */
export function badgeChannel(result: HotlineResult): ChannelStatus | undefined {
  const rank = { open: 2, unknown: 1, closed: 0 } as const;
  const best = [...result.channels].sort((a, b) => rank[b.open] - rank[a.open] || Number(b.channel.hours.type !== 'unknown') - Number(a.channel.hours.type !== 'unknown'))[0];
  return best && (!mixedHours(result) || best.open === 'open') ? best : undefined;
}
