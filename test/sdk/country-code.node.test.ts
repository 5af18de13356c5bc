import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode } from '../../src/sdk/rules.js';

// countryCode tells assigned codes from unassigned ones by a list, not by creating an
// Intl.DisplayNames, which loads the platform's region names: about 0.2 s on a slow phone before
// the finder's first call button (issue 19).

const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const everyCode = letters.flatMap((a) => letters.map((b) => a + b));
const notCountries = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

// First in the file: the old code created its one Intl.DisplayNames on the process's first check.
test('checking a code creates no Intl.DisplayNames', () => {
  const original = Intl.DisplayNames;
  let created = 0;
  Reflect.set(
    Intl,
    'DisplayNames',
    class extends original {
      constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
        super(...args);
        created += 1;
      }
    },
  );
  try {
    for (const value of ['KZ', ' tj ', 'AB', 'XX', 'Kazakhstan']) countryCode(value);
  } finally {
    Reflect.set(Intl, 'DisplayNames', original);
  }
  assert.equal(created, 0);
});

test('a code is a country exactly when the platform names it as a region, user-assigned codes and groups left out', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const expected = everyCode.filter((code) => !notCountries.test(code) && names.of(code) !== undefined);
  assert.deepEqual(everyCode.filter((code) => countryCode(code) !== undefined), expected);
  assert.ok(expected.includes('KZ') && expected.includes('XK') && !expected.includes('XX'));
});
