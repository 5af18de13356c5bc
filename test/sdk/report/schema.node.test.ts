import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportLimits } from '../../../src/sdk/index.js';
import { reportSchema } from '../../../src/sdk/report/schema.js';

test('the smallest valid report is a description and consent', () => {
  const result = reportSchema.safeParse({ description: 'They took my passport.', consent: true });
  assert.ok(result.success);
  assert.deepEqual(result.data, { description: 'They took my passport.', consent: true });
});

test('text is trimmed, and a description of only spaces is refused', () => {
  assert.equal(reportSchema.parse({ description: '  help  ', consent: true }).description, 'help');
  const result = reportSchema.safeParse({ description: '   ', consent: true });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues.map((i) => i.path.join('.')), ['description']);
});

test('a report without consent, with unknown fields, or over a length bound is refused with each path', () => {
  const result = reportSchema.safeParse({
    description: 'x'.repeat(reportLimits.description + 1),
    consent: false,
    ipAddress: '203.0.113.9',
  });
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((i) => `${i.path.join('.')}:${i.code}`).sort();
  assert.deepEqual(paths, [':unrecognized_keys', 'consent:invalid_value', 'description:too_big']);
});

test('confidential contact needs a channel and an address; anonymous needs nothing', () => {
  assert.ok(reportSchema.safeParse({ description: 'a', consent: true, contact: { mode: 'anonymous' } }).success);
  const full = {
    description: 'a',
    consent: true,
    contact: { mode: 'contact', channel: 'telegram', address: '@sister', safeTimes: 'after 18:00', mayLeaveMessage: false, codeWord: 'apricot' },
  };
  assert.ok(reportSchema.safeParse(full).success);
  const missing = reportSchema.safeParse({ description: 'a', consent: true, contact: { mode: 'contact', channel: 'sms' } });
  assert.deepEqual(missing.error?.issues.map((i) => i.path.join('.')), ['contact.address']);
});

test('where, when and people are checked field by field', () => {
  const ok = reportSchema.safeParse({
    description: 'a',
    consent: true,
    where: { country: 'KZ', city: 'Shymkent' },
    when: { date: '2026-11', ongoing: true },
    people: { count: 3, anyUnder18: 'yes' },
    dangerNow: 'unknown',
    reporterRole: 'family-or-friend',
    indicators: ['documents-taken', 'debt-or-fees'],
    locale: 'uz-Cyrl',
  });
  assert.ok(ok.success, JSON.stringify(ok.error?.issues));
  const bad = reportSchema.safeParse({
    description: 'a',
    consent: true,
    where: { country: 'kz' },
    when: { date: '2026-13-01' },
    people: { count: 0 },
    indicators: ['not-a-thing'],
  });
  assert.deepEqual(bad.error?.issues.map((i) => i.path.join('.')).sort(), ['indicators.0', 'people.count', 'when.date', 'where.country']);
});
