import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgets, measureCdn } from '../../scripts/size.js';

// Bytes are stable from build to build, so a budget can fail a test where a timing could not.
test('every script-tag bundle stays within its gzip budget', () => {
  const rows = measureCdn();
  for (const row of rows) {
    const budget = budgets[row.name];
    assert.ok(budget, `"${row.name}" has no budget in scripts/size-budgets.json: measure it and add one`);
    assert.ok(row.gzip <= budget, `${row.name} is ${row.gzip} B gzip, over its ${budget} B budget`);
  }
});

test('every budget still names a bundle that the build makes', () => {
  const names = new Set(measureCdn().map((r) => r.name));
  for (const name of Object.keys(budgets)) assert.ok(names.has(name), `budget for "${name}" matches no bundle`);
});
