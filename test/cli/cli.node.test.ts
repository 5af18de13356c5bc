import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; bin: Record<string, string> };

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });
}

test('--version prints the package version', () => {
  const result = cli('--version');
  assert.equal(result.status, 0);
  assert.equal(result.stdout.trim(), pkg.version);
});

test('--help, and no arguments, print the usage and every command', () => {
  for (const args of [['--help'], []]) {
    const result = cli(...args);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Usage: safe-migration-kit <command> \[options\]/);
    assert.match(result.stdout, /--version/);
  }
});

test('an unknown command exits 2 and says how to see the list', () => {
  const result = cli('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "frobnicate"/);
});

test('the package declares the safe-migration-kit bin at the built CLI', () => {
  assert.equal(pkg.bin['safe-migration-kit'], './dist/npm/cli/bin.js');
});
