import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HotlineDataError } from '../../../src/sdk/hotlines/errors.js';
import { dialMatchesPrinted, parseHotlineData, validateHotlineData } from '../../../src/sdk/hotlines/validate.js';
import { SafeError } from '../../../src/sdk/errors.js';
import { data, hotline, phone } from './fixtures.js';

function problemsOf(input: unknown) {
  const result = validateHotlineData(input);
  assert.equal(result.ok, false, 'expected the data to be rejected');
  return result.problems;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('a small, complete file passes and comes back typed', () => {
  const result = validateHotlineData(data([hotline({ id: 'kz-one' })]));
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.data.hotlines[0]!.id, 'kz-one');
});

test('malformed JSON is a HotlineDataError with code hotline/data-malformed-json', () => {
  assert.throws(
    () => parseHotlineData('{"format": "safe-migration-kit/hotlines",', { url: 'https://example.org/h.json' }),
    (error: unknown) => {
      assert.ok(error instanceof HotlineDataError);
      assert.ok(error instanceof SafeError);
      assert.equal(error.name, 'HotlineDataError');
      assert.equal(error.code, 'hotline/data-malformed-json');
      assert.equal(error.problems[0]!.path, '$');
      assert.ok(error.cause instanceof SyntaxError);
      assert.match(error.message, /from https:\/\/example\.org\/h\.json/);
      return true;
    },
  );
});

test('a wrong type names the JSON path, what was expected and what came', () => {
  const bad = clone(data([hotline({ id: 'kz-one' })])) as unknown as { hotlines: { channels: { languages: unknown }[] }[] };
  bad.hotlines[0]!.channels[0]!.languages = 'ru';
  const problems = problemsOf(bad);
  assert.deepEqual(problems, [{ path: '$.hotlines[0].channels[0].languages', code: 'wrong-type', message: 'expected array, got string' }]);
});

test('problems carry our codes, never zod\'s: a missing field, an unknown key, a value out of range', () => {
  const bad = clone(data([hotline({ id: 'kz-one' })])) as unknown as { hotlines: Record<string, unknown>[] };
  delete bad.hotlines[0]!.name;
  bad.hotlines[0]!.colour = 'red';
  bad.hotlines[0]!.area = { countries: [] };
  const codes = Object.fromEntries(problemsOf(bad).map((p) => [p.path, p.code]));
  assert.deepEqual(codes, { '$.hotlines[0].name': 'missing', '$.hotlines[0]': 'unknown-field', '$.hotlines[0].area.countries': 'too-small' });
  for (const code of Object.values(codes)) assert.doesNotMatch(code, /_/);
});

test('an unknown topic is rejected with the allowed values', () => {
  const bad = clone(data([hotline({ id: 'kz-one' })])) as unknown as { hotlines: { topics: string[] }[] };
  bad.hotlines[0]!.topics = ['trafficking', 'astrology'];
  const [problem] = problemsOf(bad);
  assert.equal(problem!.path, '$.hotlines[0].topics[1]');
  assert.equal(problem!.code, 'not-allowed');
  assert.match(problem!.message, /"trafficking" or "labour-exploitation"/);
  assert.match(problem!.message, /got "astrology"/);
});

test('duplicate ids are found, naming the first use', () => {
  const problems = problemsOf(data([hotline({ id: 'kz-one' }), hotline({ id: 'kz-two' }), hotline({ id: 'kz-one' })]));
  assert.deepEqual(problems, [
    { path: '$.hotlines[2].id', code: 'duplicate-id', message: '"kz-one" is already the id of $.hotlines[0]' },
  ]);
});

test('a fixed UTC offset is not a time zone', () => {
  for (const zone of ['UTC+5', '+05:00', 'Etc/GMT-5', 'GMT', 'Asia/Nowhere']) {
    const bad = data([hotline({ id: 'kz-one', channels: [phone('111', '111', { type: 'weekly', timeZone: zone, rules: [{ days: ['MO'], opens: '09:00', closes: '18:00' }] })] })]);
    const [problem] = problemsOf(bad);
    assert.equal(problem!.path, '$.hotlines[0].channels[0].hours.timeZone', zone);
    assert.match(problem!.message, /IANA/);
  }
});

