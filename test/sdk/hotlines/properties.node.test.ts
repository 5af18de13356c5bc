import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HotlineDataError } from '../../../src/sdk/hotlines/errors.js';
import { parseHotlineData, validateHotlineData } from '../../../src/sdk/hotlines/validate.js';
import { bundledHotlineData } from '../../../src/sdk/hotlines/bundled.js';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { Channel } from '../../../src/sdk/hotlines/schema.js';
import { data, hotline, officeHours, phone, source } from './fixtures.js';

test('any JSON value gives a typed result, never a crash', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = validateHotlineData(value);
      if (!result.ok) assert.ok(result.problems.length > 0 && result.problems.every((p) => p.path.startsWith('$')));
    }),
    { numRuns: 2000 },
  );
});

test('any text is either valid data or a HotlineDataError', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      try {
        parseHotlineData(text);
      } catch (error) {
        assert.ok(error instanceof HotlineDataError);
      }
    }),
    { numRuns: 2000 },
  );
});

test('changing one field of the bundled data to a random value is reported or accepted, never a crash', () => {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
    } else {
      paths.push(path);
    }
  };
  walk(bundledHotlineData, []);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.jsonValue(), (index, value) => {
      const copy = structuredClone(bundledHotlineData) as unknown as Record<string | number, unknown>;
      const path = paths[index]!;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path.at(-1)!] = value;
      const result = validateHotlineData(copy);
      if (!result.ok) assert.ok(result.problems.length > 0);
    }),
    { numRuns: 300 },
  );
});

// --- 10,000 hostile inputs at the loading boundary ----------------------------------------------

/** A small valid file with every kind of channel, hours and emergency numbers: the base that is broken. */
const base = data(
  [
    hotline({
      id: 'kz-a',
      channels: [
        phone('8 800 080 7701', '+78000807701', officeHours('Asia/Almaty')),
        { type: 'telegram', username: 'help_line', reachableFromAbroad: 'yes', languages: ['ru', 'kk'], hours: { type: 'always' }, source: 0 },
        { type: 'email', address: 'help@example.org', reachableFromAbroad: 'yes', languages: ['en'], hours: { type: 'unknown' }, source: 0 },
        { type: 'website', url: 'https://example.org/help', reachableFromAbroad: 'yes', languages: [], hours: { type: 'unknown' }, source: 0 },
      ] as Channel[],
      regions: ['KZ-75'],
      servesNationalsOf: ['KG', 'UZ'],
    }),
    hotline({ id: 'kg-b', countries: ['KG'], topics: ['trafficking', 'labour-exploitation'], status: 'lead', lastConfirmed: null }),
  ],
  [
    {
      country: 'KZ',
      numbers: [{ service: 'police', printed: '102', dial: '102', tollFree: 'yes', source: 0 }],
      provenance: { status: 'confirmed', statusReason: 'test', seedOnly: false, lastConfirmed: '2025-06-01', sources: [source(['102'])] },
    },
  ],
);
{ const r = validateHotlineData(base); assert.ok(r.ok, JSON.stringify(r.problems)); }

/** Values a broken or hostile file holds where something else belongs. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    null, undefined, true, 0, -0, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', '\u0000', '\ud800', '\u202e', 'a'.repeat(5000),
    'Asia/Almaty', 'Etc/GMT+5', 'UTC', '+05:00', 'Mars/Olympus', '24:00', '00:00', '25:61', '+77000000000', '8', 'javascript:alert(1)',
    'data:text/html,x', 'https://', 'KZ', 'kz', 'XX', 'MO', 'trafficking', 'confirmed', '2025-02-30', '9999-12-31', 'ru', 'x-klingon',
    [], [null], {}, { en: '' }, { ru: 'только русский' }, new Date(Number.NaN), 10n, JSON.parse('{"__proto__": {"polluted": 1}}'),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path in the base file, to objects and to leaves. */
const basePaths: (string | number)[][] = [];
(function walk(node: unknown, path: (string | number)[]) {
  if (path.length > 0) basePaths.push(path);
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
  }
})(base, []);

type Mutation = { at: number; kind: 'set' | 'delete' | 'add-key'; value: unknown; key: string };
const mutation = fc.record({
  at: fc.nat({ max: basePaths.length - 1 }),
  kind: fc.constantFrom<Mutation['kind']>('set', 'set', 'delete', 'add-key'),
  value: hostileValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'hours', 'en'), fc.string({ maxLength: 8 })),
});

/** The base file with one to four things broken in it. */
const brokenFile = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
  for (const m of mutations) {
    const path = basePaths[m.at]!;
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (!node || typeof node !== 'object') continue;
    const parent = node as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (m.kind === 'set') parent[last] = m.value;
    else if (m.kind === 'delete') delete parent[last];
    else if (parent[last] && typeof parent[last] === 'object') Object.defineProperty(parent[last], m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
});

