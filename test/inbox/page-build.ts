// Bundles the inbox page from its sources for the Node tests (esbuild, well under a second), so they
// run without `npm run build`; the build tests check the page Rollup makes for the package.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the entries (output name → source) into a fresh folder under .cache (one per process, removed on exit) as the browser
 * loads it: ES modules, split into chunks, with the production and browser conditions.
 */
export async function bundleForTest(folder: string, entryPoints: Record<string, string>): Promise<string> {
  const dir = join('.cache', `${folder}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: 'tsconfig.json',
    conditions: ['production', 'browser'],
    logLevel: 'error',
  });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let built: Promise<string> | undefined;

/** The folder of a freshly built inbox page (index.html, inbox.css, inbox.js and its chunks). */
export function inboxPageDir(): Promise<string> {
  built ??= (async () => {
    const dir = await bundleForTest('inbox-page', { inbox: 'src/inbox/inbox-page.ts' });
    for (const file of ['index.html', 'inbox.css']) copyFileSync(join('src/inbox', file), join(dir, file));
    return dir;
  })();
  return built;
}