test('a number its source does not print is rejected', () => {
  const bad = data([hotline({ id: 'kz-one', channels: [phone('+7 700 000 00 00', '+77000000000')], prints: ['+7 700 000 00 01'] })]);
  const [problem] = problemsOf(bad);
  assert.equal(problem!.code, 'unprinted-number');
  assert.equal(problem!.path, '$.hotlines[0].channels[0].printed');
});

test('a dial form that is not the printed number is rejected', () => {
  const bad = data([hotline({ id: 'kz-one', channels: [phone('8 (7252) 56-47-54', '+77252564755')] })]);
  const [problem] = problemsOf(bad);
  assert.equal(problem!.code, 'dial-mismatch');
  assert.equal(problem!.path, '$.hotlines[0].channels[0].dial');
});

test('dial forms: same digits, 00 as +, a trunk prefix dropped after a country code; short codes exactly', () => {
  assert.ok(dialMatchesPrinted('+74959679844', '+7 (495) 967 98 44'));
  assert.ok(dialMatchesPrinted('+97168027666', '00971-68027666'));
  assert.ok(dialMatchesPrinted('+78005503203', '8-800-550-32-03'));
  assert.ok(dialMatchesPrinted('+992918853434', '918-85-3434'));
  assert.ok(dialMatchesPrinted('11616', '116 16'));
  assert.ok(!dialMatchesPrinted('+711616', '116 16'), 'a short code never gets a country code');
  assert.ok(!dialMatchesPrinted('1161', '116 16'));
  assert.ok(!dialMatchesPrinted('+74959679845', '+7 (495) 967 98 44'));
});

test('a channel pointing at a source that does not exist is rejected', () => {
  const bad = data([hotline({ id: 'kz-one', channels: [phone('111', '111', { type: 'unknown' }, { source: 3 })] })]);
  assert.equal(problemsOf(bad)[0]!.code, 'source-out-of-range');
});

test('a seed-only lead cannot be confirmed, and an entry without a source must be seed-only', () => {
  const seed = hotline({ id: 'kz-seed', seedOnly: true, channels: [], status: 'confirmed' });
  assert.ok(problemsOf(data([seed])).some((p) => p.code === 'seed-confirmed'));
  const sourceless = hotline({ id: 'kz-bare', channels: [] });
  sourceless.provenance.sources = [];
  assert.ok(problemsOf(data([{ ...sourceless, provenance: { ...sourceless.provenance, status: 'lead' } }])).some((p) => p.code === 'no-source'));
});

test('unknown keys, a missing field and a wrong version are all reported at once', () => {
  const bad = clone(data([hotline({ id: 'kz-one' })])) as unknown as Record<string, unknown> & { hotlines: Record<string, unknown>[] };
  bad.version = 2;
  bad.extra = true;
  delete bad.hotlines[0]!.area;
  const problems = problemsOf(bad);
  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  assert.match(byPath['$.version']!, /expected 1, got 2/);
  assert.match(byPath['$']!, /unknown key "extra"/);
  assert.match(byPath['$.hotlines[0].area']!, /is missing/);
});

test('links must be http or https, never javascript: or data:', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org']) {
    const bad = data([hotline({ id: 'kz-one', channels: [{ type: 'website', url, reachableFromAbroad: 'yes', languages: [], hours: { type: 'unknown' }, source: 0 }], prints: [url] })]);
    assert.equal(problemsOf(bad)[0]!.path, '$.hotlines[0].channels[0].url', url);
  }
});

test('every name needs an English fallback', () => {
  const bad = clone(data([hotline({ id: 'kz-one' })]));
  bad.hotlines[0]!.name = { ru: 'Линия' };
  assert.equal(problemsOf(bad)[0]!.path, '$.hotlines[0].name.en');
});

test('a span that opens at 24:00 or lasts no time is rejected', () => {
  const bad = data([
    hotline({
      id: 'kz-one',
      channels: [phone('111', '111', { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO'], opens: '09:00', closes: '09:00' }] })],
    }),
  ]);
  assert.equal(problemsOf(bad)[0]!.code, 'bad-span');
});
