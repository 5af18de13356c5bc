import { expect } from 'chai';
import { allLocales, backToEnglish, expectReadableOnPhone } from './support.js';
import { mountForm, root, send, toCheckPage } from './report-form-walk.js';

describe('<safe-report-form> after sending, at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`reads well in ${locale}: the receipt`, async () => {
      const el = await mountForm(locale, false);
      await toCheckPage(el);
      await send(el);
      expect(root(el).querySelector('[part="receipt"]'), 'the receipt is shown').to.not.equal(null);
      await expectReadableOnPhone(`report form, ${locale}, sent`);
    });

    it(`reads well in ${locale}: the failure screen`, async () => {
      const el = await mountForm(locale, true);
      await toCheckPage(el);
      await send(el);
      expect(root(el).querySelector('[part="receipt"]'), 'no receipt after a failed send').to.equal(null);
      await expectReadableOnPhone(`report form, ${locale}, failed`);
    });
  }
});
