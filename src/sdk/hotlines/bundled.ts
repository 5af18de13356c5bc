/**
 * The hotline data shipped in the package, built from sourced research leads by
 * scripts/build-hotline-data.ts and validated there and by `npm run data:check`, so it is not
 * parsed again at run time.
 */
import { hotlineData } from '../../data/hotlines.js';
import { HotlineDirectory } from './directory.js';
import type { HotlineData } from './schema.js';
import type { EmergencyNumbers } from './directory.js';

/**
 * The bundled data itself, for a caller that wants to read or re-publish it. In the all-in-one IIFE
 * (`window.SafeMigrationKit`), `await SafeMigrationKit.ready()` first: it fetches the data this
 * reads (docs/embedding.md).
 */
export const bundledHotlineData: HotlineData = hotlineData;

let directory: HotlineDirectory | undefined;

/**
 * The directory over the bundled data (`origin.kind` is `bundled`); one shared instance. In the
 * all-in-one IIFE (`window.SafeMigrationKit`), `await SafeMigrationKit.ready()` first: it fetches
 * the data this reads (docs/embedding.md).
 */
export function bundledHotlineDirectory(): HotlineDirectory {
  directory ??= new HotlineDirectory(hotlineData, { kind: 'bundled' });
  return directory;
}

/**
 * The sourced emergency numbers of any country in the bundled data, for the report form's danger
 * step and any page that must show them: `numbers` is empty (and every service `unsourced`) when no
 * source gives one, so the caller says so rather than guess. In the all-in-one IIFE
 * (`window.SafeMigrationKit`), `await SafeMigrationKit.ready()` first: it fetches the data this
 * reads (docs/embedding.md).
 */
export function emergencyNumbersFor(country: string): EmergencyNumbers {
  return bundledHotlineDirectory().emergencyNumbers(country);
}

/** The countries whose emergency numbers the bundled data sources, sorted: the danger step's choices. */
export function countriesWithEmergencyNumbers(): string[] {
  return bundledHotlineData.emergency.filter((e) => e.numbers.length > 0).map((e) => e.country).sort();
}
