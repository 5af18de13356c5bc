// Classes of misreadings found at the first look at batch G (issue 14). Each class is written from
// word forms other than the batch's own, in several languages, with look-alikes that must still fire.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import type { OfferCheckResult } from '../../../src/sdk/index.js';

const ids = (r: OfferCheckResult) => r.flags.map((f) => f.id);
const show = (text: string) => `${text}: ${ids(checkOffer(text)).join(', ') || 'no flags'}`;
const lacks = (text: string, ...flags: string[]) => {
  for (const id of flags) assert.ok(!ids(checkOffer(text)).includes(id), `${id} in ${show(text)}`);
};
const has = (text: string, ...flags: string[]) => {
  for (const id of flags) assert.ok(ids(checkOffer(text)).includes(id), `no ${id} in ${show(text)}`);
};

describe("the worker's own wages paid to a card", () => {
  it('reads pay sent to "your" card as wages in the Turkic languages and Russian', () => {
    lacks('Ақша өз картаңызға аударылады, әр айдың соңында.', 'personal-card-payment', 'recruitment-fee');
    lacks('Төлөм картаңызга которулат.', 'personal-card-payment', 'recruitment-fee');
    lacks('Pul kartaňyza geçirilýär.', 'personal-card-payment', 'recruitment-fee');
    lacks('Pul kartangizga oʻtkaziladi.', 'personal-card-payment', 'recruitment-fee');
    lacks('Зарплата перечисляется на вашу карту.', 'personal-card-payment', 'recruitment-fee');
  });

  it('reads pay that lands on the card, or is paid by card in the passive, as wages', () => {
    lacks('Айлык 25 000 сом, картага түшөт.', 'personal-card-payment', 'recruitment-fee');
    lacks('Жалақы 250 000 ₸, карта арқылы төленеді.', 'personal-card-payment', 'recruitment-fee');
    lacks('Aýlyk 3 000 manat, kart arkaly tölenýär.', 'personal-card-payment', 'recruitment-fee');
    lacks('Oylik 5 mln soʻm, karta orqali toʻlanadi.', 'personal-card-payment', 'recruitment-fee');
  });

  it('reads pay on a weekly schedule to a card as wages, with the colloquial week', () => {
    lacks('Әр жұма сайын картаға төленеді.', 'personal-card-payment', 'recruitment-fee');
    lacks('Төлөм ар айдын аягында картага.', 'personal-card-payment', 'recruitment-fee');
    lacks('Төлөм жума сайын картага.', 'personal-card-payment', 'recruitment-fee');
  });

  it('still reads money the worker sends to a card as a fee', () => {
    has('Құжат ақысы 50 000 ₸, менің картама аударыңыз.', 'personal-card-payment');
    has('Документ үчүн 5 000 сом картага которуңуз.', 'personal-card-payment');
    has('Resminama tölegi 500 dollar, şu kart belgisine geçiriň.', 'personal-card-payment');
    // "Your card" with the worker told to send money is not pay.
    has('Kartaňyza 300$ geçirmeli.', 'personal-card-payment');
    has('Картаға 30 000 ₸ алдын ала төлейсіз.', 'recruitment-fee');
  });
});
