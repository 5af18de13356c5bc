import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SafeError, VERSION } from '../../src/sdk/index.js';

test('the SDK version is the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});

test('SafeError keeps an explicit name, a code and the original cause', () => {
  const cause = new TypeError('boom');
  const error = new SafeError('example/code', 'Something went wrong', { cause });
  assert.equal(error.name, 'SafeError');
  assert.equal(error.code, 'example/code');
  assert.equal(error.cause, cause);
  assert.ok(error instanceof Error);
});
