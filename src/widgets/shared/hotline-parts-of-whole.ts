/**
 * The bundled hotline data by country, and the emergency numbers, taken from the whole file rather than from the parts of
 * src/generated/hotlines/: the all-in-one script (rollup.config.mjs, `hotlinePartsFromWhole`)
 * holds the whole file anyway, for the SDK it exposes, and the parts would be a second copy of
 * every entry. The same names and shapes as src/generated/hotlines/index.ts, so that
 * hotline-parts.ts works over either.
 */
import { hotlineData } from '../../data/hotlines.js';
import type * as Generated from '../../generated/hotlines/index.js';

export type { HotlinePart } from '../../generated/hotlines/index.js';

const { hotlines, emergency, ...rest } = hotlineData;

export const header: typeof Generated.header = rest;

export const noCountryPart: typeof Generated.noCountryPart = 'none';

const byCountry = new Map<string, Generated.HotlinePart>();
const part = (key: string) => {
  let found = byCountry.get(key);
  if (!found) byCountry.set(key, (found = { hotlines: [], emergency: [] }));
  return found;
};
for (const hotline of hotlines) for (const country of hotline.area.countries.length ? hotline.area.countries : [noCountryPart]) part(country).hotlines.push(hotline);
for (const entry of emergency) part(entry.country).emergency.push(entry);

export const countries: typeof Generated.countries = [
  ...new Set([...hotlines.flatMap((h) => h.area.countries), ...emergency.filter((e) => e.numbers.length > 0).map((e) => e.country)]),
].sort();

export const parts: typeof Generated.parts = Object.fromEntries([...byCountry].map(([key, value]) => [key, () => Promise.resolve(value)]));

export const loadEmergency: typeof Generated.loadEmergency = () => Promise.resolve(emergency);
