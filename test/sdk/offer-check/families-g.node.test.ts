// Classes of misreadings found at the first look at batch G (issue 14). Each class is written from
// word forms other than the batch's own, in several languages, with look-alikes that must still fire.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';


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

describe('the passport kept by the employer, said with no verb or held by HR', () => {
  it('reads a passport placed with a holder in the locative in every language', () => {
    has('Pasportyňyz brigadirde, möwsüm gutarýança.', 'passport-retention');
    has('Паспортуңуз кожоюнда, келишим бүткөнчө.', 'passport-retention');
    has('Паспортыңыз бригадирде, маусым біткенше.', 'passport-retention');
    has('Pasportingiz xoʻjayinda, mavsum tugaguncha.', 'passport-retention');
    has('Шиносномаатон назди корфармо, то охири мавсим.', 'passport-retention');
    has('Паспорт — у бригадира до конца сезона.', 'passport-retention');
  });

  it('reads a passport kept by the HR department in the Turkic languages', () => {
    has('Паспорттор кадр бөлүмүндө сакталат.', 'passport-retention');
    has('Pasportlar kadrlar boʻlimida saqlanadi.', 'passport-retention');
    has('Pasportlar kadrlar bölüminde saklanýar.', 'passport-retention');
  });

  it('does not read a passport that stays with the worker or is shown to a manager', () => {
    lacks('Pasportyňyz özüňizde galýar.', 'passport-retention');
    lacks('Паспорт өзүңүздө калат, бригадирге көрсөтөсүз.', 'passport-retention');
    lacks('Паспорт остаётся у вас, бригадир только делает копию.', 'passport-retention');
  });
});

describe('a deposit or debt taken from what the worker earns', () => {
  it('reads a sum deducted from the earnings in the Turkic languages', () => {
    has('Depozit 500 dollar, gazanan pulyňyzdan her gün tutulýar.', 'cost-deducted-from-pay');
    has('Депозит 50 000 ₸, тапқан ақшаңыздан күн сайын ұсталады.', 'cost-deducted-from-pay');
    has('Депозит 20 000 сом, тапкан акчаңыздан ай сайын кармалат.', 'cost-deducted-from-pay');
    has('Depozit 300 $, ishlagan pulingizdan har kuni ushlab qolinadi.', 'cost-deducted-from-pay');
  });

  it('with the passport kept, the taxi park offer is high', () => {
    const r = checkOffer(
      'Taksi parkyna sürüjiler gerek.\nDepozit 50 000 ₽ — gazanan pulyňyzdan her gün tutulýar\nPasportyňyz park müdirinde, patent çykýança',
    );
    assert.equal(r.level, 'high', `rated ${r.level} with ${r.flags.map((f) => f.id).join(', ') || 'no flags'}`);
  });

  it('does not read pay that is only earned', () => {
    lacks('Gazanan pulyňyz her hepde kartyňyza geçirilýär.', 'cost-deducted-from-pay');
  });
});

describe('"you need not tell your parents", and a photo in a swimsuit', () => {
  it('reads the parents told not to know, in the forms "no need for you to tell"', () => {
    has('Ota-onangizga aytishingiz shart emas, keyin tushuntirasiz.', 'secrecy');
    has('Ата-анаңызға толық айтуыңыз шарт емес.', 'secrecy');
    has('Ата-энеңизге айтууңуздун кереги жок.', 'secrecy');
    has('Ene-ataňyza aýtmagyňyz hökman däl.', 'secrecy');
    has('Ба падару модар гуфтан шарт нест.', 'secrecy');
    lacks('Ota-onangiz bilan birga keling, hammasini aytamiz.', 'secrecy');
  });

  it('reads a photo asked in a swimsuit by its case form', () => {
    has('Фото в купальнике обязательно.', 'body-requirement');
    has('Foto kupalnikda shart.', 'body-requirement');
    has('Сүрөт купальникчен керек.', 'body-requirement');
    has('Surat kupalnikde iberiň.', 'body-requirement');
    lacks('Магазин купальников ищет продавца.', 'body-requirement');
  });
});

describe('a "service payment" with its sum, before departure', () => {
  it('reads a service payment in the Turkic languages', () => {
    has('Dokumentleri taýýarlamak üçin hyzmat tölegi 250 $, ugramazdan öň.', 'recruitment-fee');
    has('Xizmat toʻlovi 300 $, joʻnashdan oldin.', 'recruitment-fee');
    has('Қызмет төлемі 150 000 ₸.', 'recruitment-fee');
    has('Кызмат төлөмү 300 $.', 'recruitment-fee');
  });

  it('does not read a service payment that is denied, or tips from clients beside the wages', () => {
    lacks('Hyzmat tölegi ýok, aýlyk 3 000 manat.', 'recruitment-fee');
    lacks('Oylik 5 mln soʻm + xizmat toʻlovi mijozlardan.', 'recruitment-fee');
  });
});
