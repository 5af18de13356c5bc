import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, emptyDraft, problemsFromIssues, problemsOnStep, toReportInput } from '../../../src/widgets/report-form/draft.js';
import { reportSchema } from '../../../src/sdk/report/schema.js';

describe('report form draft', () => {
  it('makes the smallest report from a draft with only the required answers', () => {
    const draft = { ...emptyDraft(), description: 'They keep my passport.', consent: true };
    const input = toReportInput(draft, 'ru');
    assert.deepEqual(input, { description: 'They keep my passport.', consent: true, locale: 'ru' });
    assert.equal(reportSchema.safeParse(input).success, true);
  });

  it('leaves out "rather not say" and unanswered questions, and keeps the anonymous default without contact', () => {
    const draft = { ...emptyDraft(), description: 'x', consent: true, reporterRole: 'rather-not-say' as const, city: '   ' };
    assert.deepEqual(toReportInput(draft), { description: 'x', consent: true });
  });

  it('maps every answer to the report schema', () => {
    const draft = {
      ...emptyDraft(),
      description: 'Work without pay.',
      consent: true,
      dangerNow: 'unknown' as const,
      reporterRole: 'witness' as const,
      indicators: ['not-paid' as const],
      country: 'TR',
      city: 'Istanbul',
      whenText: 'since March',
      ongoing: 'yes' as const,
      peopleCount: '4',
      anyUnder18: 'yes' as const,
      contactMode: 'contact' as const,
      channel: 'sms' as const,
      address: '+90 555 000 00 00',
      mayLeaveMessage: 'no' as const,
    };
    const parsed = reportSchema.parse(toReportInput(draft, 'en'));
    assert.deepEqual(parsed, {
      description: 'Work without pay.',
      consent: true,
      dangerNow: 'unknown',
      reporterRole: 'witness',
      indicators: ['not-paid'],
      where: { country: 'TR', city: 'Istanbul' },
      when: { text: 'since March', ongoing: true },
      people: { count: 4, anyUnder18: 'yes' },
      contact: { mode: 'contact', channel: 'sms', address: '+90 555 000 00 00', mayLeaveMessage: false },
      locale: 'en',
    });
  });

  it('ties every problem to its field and step, with the kind of problem', () => {
    const draft = { ...emptyDraft(), peopleCount: 'a few', contactMode: 'contact' as const, city: 'x'.repeat(101) };
    const problems = checkDraft(draft);
    assert.deepEqual(
      problems.map((p) => `${p.field}:${p.kind}`).sort(),
      ['address:missing', 'channel:missing', 'city:too-long', 'consent:missing', 'description:missing', 'people-count:not-a-number'],
    );
    assert.deepEqual(problemsOnStep(problems, 'contact').map((p) => p.field), ['channel', 'address']);
    assert.deepEqual(problemsOnStep(problems, 'danger'), []);
  });

  it('reads the issues of ReportValidationError, with dotted paths', () => {
    assert.deepEqual(problemsFromIssues([{ path: 'people.count', code: 'too_big' }, { path: 'locale', code: 'invalid_format' }]), [
      { field: 'people-count', kind: 'too-big' },
    ]);
  });
});
