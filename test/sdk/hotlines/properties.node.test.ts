import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HotlineDataError } from '../../../src/sdk/hotlines/errors.js';
import { parseHotlineData, validateHotlineData } from '../../../src/sdk/hotlines/validate.js';
import { bundledHotlineData } from '../../../src/sdk/hotlines/bundled.js';

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
