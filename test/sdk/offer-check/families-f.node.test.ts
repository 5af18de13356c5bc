// Families of signals read after the first look at batch F (issue 14): highs made of three medium
// indicators, where one of the three was said in words the engine did not read. Each family is
// written from word forms other than the batch's own, in several languages, with look-alikes that
// must not fire and the three-indicator offer that must be high.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';


describe('a contract "on arrival", with no verb', () => {
  it('reads a contract placed on arrival or on the spot, across a dash or a colon, in every language', () => {
    has('Договор — по приезду, на турецком.', 'no-contract');
    has('Contract: on arrival, in Arabic.', 'no-contract');
    has('Келісімшарт — барғанда, қытай тілінде.', 'no-contract');
    has('Келишим — ошол жерде, кытай тилинде.', 'no-contract');
    has('Shartnoma — joyida, xitoy tilida.', 'no-contract');
    has('Шартнома — дар ҷой, бо забони чинӣ.', 'no-contract');
    has('Şertnama — ýerinde, hytaý dilinde.', 'no-contract');
  });

  it('does not read housing or training on the spot beside a contract signed at home', () => {
    lacks('Договор подписываем в Бишкеке до вылета, жильё на месте.', 'no-contract');
    lacks('Contract signed in Tashkent before departure; training on arrival.', 'no-contract');
    lacks('Shartnoma Toshkentda imzolanadi, yotoqxona joyida beriladi.', 'no-contract');
  });
});

describe('"our service" with its price is a fee', () => {
  it('reads our service, named with its sum, in the Turkic languages', () => {
    has('Қызметіміз — 2 000 $, жартысы алдын ала емес.', 'recruitment-fee');
    has('Биздин кызматтар: 1 800 $.', 'recruitment-fee');
    has('Bizning xizmatimiz — 1 200 $.', 'recruitment-fee');
    has('Biziň hyzmatymyz — 900 $.', 'recruitment-fee');
    has('Our service — 700 USD.', 'recruitment-fee');
  });

  it('does not read our staff or our pay as a fee', () => {
    // қызметкер (employee) is not қызмет (service): the forms are listed, not a stem.
    lacks('Біздің қызметкерлер айына 300 000 ₸ алады.', 'recruitment-fee');
    lacks('Biziň hyzmatymyz — ýük daşamak, aýlyk 6 000 manat.', 'recruitment-fee');
    lacks('Bizning xizmatimiz bepul, oylik 5 000 000 soʻm.', 'recruitment-fee');
  });
});

describe('a loan the recruiter arranges for the fee is a debt', () => {
  it('reads "we help you take a loan" in every language', () => {
    has('No money? We will help you get a loan for the programme.', 'cost-deducted-from-pay');
    has('Нет денег — поможем оформить кредит.', 'cost-deducted-from-pay');
    has('Кредит алуға көмектесеміз.', 'cost-deducted-from-pay');
    has('Насыя алууга жардам беребиз.', 'cost-deducted-from-pay');
    has('Pul yoʻqmi? Kredit olishga yordam beramiz.', 'cost-deducted-from-pay');
    has('Барои гирифтани кредит кӯмак мекунем.', 'cost-deducted-from-pay');
    has('Kredit almaga kömek edýäris.', 'cost-deducted-from-pay');
  });

  it('does not read a bank job, or a refusal, as a debt', () => {
    lacks('Кредитный специалист: помогать клиентам оформлять кредиты, оклад 120 000 ₽.', 'cost-deducted-from-pay');
    lacks('Loan officer wanted: you help clients with loans and credit cards.', 'cost-deducted-from-pay');
    lacks('Кредит алуға көмектеспейміз, ешқандай төлем жоқ.', 'cost-deducted-from-pay');
  });

  it('makes a fee, a loan for it and no contract three medium indicators: high', () => {
    assert.equal(checkOffer('Japan, factory work. Our service — 4 000 USD. No money? We will help you get a loan. No contract, everything on trust.').level, 'high');
  });
});

describe('a state scheme "without the test", or its test "solved" by the middleman', () => {
  it('reads a test waived or arranged in every language', () => {
    has('Кореяға EPS арқылы, тестсіз!', 'official-channel-bypass');
    has('EPS Корея, тестти биз тапшырып беребиз.', 'official-channel-bypass');
    has('Koreyaga EPS orqali testsiz, imtihonni oʻzimiz hal qilamiz.', 'official-channel-bypass');
    has('Koreýa EPS, testsiz.', 'official-channel-bypass');
    has('Корея EPS — тест решим за вас.', 'official-channel-bypass');
    has('EPS Korea: we will pass the test for you.', 'official-channel-bypass');
  });

  it('does not read preparing for the test, or a refusal, as a bypass', () => {
    lacks('Тестке дайындаймыз, тестті өзіңіз тапсырасыз.', 'official-channel-bypass');
    lacks('Тест вы сдаёте сами в центре занятости, мы его не решаем.', 'official-channel-bypass');
    lacks('We help you prepare for the EPS-TOPIK test; you pass it yourself.', 'official-channel-bypass');
  });

  it('makes a bypass, a fee and secrecy three medium indicators: high', () => {
    assert.equal(checkOffer('Корея EPS тестсиз! Кызмат акысы — 2 500 $. Ата-энеңерге айтпагыла.').level, 'high');
  });
});

