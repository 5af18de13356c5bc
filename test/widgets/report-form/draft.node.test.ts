import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, emptyDraft, fieldPaths, problemsFromIssues, problemsOnStep, toReportInput } from '../../../src/widgets/report-form/draft.js';
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
    assert.deepEqual(problemsFromIssues([{ path: 'people.count', code: 'too-big' }, { path: 'locale', code: 'wrong-format' }]), [
      { field: 'people-count', kind: 'too-big' },
    ]);
  });
});

describe('the report paths of the form’s fields', () => {
  it('are found from the conversion to a report: every field has one path, and each path is where the schema reports it', () => {
    const paths = fieldPaths();
    assert.deepEqual(Object.fromEntries(paths), {
      description: 'description',
      consent: 'consent',
      'where.city': 'city',
      'where.details': 'place-details',
      'when.text': 'when-text',
      'people.count': 'people-count',
      'contact.channel': 'channel',
      'contact.address': 'address',
      'contact.safeTimes': 'safe-times',
      'contact.codeWord': 'code-word',
    });
    // A value too long for every text field: each issue the SDK gives lands on the field it came from.
    const long = 'x'.repeat(20000);
    const draft = { ...emptyDraft(), contactMode: 'contact' as const, channel: 'email' as const, description: long, city: long, placeDetails: long, whenText: long, address: long, safeTimes: long, codeWord: long, consent: true };
    const fields = checkDraft(draft).map((p) => p.field).sort();
    assert.deepEqual(fields, ['address', 'city', 'code-word', 'description', 'place-details', 'safe-times', 'when-text']);
  });
});
