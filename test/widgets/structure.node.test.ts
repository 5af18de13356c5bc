import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const root = 'src/widgets';
/** Folders that are not an element: what several elements share. */
const sharedFolders = new Set(['shared']);

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (name.endsWith('.ts')) found.push(path.replace(/\\/g, '/'));
  }
  return found;
}

const elementFolders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory() && !sharedFolders.has(name));

/** Every module specifier in a file, with whether it only runs the module (`import 'x'`, `import('x')`). */
function imports(text: string): { specifier: string; definesOnly: boolean }[] {
  const found: { specifier: string; definesOnly: boolean }[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+'([^']+)'/gm)) found.push({ specifier: match[1]!, definesOnly: false });
  for (const match of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push({ specifier: match[1]!, definesOnly: true });
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push({ specifier: match[1]!, definesOnly: true });
  return found;
}

describe('the widgets’ folders', () => {
  it('has element folders and one shared folder', () => {
    assert.ok(elementFolders.includes('report-form') && elementFolders.includes('hotline-finder'), elementFolders.join(', '));
    assert.ok(statSync(join(root, 'shared')).isDirectory());
  });

  it('lets no element folder use another element folder’s code: it may only define that element, to use its tag', () => {
    const crossings: string[] = [];
    for (const folder of elementFolders) {
      for (const file of sourceFiles(join(root, folder))) {
        for (const { specifier, definesOnly } of imports(readFileSync(file, 'utf8'))) {
          if (!specifier.startsWith('.')) continue;
          const target = posix.normalize(posix.join(posix.dirname(file), specifier));
          const parts = target.split('/');
          if (parts[0] !== 'src' || parts[1] !== 'widgets' || parts.length < 4) continue;
          const other = parts[2]!;
          if (other === folder || sharedFolders.has(other)) continue;
          // Composition by tag: `import '../exit-button/exit-button.js'` defines <safe-exit-button>.
          const isDefiningModule = parts.length === 4 && parts[3] === `${other}.js`;
          if (definesOnly && isDefiningModule) continue;
          crossings.push(`${file} imports ${specifier}`);
        }
      }
    }
    assert.deepEqual(crossings, []);
  });

  it('lets nothing in shared/ depend on an element folder', () => {
    const crossings: string[] = [];
    for (const file of sourceFiles(join(root, 'shared'))) {
      for (const { specifier } of imports(readFileSync(file, 'utf8'))) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier));
        const folder = target.split('/')[2];
        if (target.startsWith('src/widgets/') && folder && elementFolders.includes(folder)) crossings.push(`${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(crossings, []);
  });

  it('keeps every widget source file, styles and generated data aside, under 600 lines', () => {
    const long = sourceFiles(root)
      // The CLDR modules are written by scripts/cldr-names.ts from the CLDR packages, not by hand.
      .filter((file) => !file.endsWith('.styles.ts') && !file.endsWith('/cldr-data.ts') && !file.includes('/shared/cldr/'))
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 600)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    assert.deepEqual(long, []);
  });
});
