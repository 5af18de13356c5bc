import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { HotlineResult } from '../../../src/sdk/hotlines/directory.js';
import { HotlineQueryError } from '../../../src/sdk/hotlines/errors.js';
import type { Channel } from '../../../src/sdk/hotlines/schema.js';
import { data, hotline, officeHours, phone } from './fixtures.js';

const ids = (results: HotlineResult[]) => results.map((r) => r.hotline.id);
const codes = (result: HotlineResult | undefined) => result?.reasons.map((r) => r.code) ?? [];
// Wednesday 4 June 2025, 12:00 in Almaty (UTC+5).
const noonInAlmaty = new Date('2025-06-04T07:00:00Z');
const nightInAlmaty = new Date('2025-06-04T20:00:00Z');

const telegram = (username: string, languages: string[] = []): Channel => ({
  type: 'telegram',
  username,
  reachableFromAbroad: 'yes',
  languages,
  hours: { type: 'unknown' },
  source: 0,
});

test('a line on the exact topic ranks above one on a related topic, and unrelated lines are left out', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-legal', topics: ['legal-aid'] }),
      hotline({ id: 'kz-trafficking', topics: ['trafficking'] }),
      hotline({ id: 'kz-children', topics: ['child-protection'] }),
    ]),
  );
  const results = directory.query({ country: 'KZ', need: 'trafficking', openAt: noonInAlmaty });
  assert.deepEqual(ids(results), ['kz-trafficking', 'kz-legal']);
  assert.ok(codes(results[0]).includes('topic-exact'));
  assert.ok(codes(results[1]).includes('topic-related'));
});

test('only lines serving the country are returned; an unknown country has none', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-a' }), hotline({ id: 'kg-a', countries: ['KG'] })]));
  assert.deepEqual(ids(directory.query({ country: 'KG' })), ['kg-a']);
  assert.deepEqual(directory.query({ country: 'FR' }), []);
  assert.deepEqual(ids(directory.query({})).sort(), ['kg-a', 'kz-a']);
});

test('a line open now ranks above a closed one, and the result says when each changes', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-office', channels: [phone('+7 727 000 00 01', '+77270000001', officeHours('Asia/Almaty'))] }),
      hotline({ id: 'kz-night', channels: [phone('+7 727 000 00 02', '+77270000002', { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '22:00', closes: '06:00' }] })] }),
    ]),
  );
  const noon = directory.query({ country: 'KZ', openAt: noonInAlmaty });
  assert.deepEqual(ids(noon), ['kz-office', 'kz-night']);
  assert.equal(noon[0]!.open, 'open');
  assert.equal(noon[0]!.channels[0]!.next?.toISOString(), '2025-06-04T13:00:00.000Z');
  assert.equal(noon[1]!.open, 'closed');
  assert.equal(noon[1]!.channels[0]!.next?.toISOString(), '2025-06-04T17:00:00.000Z');
  const night = directory.query({ country: 'KZ', openAt: nightInAlmaty });
  assert.deepEqual(ids(night), ['kz-night', 'kz-office']);
  assert.deepEqual(ids(directory.query({ country: 'KZ', openAt: nightInAlmaty, openNow: true })), ['kz-night']);
});

test('a line that answers in the asked language ranks higher; Uzbek scripts are told apart', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'uz-latin', countries: ['UZ'], channels: [telegram('latin_line', ['uz-Latn'])] }),
      hotline({ id: 'uz-cyrillic', countries: ['UZ'], channels: [telegram('cyrillic_line', ['uz-Cyrl'])] }),
      hotline({ id: 'uz-silent', countries: ['UZ'], channels: [telegram('silent_line')] }),
    ]),
  );
  const cyrillic = directory.query({ country: 'UZ', language: 'uz-Cyrl' });
  assert.deepEqual(ids(cyrillic), ['uz-cyrillic', 'uz-silent', 'uz-latin']);
  assert.deepEqual(
    cyrillic.map((r) => r.reasons.find((reason) => reason.factor === 'language')?.code),
    ['language-match', 'language-unknown', 'language-no-match'],
  );
  assert.deepEqual(ids(directory.query({ country: 'UZ', language: 'uz-Latn' })).slice(0, 1), ['uz-latin']);
  // Uzbek with no script matches either script.
  assert.equal(directory.query({ country: 'UZ', language: 'uz' })[0]!.channels[0]!.language, 'match');
});

