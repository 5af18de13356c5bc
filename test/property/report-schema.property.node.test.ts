import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encryptedReportSchema, reportLimits, reportSchema } from '../../src/sdk/index.js';

// Random and hostile input to the report schemas: parsing returns a typed result or a list of
// issues with paths, and never throws, hangs, or lets an oversize or unknown field through.
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('__proto__', 'constructor', '\u0000', '\u202e', '\ud800', 'a'.repeat(20000), '(a+)+$', '<script>'),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });

test('parsing any JSON value as a report never throws and reports issues with paths', () => {
  fc.assert(
    fc.property(anyJson, (value) => {
      const result = reportSchema.safeParse(value);
      if (!result.success) {
        assert.ok(result.error.issues.length > 0);
        for (const issue of result.error.issues) assert.ok(Array.isArray(issue.path));
      }
    }),
    { numRuns: 4000 },
  );
});

test('a near-valid report with hostile strings in every field is either accepted within bounds or refused', () => {
  const report = fc.record(
    {
      description: hostileString,
      consent: fc.oneof(fc.constant(true), fc.boolean(), hostileString),
      reporterRole: hostileString,
      where: fc.record({ country: hostileString, city: hostileString }, { requiredKeys: [] }),
      when: fc.record({ date: hostileString, text: hostileString }, { requiredKeys: [] }),
      people: fc.record({ count: fc.oneof(fc.integer(), fc.double()), anyUnder18: hostileString }, { requiredKeys: [] }),
      contact: fc.record({ mode: fc.constantFrom('anonymous', 'contact', 'x'), channel: hostileString, address: hostileString }, { requiredKeys: ['mode'] }),
      locale: hostileString,
    },
    { requiredKeys: ['description', 'consent'] },
  );
  fc.assert(
    fc.property(report, (value) => {
      const result = reportSchema.safeParse(value);
      if (result.success) {
        assert.equal(result.data.consent, true);
        assert.ok(result.data.description.length >= 1 && result.data.description.length <= reportLimits.description);
        if (result.data.where?.country) assert.match(result.data.where.country, /^[A-Z]{2}$/);
      }
    }),
    { numRuns: 4000 },
  );
});

test('parsing any JSON value as an encrypted envelope never throws', () => {
  fc.assert(
    fc.property(anyJson, (value) => {
      const result = encryptedReportSchema.safeParse(value);
      assert.equal(typeof result.success, 'boolean');
    }),
    { numRuns: 2000 },
  );
});

test('a 1 MB description is refused quickly, not scanned character by character forever', () => {
  const start = performance.now();
  const result = reportSchema.safeParse({ description: 'ж'.repeat(1_000_000), consent: true });
  assert.equal(result.success, false);
  // A generous bound that only a pathological (quadratic) check would exceed.
  assert.ok(performance.now() - start < 2000);
});
