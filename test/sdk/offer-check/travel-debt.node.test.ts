// Travel said to be paid for the worker and then taken from the pay (issue 14, the level rule
// re-checked after batch G): the "free" travel deceives about the travel and recruitment conditions
// (read as `recruitment-fee`, a medium of the ILO/EC table) beside the debt itself
// (`cost-deducted-from-pay`, debt bondage, a medium at recruitment) — two medium indicators, so not
// yet `high` without a third. A fare openly taken from the pay is the debt alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';

describe('"free" travel taken back from the pay', () => {
  it('deceives about the travel conditions as well as making a debt, in every language', () => {
    for (const text of [
      'Flight paid by the company, then it is deducted from your first two salaries.',
      'Билет за счёт компании, потом стоимость вычитается из первой зарплаты.',
      'Билетті компания төлейді, кейін бірінші айлықтан ұсталады.',
      'Жол кирешесин компания төлөйт, кийин айлыгыңыздан кармалат.',
      'Chipta kompaniya hisobidan, keyin birinchi oyligingizdan ushlab qolinadi.',
      'Чипта компания ҳисобидан, кейин биринчи ойлигингиздан ушлаб қолинади.',
      'Чипта аз ҳисоби ширкат, баъд аз маоши аввал тарҳ карда мешавад.',
      'Bilet kompaniýanyň hasabyndan, soňra ilkinji aýlykdan tutulýar.',
    ]) {
      has(text, 'free-travel', 'recruitment-fee', 'cost-deducted-from-pay');
    }
  });

  it('is not read for a fare openly deducted, travel and a deduction in different sentences, or a fare not deducted', () => {
    lacks('Билет покупает компания, потом стоимость вычитается из первой зарплаты.', 'recruitment-fee');
    lacks('Билет бесплатно. Проживание вычитается из зарплаты по договору.', 'recruitment-fee');
    lacks('Work visa and flight paid by the employer. Housing 150 EUR a month is deducted from the salary.', 'recruitment-fee');
    lacks('Flight paid by the employer and not deducted from your salary.', 'recruitment-fee', 'cost-deducted-from-pay');
  });

  it('counts as two medium indicators: medium alone, high with one more weak indicator', () => {
    const alone = 'Жол кирешесин компания төлөйт, кийин айлыгыңыздан кармалат.';
    assert.equal(checkOffer(alone).level, 'medium');
    // A passport copy asked for (weak, coercive recruitment) completes 2 medium + 1 weak.
    assert.equal(checkOffer(`${alone} Паспортуңуздун көчүрмөсүн жибериңиз.`).level, 'high');
  });
});
