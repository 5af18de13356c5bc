// Ranking a person can use now (issue 15): a line to call or message, with known hours, comes
// before a website-only line; "open now only" keeps lines whose hours no source gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { HotlineResult } from '../../../src/sdk/hotlines/directory.js';
import type { Channel } from '../../../src/sdk/hotlines/schema.js';
import { data, hotline, officeHours, phone } from './fixtures.js';

const ids = (results: HotlineResult[]) => results.map((r) => r.hotline.id);
const website = (url: string): Channel => ({ type: 'website', url, reachableFromAbroad: 'yes', languages: [], hours: { type: 'unknown' }, source: 0 });
// 03:00 on a Thursday in Almaty (UTC+5).
const threeAm = new Date('2025-06-04T22:00:00Z');
const noon = new Date('2025-06-04T07:00:00Z');

test('a phone line with 24-hour or known hours ranks before a website-only line, even one confirmed more recently', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-site', channels: [website('https://example.org')], lastConfirmed: '2025-12-01' }),
      hotline({ id: 'kz-24h', channels: [phone('150', '150', { type: 'always', printed: '24/7' })], status: 'lead', lastConfirmed: '2021' }),
      hotline({ id: 'kz-office', channels: [phone('+7 727 000 00 01', '+77270000001', officeHours('Asia/Almaty'))], status: 'lead', lastConfirmed: '2021' }),
    ]),
  );
  for (const at of [noon, threeAm]) {
    const results = directory.query({ country: 'KZ', need: 'trafficking', openAt: at });
    assert.equal(ids(results).at(-1), 'kz-site', at.toISOString());
    assert.ok(results[0]!.reasons.some((r) => r.code === 'direct-contact-known-hours'));
    assert.ok(results.at(-1)!.reasons.some((r) => r.code === 'no-direct-contact'));
  }
});

test('a phone with unknown hours still outranks a website-only line of the same standing', () => {
  const directory = new HotlineDirectory(
    data([hotline({ id: 'kz-site', channels: [website('https://example.org')] }), hotline({ id: 'kz-phone', channels: [phone('116 16', '11616')] })]),
  );
  const results = directory.query({ country: 'KZ' });
  assert.deepEqual(ids(results), ['kz-phone', 'kz-site']);
  assert.ok(results[0]!.reasons.some((r) => r.code === 'direct-contact-hours-unknown'));
});

test('"open now only" at 3 am keeps the line with unknown hours under hours-not-known, after the open ones, and drops the closed one', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-unknown-trafficking', channels: [phone('116 16', '11616')] }),
      hotline({ id: 'kz-office', channels: [phone('+7 727 000 00 01', '+77270000001', officeHours('Asia/Almaty'))] }),
      hotline({ id: 'kz-24h', topics: ['domestic-violence'], channels: [phone('150', '150', { type: 'always', printed: '24/7' })] }),
    ]),
  );
  const results = directory.query({ country: 'KZ', openNow: true, openAt: threeAm });
  assert.deepEqual(ids(results), ['kz-24h', 'kz-unknown-trafficking']);
  assert.equal(results[0]!.open, 'open');
  assert.equal(results[1]!.open, 'unknown');
  assert.ok(results[1]!.reasons.some((r) => r.factor === 'open' && r.code === 'hours-not-known'));
  assert.equal(results[1]!.score, results[1]!.reasons.reduce((sum, r) => sum + r.points, 0));
  // Open lines come first even when an unknown one scores higher.
  const trafficking = directory.query({ country: 'KZ', need: 'trafficking', openNow: true, openAt: threeAm });
  assert.deepEqual(ids(trafficking), ['kz-unknown-trafficking']);
});
