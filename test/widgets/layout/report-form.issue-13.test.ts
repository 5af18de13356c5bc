import { expect } from 'chai';
import { allLocales, backToEnglish, expectReadableOnPhone, phoneProblems } from './support.js';
import { heading, mountForm, toCheckPage } from './report-form-walk.js';

// Fails on today's screens (issue 13): "Check your report" gives its answers a column a few pixels
// wide in every locale, and a uz-Cyrl step is too narrow. Held back until the fixes land.
describe('<safe-report-form> questions, at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`reads well in ${locale}: every question step`, async () => {
      const el = await mountForm(locale, false);
      const problems: string[] = [];
      await toCheckPage(el, async (step) => {
        problems.push(...(await phoneProblems(`report form, ${locale}, step ${step} "${heading(el)}"`)));
      });
      expect(problems).to.deep.equal([]);
    });

    it(`reads well in ${locale}: "Check your report"`, async () => {
      const el = await mountForm(locale, false);
      await toCheckPage(el);
      await expectReadableOnPhone(`report form, ${locale}, check your answers`);
    });
  }
});
