import '../../../src/widgets/index.js';
import { fixture } from '../../helpers/fixture.js';
import { allLocales, backToEnglish, expectReadableOnPhone, onPhoneIn } from './support.js';

describe('<safe-exit-button> at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`reads well inline and floating in ${locale}`, async () => {
      await onPhoneIn(locale);
      await fixture('<div><safe-exit-button position="fixed"></safe-exit-button><p>Page</p><safe-exit-button></safe-exit-button></div>');
      await expectReadableOnPhone(`exit button, ${locale}`);
    });
  }
});
