/**
 * The hotline data shipped in the package, built from sourced research leads by
 * scripts/build-hotline-data.ts and validated there and by `npm run data:check`, so it is not
 * parsed again at run time.
 */
import { hotlineData } from '../../data/hotlines.js';
import { HotlineDirectory } from './directory.js';
import type { HotlineData } from './schema.js';

/** The bundled data itself, for a caller that wants to read or re-publish it. */
export const bundledHotlineData: HotlineData = hotlineData;

let directory: HotlineDirectory | undefined;

/** The directory over the bundled data (`origin.kind` is `bundled`); one shared instance. */
export function bundledHotlineDirectory(): HotlineDirectory {
  directory ??= new HotlineDirectory(hotlineData, { kind: 'bundled' });
  return directory;
}