describe('the union’s citizens named by their country, without a patent, are the law', () => {
  it('reads "citizens of Kazakhstan or Kyrgyzstan need no patent" as lawful, in every order', () => {
    lacks('Граждане Кыргызстана: патент не нужен.', 'tourist-visa-work');
    lacks('Для граждан РК и КР — без патента, по трудовому договору.', 'tourist-visa-work');
    lacks('Қазақстан азаматтарына патент қажет емес.', 'tourist-visa-work');
    lacks('Кыргызстан жарандарына патент кереги жок.', 'tourist-visa-work');
    lacks('Patent kerak emas, Qirgʻiziston fuqarolari uchun.', 'tourist-visa-work');
    lacks('Citizens of Kazakhstan need no patent in Russia.', 'tourist-visa-work');
  });

  it('still reads a patent waived for anyone else, and a visitor working elsewhere, whoever the citizen', () => {
    has('Граждане Узбекистана и Таджикистана — без патента.', 'tourist-visa-work');
    has('Патент не нужен, работаем неофициально.', 'tourist-visa-work');
    // A Kazakh citizen enters Türkiye visa-free and may not work there: only the patent is waived by the union.
    has('ҚР азаматтарына виза керек емес, жұмыс рұқсаты керек емес.', 'tourist-visa-work');
    has('Граждане Казахстана едут в Турцию без визы, как туристы.', 'tourist-visa-work');
  });

  it('leaves a fee to a private card two medium indicators: medium, not high', () => {
    assert.equal(checkOffer('Оформление — 12 000 руб, перевод на карту Сбер, получатель Рустам К. Граждане КР, КЗ — без патента.').level, 'medium');
  });
});

describe('what the employer refunds, and the worker’s pay, are not a recruitment fee', () => {
  it('reads a cost the employer refunds, across a bracket, as no fee', () => {
    lacks('Visa application (£298) reimbursed by the employer with your first wages.', 'recruitment-fee');
    lacks('Медкомиссия (4 000 руб) — её стоимость компания возвращает после первого месяца.', 'recruitment-fee');
    lacks('Виза (150 $) — жұмыс беруші бірінші айлықпен қайтарады.', 'recruitment-fee');
  });

  it('still reads a fee refunded by no one named, a refund of a sum the worker fronts, and a deposit', () => {
    has('Visa fee (£298), refunded after 8 weeks.', 'recruitment-fee');
    has('Виза и билет за свой счёт (2 000 $), компания возвращает через 6 месяцев.', 'recruitment-fee');
    has('Оформление визы — 500 $, залог возвращается после контракта.', 'recruitment-fee');
  });

  it('reads pay sent "once a week" to a card as wages in every language', () => {
    lacks('Айына екі рет картаға төленеді.', 'personal-card-payment', 'recruitment-fee');
    lacks('Жумасына бир жолу картага төлөнөт.', 'personal-card-payment', 'recruitment-fee');
    lacks('Haftasiga bir marta kartaga toʻlanadi.', 'personal-card-payment', 'recruitment-fee');
    lacks('Hepdede bir gezek karta tölenýär.', 'personal-card-payment', 'recruitment-fee');
    lacks('Paid once a week to your card.', 'personal-card-payment', 'recruitment-fee');
    // Paying to a card yourself is not pay.
    has('Картаға 30 000 ₸ алдын ала төлейсіз.', 'recruitment-fee');
  });

  it('reads a wage advance and the rest of the pay as wages, not a prepayment', () => {
    lacks('Маош ду маротиба: пешпардохт ва асосӣ.', 'recruitment-fee');
    lacks('Oylik ikki marta: avans va asosiy qismi.', 'recruitment-fee');
    has('Пешпардохт 300 $ барои ҳуҷҷатҳо.', 'recruitment-fee');
  });
});

describe('a status "to be sorted out" in the passive, and a contract "once you get there"', () => {
  it('reads visa-free entry with the papers "to be solved" later in every language', () => {
    has('Visa-free for 30 days, then the papers will be sorted out.', 'tourist-visa-work');
    has('Въезд без визы, дальше вопрос с документами решится.', 'tourist-visa-work');
    has('Визасыз кіресіз, қалғаны кейін шешіледі.', 'tourist-visa-work');
    has('Визасыз киресиз, документ маселеси кийин чечилет.', 'tourist-visa-work');
    has('Vizasiz kirasiz, hujjat masalasi keyin hal qilinadi.', 'tourist-visa-work');
    has('Wizasyz girýärsiňiz, resminama soňra çözülýär.', 'tourist-visa-work');
  });

  it('does not read a question "solved" with no visa-free entry, or under the union’s rules', () => {
    lacks('Вопрос с жильём решается на месте, виза рабочая, оформляет работодатель.', 'tourist-visa-work');
    lacks('Визасыз кіресіз (ЕАЭО), қалғаны шешіледі.', 'tourist-visa-work');
  });

  it('reads a contract "once you get there" in Uzbek, in both scripts', () => {
    has('Shartnoma joyiga borgach tuziladi.', 'no-contract');
    has('Шартнома жойига боргач.', 'no-contract');
    lacks('Shartnoma Toshkentda tuziladi, joyiga borgach yotoqxona beriladi.', 'no-contract');
  });

  it('reads a representative’s service with its price as a fee', () => {
    has('Toʻlov: 2 000 $ (vakil xizmati).', 'recruitment-fee');
    has('Вакил хизмати — 800 $.', 'recruitment-fee');
  });
});
