import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | { types: string; import: string }>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

test('every subpath export points at a built file with its declarations', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    if (subpath.includes('*')) {
      const file = target.import.replaceAll('*', 'exit-button');
      const types = target.types.replaceAll('*', 'exit-button');
      assert.ok(existsSync(file), `${subpath} → ${file} is missing`);
      assert.ok(existsSync(types), `${subpath} → ${types} is missing`);
    } else {
      assert.ok(existsSync(target.import), `${subpath} → ${target.import} is missing`);
      assert.ok(existsSync(target.types), `${subpath} → ${target.types} is missing`);
    }
  }
});

test('the npm SDK entry imports in Node without a DOM', async () => {
  const sdk = (await import(`../../${(pkg.exports['.'] as { import: string }).import}`)) as Record<string, unknown>;
  assert.equal(typeof sdk.SafeError, 'function');
});

test('every dependency is pinned to an exact version', () => {
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name}@${version} is not pinned exactly`);
  }
});

test('custom-elements.json describes the exit button from its doc comments', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: { declarations?: { tagName?: string; events?: { name: string }[]; cssParts?: { name: string }[] }[] }[];
  };
  const exit = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'safe-exit-button');
  assert.ok(exit, 'safe-exit-button is in the manifest');
  assert.deepEqual(exit.events?.map((e) => e.name), ['safe-exit', 'safe-error']);
  assert.ok(exit.cssParts?.some((p) => p.name === 'button'));
});

test('every element in custom-elements.json documents only safe-* events, each with a description', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: { declarations?: { tagName?: string; events?: { name: string; description?: string }[] }[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.ok(elements.length >= 3);
  for (const element of elements) {
    for (const event of element.events ?? []) {
      assert.match(event.name, /^safe-[a-z-]+$/, `<${element.tagName}> documents an event "${event.name}"`);
      assert.ok(event.description?.trim(), `<${element.tagName}> ${event.name} has no description`);
    }
  }
});
