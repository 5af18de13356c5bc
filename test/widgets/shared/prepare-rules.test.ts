import { expect } from 'chai';
import '../../../src/widgets/offer-check/offer-check.js';
import '../../../src/widgets/offer-badge/offer-badge.js';
import { prepareRulesWhenIdle } from '../../../src/widgets/shared/prepare-rules.js';
import { checkOffer, prepareOfferRules } from '../../../src/sdk/offer-check/check.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

describe('preparing the offer-check rules in idle time', () => {
  afterEach(cleanup);

  it('starts when a <safe-offer-check> connects, and the rules are ready once the page has been idle', async () => {
    // Count the idle periods the preparation asks for: the work is split over many of them, never
    // done in one task (a structural check: how long each slice takes depends on the machine).
    const original = window.requestIdleCallback;
    let idleCallbacks = 0;
    window.requestIdleCallback = (callback, options) => {
      idleCallbacks += 1;
      return original.call(window, callback, options);
    };
    try {
      await fixture('<safe-offer-check></safe-offer-check>');
      await prepareRulesWhenIdle();
    } finally {
      window.requestIdleCallback = original;
    }
    expect(idleCallbacks).to.be.greaterThan(3);
    // Done: one more call has nothing left to do.
    expect(prepareOfferRules(0)).to.equal(true);
    expect(checkOffer('Предоплата 100$, паспорт хранится у работодателя.').level).to.equal('high');
  });

  it('is started once per page, however many elements connect', async () => {
    await fixture('<div><safe-offer-badge></safe-offer-badge><safe-offer-badge></safe-offer-badge><safe-offer-check></safe-offer-check></div>');
    expect(prepareRulesWhenIdle()).to.equal(prepareRulesWhenIdle());
  });
});
