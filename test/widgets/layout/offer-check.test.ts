import '../../../src/widgets/index.js';
import type { SafeOfferCheck } from '../../../src/widgets/index.js';
import { fixture } from '../../helpers/fixture.js';
import { allLocales, backToEnglish, expectReadableOnPhone, onPhoneIn } from './support.js';

describe('<safe-offer-check> at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`reads well in ${locale}: the empty form`, async () => {
      await onPhoneIn(locale);
      await fixture<SafeOfferCheck>('<safe-offer-check country="KZ"></safe-offer-check>');
      await expectReadableOnPhone(`offer check, empty, ${locale}`);
    });
  }
});
