import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ReportClient,
  ReportValidationError,
  SafeError,
  contactChannels,
  reportIndicators,
  reportLimits,
  reporterRoles,
  yesNoUnknown,
} from '../../src/sdk/index.js';
import { encryptedReportSchema, reportSchema } from '../../src/sdk/report/schema.js';

// Random and hostile input to the report schemas: parsing returns a typed result or a list of
// issues with paths, and never throws, hangs, or lets an oversize or unknown field through.
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('__proto__', 'constructor', '\u0000', '\u202e', '\ud800', 'a'.repeat(20000), '(a+)+$', '<script>', ' ', '\u200b', '\ufeff', 'KZ', 'kz'),
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
    { numRuns: 10_000 },
  );
});

/** A valid value three times in four, a hostile one otherwise: so that many reports pass and each refusal has few causes. */
const mostly = <T,>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown> = hostileString) =>
  fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostile, weight: 1 });

/** Free text as people write it: any graphemes, invisible and bidirectional characters included. */
const freeText = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 300) });

/** A report with hostile values in some fields: near enough to valid that many pass. */
const nearValidReport = fc.record(
  {
    description: mostly(freeText(reportLimits.description)),
    consent: mostly(fc.constant(true), fc.oneof(fc.boolean(), hostileString, fc.constant(1))),
    reporterRole: mostly(fc.constantFrom(...reporterRoles)),
    indicators: mostly(fc.uniqueArray(fc.constantFrom(...reportIndicators), { maxLength: 4 }), fc.array(hostileString, { maxLength: 20 })),
    where: fc.record({ country: mostly(fc.constantFrom('KZ', 'RU', 'AE', 'TR')), city: mostly(freeText(reportLimits.city)) }, { requiredKeys: [] }),
    when: fc.record({ date: mostly(fc.constantFrom('2026', '2026-11', '2026-11-23')), ongoing: mostly(fc.boolean()), text: mostly(freeText(reportLimits.whenText)) }, { requiredKeys: [] }),
    people: fc.record({ count: mostly(fc.integer({ min: 1, max: 10_000 }), fc.oneof(fc.integer(), fc.double())), anyUnder18: mostly(fc.constantFrom(...yesNoUnknown)) }, { requiredKeys: [] }),
    dangerNow: mostly(fc.constantFrom(...yesNoUnknown)),
    contact: mostly(
      fc.oneof(
        fc.constant({ mode: 'anonymous' }),
        fc.record({ mode: fc.constant('contact'), channel: fc.constantFrom(...contactChannels), address: freeText(reportLimits.address) }),
      ),
      fc.record({ mode: fc.constantFrom('anonymous', 'contact', 'x'), channel: hostileString, address: hostileString }, { requiredKeys: ['mode'] }),
    ),
    locale: mostly(fc.constantFrom('ru', 'en', 'uz-Cyrl', 'kk-KZ')),
  },
  { requiredKeys: ['description', 'consent'] },
);

/** Anything a script on the page could pass: null-prototype objects, sparse arrays, boxed values, dates, BigInts. */
const anyValue = fc.anything({
  maxDepth: 3,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

test('10,000 hostile inputs to ReportClient.prepare: a pending report within bounds, or a ReportValidationError, never another exception', () => {
  const client = new ReportClient({ endpoint: 'https://ngo.example/reports' });
  fc.assert(
    fc.property(fc.oneof({ arbitrary: nearValidReport, weight: 3 }, { arbitrary: anyValue, weight: 1 }), (value) => {
      let pending;
      try {
        pending = client.prepare(value);
      } catch (error) {
        assert.ok(error instanceof ReportValidationError, `a ReportValidationError, not ${String(error)}`);
        assert.ok(error instanceof SafeError);
        assert.equal(error.name, 'ReportValidationError');
        assert.equal(error.code, 'report/invalid');
        assert.ok(error.issues.length > 0 && error.issues.every((i) => typeof i.path === 'string' && typeof i.code === 'string'));
        assert.equal(client.pending.length, 0, 'a refused report is never pending');
        return;
      }
      const report = pending.report;
      assert.ok(Object.isFrozen(pending));
      assert.equal(report.consent, true);
      assert.ok(report.description.length >= 1 && report.description.length <= reportLimits.description);
      assert.equal(report.description, report.description.trim());
      if (report.where?.country) assert.match(report.where.country, /^[A-Z]{2}$/);
      // What was accepted parses again to itself: nothing half-valid gets through.
      assert.deepEqual(reportSchema.parse(JSON.parse(JSON.stringify(report))), report);
      client.discard(pending.id);
    }),
    { numRuns: 10_000 },
  );
});

test('parsing any JSON value as an encrypted envelope never throws', () => {
  fc.assert(
    fc.property(anyJson, (value) => {
      const result = encryptedReportSchema.safeParse(value);
      assert.equal(typeof result.success, 'boolean');
    }),
    { numRuns: 10_000 },
  );
});

test('a 1 MB description is refused quickly, not scanned character by character forever', () => {
  const start = performance.now();
  const result = reportSchema.safeParse({ description: 'ж'.repeat(1_000_000), consent: true });
  assert.equal(result.success, false);
  // A generous bound that only a pathological (quadratic) check would exceed.
  assert.ok(performance.now() - start < 2000);
});
