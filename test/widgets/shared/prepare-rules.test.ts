import { expect } from 'chai';
import '../../../src/widgets/offer-check/offer-check.js';
import '../../../src/widgets/offer-badge/offer-badge.js';
import { prepareRulesWhenIdle } from '../../../src/widgets/shared/prepare-rules.js';
import { checkOffer, prepareOfferRules } from '../../../src/sdk/offer-check/check.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

describe('preparing the offer-check rules in idle time', () => {
  afterEach(cleanup);

  it('starts when a <safe-offer-check> connects, and the rules are ready once the page has been idle', async () => {
    await fixture('<safe-offer-check></safe-offer-check>');
    await prepareRulesWhenIdle();
    // Done: one more call has nothing left to do.
    expect(prepareOfferRules(0)).to.equal(true);
    expect(checkOffer('Предоплата 100$, паспорт хранится у работодателя.').level).to.equal('high');
  });

  it('is started once per page, however many elements connect', async () => {
    await fixture('<div><safe-offer-badge></safe-offer-badge><safe-offer-badge></safe-offer-badge><safe-offer-check></safe-offer-check></div>');
    expect(prepareRulesWhenIdle()).to.equal(prepareRulesWhenIdle());
  });
});
