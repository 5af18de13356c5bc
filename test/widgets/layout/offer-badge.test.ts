import '../../../src/widgets/index.js';
import type { SafeOfferBadge } from '../../../src/widgets/index.js';
import { fixture } from '../../helpers/fixture.js';
import { checked, offers, openExplanation } from '../offer-badge/helpers.js';
import { allLocales, backToEnglish, expectReadableOnPhone, onPhoneIn } from './support.js';

describe('<safe-offer-badge> at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    for (const level of ['high', 'medium', 'low'] as const) {
      it(`reads well in ${locale}: a ${level}-risk listing's badge and its explanation`, async () => {
        await onPhoneIn(locale);
        const host = await fixture<HTMLElement>(
          `<article><h3>Listing</h3><p id="layout-offer">${offers.ru[level].text.replace(/</g, '&lt;')}</p><p>Posted today · <safe-offer-badge for="layout-offer"></safe-offer-badge></p></article>`,
        );
        const badge = host.querySelector<SafeOfferBadge>('safe-offer-badge')!;
        await checked(badge);
        // The listing's own text is the page's, not the badge's: only the badge and its dialog are checked.
        await expectReadableOnPhone(`offer badge (${level}), ${locale}`, [], badge);
        await openExplanation(badge);
        await expectReadableOnPhone(`offer badge explanation (${level}), ${locale}`, [], badge);
      });
    }
  }
});
