/**
 * The script-tag build's only way to load its chunks: every `import()` in dist/cdn (element chunks,
 * locale chunks, the bundled hotline data) is rewritten by the build to call `importChecked()`,
 * which first fetches the chunk, and each chunk it imports, through
 * `<link rel="modulepreload" integrity>` with the SHA-384 hash the build wrote into the loader, or,
 * for a chunk with no `import()` of its own (a locale's part, a country's hotline data, the offer
 * engine), into the chunk that imports it, whose own hash was checked before it ran. A
 * chunk whose bytes differ never enters the module map, so the `import()` after it fails instead of
 * running it. The site's `integrity` attribute on the loader's `<script>` covers this table, and
 * through it every hash the chunks carry, and so every file the loader fetches.
 *
 * Chromium enforces `integrity` on modulepreload; Firefox and Safari do not yet, and there the
 * import map that docs/embedding.md shows does the same job.
 */

/** Each chunk's SRI hash and the chunks it imports statically, keyed by its path in dist/cdn. */
type ChunkTable = Record<string, readonly [integrity: string, imports: readonly string[]]>;

// The build (rollup.config.mjs, chunkIntegrity) replaces this string with the table as JSON.
const table = JSON.parse('__SAFE_MIGRATION_KIT_CHUNKS__') as ChunkTable;
const root = new URL('./', import.meta.url).href;
const preloads = new Map<string, Promise<void>>();

/** The name chunks call through: they cannot import from the loader, whose hash covers theirs. */
export const importCheckedKey = Symbol.for('safe-migration-kit.import');

function preload(file: string, integrity?: string, imports: readonly string[] = []): Promise<void> {
  const known = preloads.get(file);
  if (known) return known;
  // A chunk with no import() of its own is checked against the hash its importer carries (itself
  // checked before it ran), so the loader need not carry the hashes of every locale's parts; its
  // static imports are in the table.
  const entry = table[file] ?? (integrity ? ([integrity, imports] as const) : undefined);
  if (!entry) {
    const unknown = Promise.reject(new Error(`safe-migration-kit: ${file} is not a file of this build`));
    preloads.set(file, unknown);
    return unknown;
  }
  // Its imports first, each with its own hash: a browser may fetch a preloaded module's imports
  // itself, without a hash, and whichever fetch reaches the module map first is the one that runs.
  // Their fetches start before its own, all at once rather than one level after another (which cost
  // a round trip per level, 400 ms each on a slow mobile network): the browser reads a module's
  // imports only once the module has arrived, long after its imports' own fetches have begun.
  const preloaded = entry[1].map((imported) => preload(imported));
  const own = new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.integrity = entry[0];
    link.href = root + file;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`safe-migration-kit: ${file} does not match its integrity hash, so it was not run`));
    document.head.append(link);
  });
  const loading = Promise.all([...preloaded, own]).then(() => undefined);
  preloads.set(file, loading);
  return loading;
}

/**
 * Imports `specifier` (relative to `base`, a chunk's `import.meta.url`) once its hash has been
 * checked: the loader's, or `integrity` with the chunk's static `imports` (paths in dist/cdn), which
 * the build writes into the importing chunk for a chunk with no `import()` of its own.
 */
export async function importChecked(base: string, specifier: string, integrity?: string, imports?: readonly string[]): Promise<unknown> {
  const url = new URL(specifier, base).href;
  if (!url.startsWith(root)) throw new Error(`safe-migration-kit: ${url} is not a file of this build`);
  await preload(url.slice(root.length), integrity, imports);
  return import(url);
}

/** Makes `importChecked` reachable from the chunks (see `importCheckedKey`). */
export function installCheckedImport(): void {
  (globalThis as Record<symbol, unknown>)[importCheckedKey] = importChecked;
}
