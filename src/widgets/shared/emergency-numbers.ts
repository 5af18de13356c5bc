/**
 * The emergency numbers shown when someone is in danger now. They come from the hotline SDK's
 * bundled, sourced data only: this module holds no number of its own.
 *
 * The data is loaded with its own `import()` as soon as a form connects, so that the form's first
 * paint does not wait for it and the numbers are there by the time the first question is answered;
 * the hotline finder shares the same chunk.
 */
import type { HotlineDirectory } from '../../sdk/hotlines/directory.js';
import type { EmergencyService } from '../../sdk/hotlines/schema.js';

/** One number to call, ready for a `tel:` link. */
export interface EmergencyCall {
  service: EmergencyService;
  /** The number as people write it locally, e.g. `112`. */
  printed: string;
  /** The `tel:` link. */
  href: string;
}

/** A country's numbers, with the date their source was last checked (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface EmergencyCalls {
  country: string;
  calls: EmergencyCall[];
  lastConfirmed: string | null;
}

let loading: Promise<HotlineDirectory> | undefined;

/** Starts loading the bundled hotline directory (once per page) and resolves with it. */
export function loadEmergencyDirectory(): Promise<HotlineDirectory> {
  loading ??= import('../../sdk/hotlines/bundled.js').then((m) => m.bundledHotlineDirectory());
  return loading;
}

/** The sourced emergency numbers of `country`; none when the data has no source for it. */
export function emergencyCalls(directory: HotlineDirectory, country: string): EmergencyCalls {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return { country: code, calls: [], lastConfirmed: null };
  const found = directory.emergencyNumbers(code);
  return {
    country: code,
    calls: found.numbers.map((n) => ({ service: n.service, printed: n.printed, href: `tel:${n.dial}` })),
    lastConfirmed: found.provenance?.lastConfirmed ?? null,
  };
}

/** Countries that have at least one sourced emergency number. */
export function countriesWithEmergencyNumbers(directory: HotlineDirectory): string[] {
  return directory.countries().filter((code) => directory.emergencyNumbers(code).numbers.length > 0);
}