/** Text a remote server might send: broken JSON, cut-off JSON, nesting bombs, a byte-order mark. */
const hostileText = fc.oneof(
  fc.tuple(brokenFile, fc.option(fc.nat(), { nil: undefined })).map(([file, cut]) => {
    const json = JSON.stringify(file, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? '';
    return cut === undefined ? json : json.slice(0, cut % (json.length + 1));
  }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    'null',
    '\ufeff{}',
    `\ufeff${JSON.stringify(base)}`,
    '<!doctype html><title>Wi-Fi login</title>',
    '['.repeat(2_000) + ']'.repeat(2_000),
    '{"a":'.repeat(1_000) + '1' + '}'.repeat(1_000),
    `{"hotlines":[${'{},'.repeat(1_000)}{}]}`,
    '1e999999',
    '"\\ud800"',
  ),
);

test('a value JSON cannot write (a BigInt, a cycle) where a string belongs is a problem, not a TypeError', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  for (const value of [10n, cycle]) {
    const input = { ...structuredClone(base), format: value };
    const result = validateHotlineData(input);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((p) => p.path === '$.format'));
    assert.throws(() => HotlineDirectory.fromData(input), (e: unknown) => e instanceof HotlineDataError && e.code === 'hotline/data-invalid');
  }
});

test('nesting bombs are refused as HotlineDataError, not a stack overflow', () => {
  for (const text of ['['.repeat(100_000) + ']'.repeat(100_000), '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)]) {
    assert.throws(() => parseHotlineData(text), (e: unknown) => e instanceof HotlineDataError && e.problems.length > 0);
  }
});

test('a file with more problems than can be gathered at once (20,000 empty entries) is refused with its first problems listed', () => {
  const flood = { ...structuredClone(base), hotlines: Array.from({ length: 20_000 }, () => ({})) };
  const result = validateHotlineData(flood);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.problems[0]?.code, 'too-many-problems');
  assert.ok(result.problems.length > 100 && result.problems.length <= 1001, `${result.problems.length} problems`);
  assert.ok(result.problems.some((p) => p.path === '$.hotlines[0].id'));
  assert.throws(() => HotlineDirectory.fromData(flood), (e: unknown) => e instanceof HotlineDataError && /too many problems/.test(e.message));
  // A flood of entries that each break in many places, inside the 5 MB a remote file may have.
  const channels = Array.from({ length: 30 }, () => ({ type: 'phone' }));
  const text = JSON.stringify({ ...base, hotlines: Array.from({ length: 1_500 }, () => ({ channels })) });
  assert.throws(() => parseHotlineData(text), (e: unknown) => e instanceof HotlineDataError && e.problems[0]?.code === 'too-many-problems');
});

const fixedNoon = new Date('2025-06-04T07:00:00Z');

/** A directory made from data that passed must answer queries: nothing accepted may crash later. */
function use(directory: HotlineDirectory): void {
  for (const country of ['KZ', 'KG', 'RU']) {
    for (const result of directory.query({ country, need: 'trafficking', openAt: fixedNoon, language: 'ru', from: 'UZ' })) {
      assert.ok(result.reasons.length > 0);
      for (const channel of result.hotline.channels) directory.isOpen(channel, fixedNoon);
    }
    directory.emergencyNumbers(country);
  }
  directory.countries();
}

function assertDataError(error: unknown): void {
  assert.ok(error instanceof HotlineDataError, `a HotlineDataError, not ${String(error)}`);
  assert.ok(error.code === 'hotline/data-invalid' || error.code === 'hotline/data-malformed-json', error.code);
  assert.ok(error.problems.length > 0 && error.problems.every((p) => p.path.startsWith('$') && typeof p.message === 'string'));
}

test('10,000 random and hostile inputs to HotlineDirectory.fromData and parseHotlineData: a working directory or a HotlineDataError', { timeout: 180_000 }, () => {
  const input = fc.oneof(
    { arbitrary: brokenFile.map((value) => ({ value })), weight: 5 },
    { arbitrary: hostileText.map((text) => ({ text })), weight: 3 },
    {
      arbitrary: fc
        .anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, stringUnit: 'binary' })
        .map((value) => ({ value })),
      weight: 2,
    },
  );
  fc.assert(
    fc.property(input, (item) => {
      let directory: HotlineDirectory;
      try {
        directory = 'text' in item ? new HotlineDirectory(parseHotlineData(item.text)) : HotlineDirectory.fromData(item.value);
      } catch (error) {
        assertDataError(error);
        return;
      }
      use(directory);
    }),
    { numRuns: 10_000 },
  );
});
