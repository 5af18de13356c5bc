// The Subresource Integrity value of a file's bytes, as a browser checks it (`integrity="sha384-…"`):
// one definition for the loader's chunk hashes (rollup.config.mjs), the IIFE's parts
// (scripts/iife-parts.mjs) and dist/cdn/integrity.json (scripts/integrity.mjs).
import { createHash } from 'node:crypto';

/** `sha384-` and the base64 SHA-384 of `bytes` (a string is hashed as UTF-8). */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