test('for a Kyrgyz migrant in Moscow, lines for Kyrgyz nationals come first; lines for other nationals and home short codes drop out', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'ru-general', countries: ['RU'], topics: ['migrant-rights'] }),
      hotline({ id: 'ru-for-kyrgyz', countries: ['RU'], servesNationalsOf: ['KG'], topics: ['migrant-rights'] }),
      hotline({ id: 'ru-for-uzbeks', countries: ['RU'], servesNationalsOf: ['UZ'], topics: ['migrant-rights'] }),
      hotline({ id: 'kg-short-code', countries: ['KG'], topics: ['migrant-rights'], channels: [phone('189', '189')] }),
      hotline({ id: 'kg-international', countries: ['KG'], topics: ['migrant-rights'], channels: [phone('+996 312 00 00 00', '+996312000000')] }),
    ]),
  );
  const results = directory.query({ country: 'RU', from: 'KG', need: 'migrant-rights' });
  assert.deepEqual(ids(results), ['ru-for-kyrgyz', 'ru-general', 'kg-international']);
  assert.ok(codes(results[0]).includes('serves-your-nationals'));
  assert.ok(codes(results[2]).includes('home-country-line'));
  assert.equal(results[2]!.channels[0]!.reachable, 'yes');
});

test('short codes are left out when the person is abroad, with the other channels kept', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kg-mixed', countries: ['KG'], channels: [phone('189', '189'), telegram('kg_line')] }),
    ]),
  );
  const [result] = directory.query({ country: 'RU', from: 'KG' });
  assert.deepEqual(result!.channels.map((c) => c.channel.type), ['telegram']);
  assert.equal(result!.channels[0]!.index, 1);
});

test('a local service ranks higher in its region and lower elsewhere', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-national' }),
      hotline({ id: 'kz-shymkent', regions: ['KZ-79'] }),
      hotline({ id: 'kz-almaty', regions: ['KZ-75'] }),
    ]),
  );
  assert.deepEqual(ids(directory.query({ country: 'KZ', region: 'KZ-79' })), ['kz-shymkent', 'kz-national', 'kz-almaty']);
});

test('recency: confirmed ranks above lead, seed-only lower, outdated only on request', () => {
  const directory = new HotlineDirectory(
    data([
      hotline({ id: 'kz-older-lead', status: 'lead', lastConfirmed: '2023' }),
      hotline({ id: 'kz-confirmed', status: 'confirmed', lastConfirmed: '2025-06-01' }),
      hotline({ id: 'kz-outdated', status: 'outdated', lastConfirmed: '2020' }),
      hotline({ id: 'kz-undated-lead', status: 'lead', lastConfirmed: null }),
    ]),
  );
  assert.deepEqual(ids(directory.query({ country: 'KZ' })), ['kz-confirmed', 'kz-older-lead', 'kz-undated-lead']);
  assert.deepEqual(ids(directory.query({ country: 'KZ', includeOutdated: true })).at(-1), 'kz-outdated');
  const older = directory.query({ country: 'KZ' }).find((r) => r.hotline.id === 'kz-older-lead')!;
  // Reviewed in 2026, last confirmed in 2023: three years at two points each.
  assert.deepEqual(older.reasons.find((r) => r.code === 'confirmation-age'), { factor: 'recency', code: 'confirmation-age', points: -6 });
});

test('the channel filter keeps only lines with that kind of channel', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-phone' }), hotline({ id: 'kz-telegram', channels: [telegram('kz_line')] })]));
  assert.deepEqual(ids(directory.query({ country: 'KZ', channel: 'telegram' })), ['kz-telegram']);
});

test('entries with no channel are left out unless asked for', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-no-contact', channels: [] }), hotline({ id: 'kz-phone' })]));
  assert.deepEqual(ids(directory.query({ country: 'KZ' })), ['kz-phone']);
  assert.deepEqual(ids(directory.query({ country: 'KZ', includeWithoutChannels: true })).sort(), ['kz-no-contact', 'kz-phone']);
});

