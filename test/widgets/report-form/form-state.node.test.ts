import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../src/widgets/report-form/draft.js';
import { basicProblems, emptyDraft } from '../../../src/widgets/report-form/form-state.js';
import type { Draft } from '../../../src/widgets/report-form/form-state.js';
import { reportLimits, reportPeopleLimit } from '../../../src/sdk/report/vocabulary.js';

// "Continue" checks a step without zod (basicProblems), and "Send report" with the report's schema
// once it has loaded (checkDraft): the person must see the same problems from both, in the same order.

/** Values around each edge a text field has: empty, blank, at its limit and one past it, with spaces around. */
function texts(max: number): string[] {
  return ['', '   ', 'a', ' a ', '\n\t', 'x'.repeat(max), ` ${'x'.repeat(max)} `, 'x'.repeat(max + 1), ` ${'x'.repeat(max + 1)}`, '\u00a0a\u00a0', '\u3000'];
}

const counts = ['', ' ', '0', '1', ' 7 ', '0001', String(reportPeopleLimit), String(reportPeopleLimit + 1), '999999', '1000000', '-1', '1.5', '1e3', 'five', '٣', '１'];

/** A small deterministic generator, so that a failure names a draft that can be made again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('the form checks a draft without zod as its schema does', () => {
  it('finds the same problems as checkDraft for each field at each edge, alone and with the others', () => {
    const cases: Partial<Draft>[] = [
      {},
      { consent: true },
      ...texts(reportLimits.description).map((description) => ({ description, consent: true })),
      ...texts(reportLimits.city).map((city) => ({ city })),
      ...texts(reportLimits.placeDetails).map((placeDetails) => ({ placeDetails })),
      ...texts(reportLimits.whenText).map((whenText) => ({ whenText })),
      ...counts.map((peopleCount) => ({ peopleCount })),
      { contactMode: 'contact' },
      ...texts(reportLimits.address).map((address) => ({ contactMode: 'contact' as const, channel: 'phone' as const, address })),
      ...texts(reportLimits.safeTimes).map((safeTimes) => ({ contactMode: 'contact' as const, safeTimes })),
      ...texts(reportLimits.codeWord).map((codeWord) => ({ contactMode: 'contact' as const, channel: 'email' as const, codeWord })),
      // Contact answers left behind when the person went back to "anonymous" are not sent, so not checked.
      { contactMode: 'anonymous', channel: 'sms', address: '', codeWord: 'x'.repeat(reportLimits.codeWord + 1) },
    ];
    for (const fields of cases) {
      const draft = { ...emptyDraft(), ...fields };
      assert.deepEqual(basicProblems(draft), checkDraft(draft, 'ru'), JSON.stringify(fields).slice(0, 200));
    }
  });

  it('agrees with checkDraft on 2,000 drafts that mix every field', () => {
    const next = random(19);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let n = 0; n < 2000; n++) {
      const draft: Draft = {
        ...emptyDraft(),
        description: pick(texts(reportLimits.description)),
        consent: next() < 0.5,
        city: pick(texts(reportLimits.city)),
        placeDetails: pick(texts(reportLimits.placeDetails)),
        whenText: pick(texts(reportLimits.whenText)),
        peopleCount: pick(counts),
        contactMode: next() < 0.5 ? 'contact' : 'anonymous',
        channel: pick(['', 'phone', 'telegram', 'email'] as const),
        address: pick(texts(reportLimits.address)),
        safeTimes: pick(texts(reportLimits.safeTimes)),
        codeWord: pick(texts(reportLimits.codeWord)),
      };
      assert.deepEqual(basicProblems(draft), checkDraft(draft), `draft ${n}`);
    }
  });
});
