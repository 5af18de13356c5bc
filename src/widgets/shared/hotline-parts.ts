/**
 * The bundled hotline data, fetched a country at a time (issue 19): the finder's first screen, the
 * emergency numbers and the lines of the country shown, waits for that country's part only
 * (4–7 KB gzip), not for every country's (about 30 KB). scripts/split-hotlines.ts makes the parts
 * from the same file as `bundledHotlineDirectory()`, each entry whole with its sources, and in the
 * script-tag build each part is a chunk whose hash the loader checks like any other.
 *
 * The report form's emergency numbers come the same way, every country's in one part of their own
 * (about 3 KB gzip), without the lines.
 *
 * A query for a country and a home country gives the same lines over the parts of those two as
 * over the whole file: `HotlineDirectory.query` reads only the lines of those countries, and ranks
 * ties by date and id, never by the order of the file.
 *
 * The parts are checked with the data's schema when they are built (scripts/split-hotlines.ts refuses
 * a bad file), so they are wrapped in `CheckedDataDirectory`, which neither checks again nor imports
 * zod: the finder's first screen runs no schema.
 */
import { countries as bundledCountries, header, loadEmergency, noCountryPart, parts } from '../../generated/hotlines/index.js';
import type { HotlinePart } from '../../generated/hotlines/index.js';
import { CheckedDataDirectory } from '../../sdk/hotlines/directory-core.js';
import type { EmergencySource } from './emergency-numbers.js';

/** The parts fetched so far, by country. */
const loaded = new Map<string, HotlinePart>();
/** Parts being fetched: a second finder on the page waits for the same fetch. */
const loading = new Map<string, Promise<void>>();
let directory: PartialBundledDirectory | undefined;

/**
 * A directory over the parts fetched so far, which lists every country of the bundled data (a
 * person can choose one whose part has not come yet) and says `bundled` as its origin.
 */
class PartialBundledDirectory extends CheckedDataDirectory {
  override countries(): string[] {
    return [...bundledCountries];
  }
}

/** The parts a finder needs to show these countries (empty codes are left out), or every part for `all`. */
function partsFor(countries: readonly string[] | 'all'): string[] {
  const wanted = countries === 'all' ? Object.keys(parts) : countries.filter((c) => c && c !== noCountryPart);
  return [...new Set(wanted)].filter((c) => c in parts).sort();
}

/** The parts among those for `countries` that have not been fetched yet. */
export function missingParts(countries: readonly string[] | 'all'): string[] {
  return partsFor(countries).filter((key) => !loaded.has(key));
}

/** Fetches these parts (each once per page); a part that fails is fetched again on the next call. */
export function loadParts(keys: readonly string[]): Promise<void> {
  return Promise.all(
    keys.map((key) => {
      if (loaded.has(key)) return undefined;
      let fetching = loading.get(key);
      if (!fetching) {
        fetching = parts[key]!().then(
          (part) => {
            loaded.set(key, part);
            loading.delete(key);
            directory = undefined;
          },
          (error: unknown) => {
            loading.delete(key);
            throw error;
          },
        );
        loading.set(key, fetching);
      }
      return fetching;
    }),
  ).then(() => undefined);
}

/** The directory over every part fetched so far (one instance until another part arrives). */
export function bundledPartsDirectory(): CheckedDataDirectory {
  if (!directory) {
    const hotlines = new Map<string, HotlinePart['hotlines'][number]>();
    const emergency: HotlinePart['emergency'] = [];
    for (const key of [...loaded.keys()].sort()) {
      const part = loaded.get(key)!;
      // A line serving two countries is in the part of each: it is listed once.
      for (const hotline of part.hotlines) hotlines.set(hotline.id, hotline);
      emergency.push(...part.emergency);
    }
    directory = new PartialBundledDirectory({ ...header, hotlines: [...hotlines.values()], emergency }, { kind: 'bundled' });
  }
  return directory;
}

let emergencySource: Promise<EmergencySource> | undefined;

/**
 * Every country's sourced emergency numbers, and the countries that have some (as the SDK's
 * `emergencyNumbersFor()` and `countriesWithEmergencyNumbers()`), from their own part; fetched once
 * per page, again after a failure.
 */
export function loadEmergencySource(): Promise<EmergencySource> {
  emergencySource ??= loadEmergency().then(
    (emergency) => {
      const directory = new CheckedDataDirectory({ ...header, hotlines: [], emergency }, { kind: 'bundled' });
      const listed = emergency.filter((e) => e.numbers.length > 0).map((e) => e.country).sort();
      return { emergencyNumbers: (country) => directory.emergencyNumbers(country), countries: () => [...listed] };
    },
    (error: unknown) => {
      emergencySource = undefined;
      throw error;
    },
  );
  return emergencySource;
}