test('every result carries the reasons that add up to its score', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-a', channels: [phone('+7 727 000 00 01', '+77270000001', officeHours('Asia/Almaty'))] })]));
  const [result] = directory.query({ country: 'KZ', need: 'trafficking', language: 'ru', openAt: noonInAlmaty });
  assert.equal(result!.score, result!.reasons.reduce((sum, r) => sum + r.points, 0));
  assert.deepEqual(
    result!.reasons.map((r) => r.factor),
    // Issue 15 added the contact factor (a phone or messenger with known hours ranks higher).
    ['topic', 'language', 'open', 'reachability', 'contact', 'recency', 'recency'],
  );
});

test('limit cuts the ranked list', () => {
  const directory = new HotlineDirectory(data(Array.from({ length: 5 }, (_, i) => hotline({ id: `kz-${i}` }))));
  assert.equal(directory.query({ country: 'KZ', limit: 2 }).length, 2);
});

test('a malformed query is a HotlineQueryError naming the field', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-a' })]));
  for (const [query, path] of [
    [{ country: 'kz' }, '$.country'],
    [{ need: 'astrology' }, '$.need'],
    [{ language: 'not a tag!' }, '$.language'],
    [{ region: 'Shymkent' }, '$.region'],
  ] as const) {
    assert.throws(
      () => directory.query(query as never),
      (error: unknown) => error instanceof HotlineQueryError && error.code === 'hotline/query-invalid' && error.problems[0]!.path === path,
      path,
    );
  }
});

test('a malformed query names each problem in our codes, not zod\'s', () => {
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-a' })]));
  const codeOf = (query: unknown) => {
    try {
      directory.query(query as never);
    } catch (error) {
      if (error instanceof HotlineQueryError) return error.problems.map((p) => `${p.path} ${p.code}`);
      throw error;
    }
    return [];
  };
  assert.deepEqual(codeOf({ country: 'kz' }), ['$.country wrong-format']);
  assert.deepEqual(codeOf({ need: 'astrology' }), ['$.need not-allowed']);
  assert.deepEqual(codeOf({ language: 'not a tag!' }), ['$.language wrong-format']);
  assert.deepEqual(codeOf({ country: 7 }), ['$.country wrong-type']);
});

test('isOpen and nextChange work per channel', () => {
  const channel = phone('+7 727 000 00 01', '+77270000001', officeHours('Asia/Almaty'));
  const directory = new HotlineDirectory(data([hotline({ id: 'kz-a', channels: [channel] })]));
  assert.equal(directory.isOpen(channel, noonInAlmaty), 'open');
  assert.equal(directory.nextChange(channel, noonInAlmaty)?.toISOString(), '2025-06-04T13:00:00.000Z');
});

test('emergency numbers come with their source; a country without a sourced number gets none, not a guess', () => {
  const directory = new HotlineDirectory(
    data(
      [hotline({ id: 'kz-a' })],
      [
        {
          country: 'KZ',
          numbers: [{ service: 'general', printed: '112', dial: '112', tollFree: 'yes', source: 0 }],
          unsourced: ['gas'],
          provenance: { status: 'confirmed', statusReason: 'test', seedOnly: false, lastConfirmed: '2025', sources: [{ url: 'https://example.org', quote: 'Call 112.', date: '2025', prints: ['112'] }] },
        },
      ],
    ),
  );
  assert.deepEqual(directory.emergencyNumbers('kz').numbers.map((n) => n.dial), ['112']);
  const none = directory.emergencyNumbers('RU');
  assert.deepEqual(none.numbers, []);
  assert.equal(none.provenance, null);
  assert.ok(none.unsourced.includes('general'));
  assert.deepEqual(directory.countries(), ['KZ']);
});

test('the fast scoring pass and the detailed reasons agree on every result of 300 mixed queries', async () => {
  const { syntheticDirectory, syntheticQueries } = await import('../../fixtures/synthetic-hotlines.js');
  const directory = new HotlineDirectory(syntheticDirectory(1500));
  for (const query of syntheticQueries(300, 11)) {
    for (const result of directory.query({ ...query, limit: 25 })) {
      assert.equal(result.score, result.reasons.reduce((sum, r) => sum + r.points, 0), JSON.stringify(query));
      const best = result.channels.filter((c) => !query.channel || c.channel.type === query.channel).map((c) => c.open);
      const expected = best.includes('open') ? 'open' : best.includes('unknown') || best.length === 0 ? 'unknown' : 'closed';
      assert.equal(result.open, expected, JSON.stringify(query));
    }
  }
});
