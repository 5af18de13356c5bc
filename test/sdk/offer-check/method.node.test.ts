// The method decisions taken on all labelled batches together (issue 14, docs/offer-check.md
// "Method decisions after five batches"): what the check says about a coercion the offer announces,
// isolation at work, pay by results only or to start, and costs named lawfully. Written from word
// forms of our own in every language (both Uzbek scripts; Russian and Tajik in Latin letters), with
// look-alikes that must not fire.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';

const level = (text: string) => checkOffer(text).level;

describe('decision 1: a strong coercion at destination the offer announces is high alone', () => {
  it('rates a passport kept, no leaving or a debt worked off high with nothing else, in every language', () => {
    for (const text of [
      'Warehouse work in Moscow. Your passport stays with the foreman for the whole contract.',
      'Работа на складе. Паспорт хранится у бригадира до конца контракта.',
      'Pasport otdaete brigadiru, rabota na sklade.',
      'Қоймада жұмыс. Паспортыңыз бригадирде сақталады.',
      'Складда иш. Паспортуңуз бригадирде сакталат.',
      'Omborda ish. Pasportingiz brigadirda saqlanadi.',
      'Омборда иш. Паспортингиз бригадирда сақланади.',
      'Кор дар анбор. Шиноснома назди бригадир мемонад.',
      'Ammarda iş. Pasportyňyz brigadirde saklanýar.',
    ]) {
      assert.equal(level(text), 'high', text);
      has(text, 'passport-retention');
    }
    assert.equal(level('Работа в теплице, выходить за территорию нельзя до конца сезона.'), 'high');
    assert.equal(level('Farm job in Poland, you will work off the ticket.'), 'high');
  });

  it('keeps what is not announced coercion as it was: a passport copy, a deduction, a strong deception alone', () => {
    assert.equal(level('Пришлите копию паспорта, работа на складе в Москве.'), 'low');
    assert.equal(level('Стоимость билета вычтем из первой зарплаты.'), 'medium');
    assert.equal(level('Hotel job in Dubai, the passport is kept by you, the employer never holds it.'), 'low');
  });
});

describe('decision 2: isolation at work', () => {
  it('reads months at sea on a fishing vessel as confinement (high), in every language', () => {
    for (const text of [
      'Deckhands for a trawler in the Bering Sea, 7 months on board, good pay.',
      'Нужны матросы на сейнер, рейс 5 месяцев, Баренцево море.',
      'Nuzhny matrosy na trauler, reis 7 mesyacev.',
      'Балық аулайтын кемеге жұмысшылар керек, теңізде 6 ай.',
      'Балык уулоочу кемеге жумушчулар керек, деңизде 5 ай.',
      'Baliq ovlash kemasiga ishchilar kerak, dengizda 6 oy.',
      'Балиқ овлаш кемасига ишчилар керак, денгизда 6 ой.',
      'Ба киштии моҳигирӣ коргарон лозим, дар баҳр 6 моҳ.',
      'Balykçy gämä işçiler gerek, deňizde 7 aý.',
    ]) {
      has(text, 'confinement');
      lacks(text, 'isolated-work');
      assert.equal(level(text), 'high', text);
    }
  });

  it('reads a remote place for months as isolation at work (medium)', () => {
    for (const text of [
      'Shepherd wanted on a remote farm, 8 months, food provided.',
      'Нужен скотник в отдалённое село, на полгода, жильё есть.',
      'Шалғай ауылға малшы керек, алты ай, тамақ бар.',
      'Алыскы айылга малчы керек, алты ай, тамак бар.',
      'Chekka qishloqqa choʻpon kerak, olti oyga.',
      'Чекка қишлоққа чўпон керак, олти ойга.',
      'Ба деҳаи дурдаст чӯпон лозим, шаш моҳ.',
      'Uzak oba çopan gerek, alty aý.',
    ]) {
      has(text, 'isolated-work');
      assert.equal(level(text), 'medium', text);
    }
  });

  it('reads a remote place with no signal, road or transport as confinement', () => {
    for (const text of [
      'Farm hand on a remote farm, no phone signal and no transport.',
      'Работа на отгонном пастбище, связи нет, транспорта нет.',
      'Rabota v tayge, svyazi net.',
      'Жайлауда жұмыс, байланыс жоқ, көлік жоқ.',
      'Жайлоодо иш, байланыш жок, унаа жок.',
      'Yaylovda ishlaysiz, aloqa yoʻq, transport yoʻq.',
      'Яйловда ишлайсиз, алоқа йўқ, транспорт йўқ.',
      'Кор дар чарогоҳ, алоқа нест, нақлиёт нест.',
      'Öri meýdanynda iş, aragatnaşyk ýok, ulag ýok.',
    ]) {
      has(text, 'confinement');
      assert.equal(level(text), 'high', text);
    }
  });

  it('does not read a cruise, a rotation with flights home or a village near home as isolation', () => {
    for (const text of [
      'Cruise ship cabin stewards, 8-month contracts, repatriation flights paid, licensed manning agency.',
      'Круизный лайнер, официанты, контракт 6 месяцев, обратный билет за счёт компании.',
      'Вахта в тундре 30/30, перелёт туда и обратно за счёт компании, официальный договор.',
      'Vaxta 15/15, konda ishlash, uyga chipta kompaniya hisobidan.',
      'Ауылдағы дүкенге сатушы керек, үйге жақын.',
      'Продавец в магазин в селе, 6 месяцев испытательный срок, 5/2.',
      'Матрёшки ручной работы, продажа на ярмарке, сезон 3 месяца.',
    ]) {
      lacks(text, 'isolated-work', 'confinement');
    }
  });
});

describe('decision 3: pay by results only, and paying to start', () => {
  it('reads pay with no base as low or no salary, in every language', () => {
    for (const text of [
      'Sales agents wanted, commission only, flexible hours.',
      'Менеджер по продажам, без оклада, только процент.',
      'Menedzher po prodazham, tolko procent ot prodazh.',
      'Сатушы керек, тұрақты жалақы жоқ, тек пайызбен.',
      'Сатуучу керек, туруктуу айлык жок, пайыз гана.',
      'Sotuvchi kerak, oklad yoʻq, faqat foizga.',
      'Сотувчи керак, оклад йўқ, фақат фоизга.',
      'Фурӯшанда лозим, маоши собит нест, танҳо фоиз.',
      'Satyjy gerek, oklad ýok, diňe göterime.',
    ]) {
      has(text, 'no-base-pay');
      assert.equal(level(text), 'medium', text);
    }
  });

  it('does not read commission-only work refused as pay by results only', () => {
    lacks('We have no commission-only positions: every seller gets a salary.', 'no-base-pay');
    lacks('У нас нет работы только за процент.', 'no-base-pay');
  });

  it('does not read a base salary with a commission as pay by results only', () => {
    for (const text of [
      'Sales consultant: base salary 250 000 ₸ plus commission.',
      'Продавец-консультант: оклад 45 000 руб + процент от продаж.',
      'Сатушы: тұрақты жалақы 200 000 ₸ және пайыз.',
      'Sotuvchi: oklad 4 000 000 soʻm + foiz.',
      'Satyjy: esasy aýlyk 3 000 manat we göterim.',
    ]) {
      lacks(text, 'no-base-pay');
    }
  });

  it('reads an activation or a starter pack with its sum as a fee', () => {
    for (const text of [
      'Activation of your account costs 30 USD, then you earn from likes.',
      'Активация кабинета — 1 500 рублей, потом зарабатываете на отзывах.',
      'Стартовый пакет 2 000 рублей, потом работаете.',
      'Аккаунтты белсендіру 5 000 ₸, кейін табыс.',
      'Aktivatsiya 100 000 soʻm, keyin daromad.',
      'Aktiwasiýa 50 manat, soň gazanç.',
    ]) {
      has(text, 'recruitment-fee');
    }
    lacks('We never charge for training, equipment or "account activation".', 'recruitment-fee');
    lacks('Активация SIM-карты бесплатно.', 'recruitment-fee');
  });
});

describe('decision 4: lawful costs are not recruitment fees', () => {
  it('reads a visa or exam fee paid to the state as nothing', () => {
    for (const text of [
      'You pay only your own visa fee to the UK government.',
      'The EPS-TOPIK exam fee is paid to the state agency.',
      'Экзамен оплачивается в государственное агентство, посредникам не платите.',
    ]) {
      lacks(text, 'recruitment-fee');
    }
    // A "visa fee" paid to the recruiter or to a person stays a fee.
    has('Visa fee 400 USD, pay to our manager.', 'recruitment-fee');
    has('Оплата за визу 300$ нашему менеджеру.', 'recruitment-fee');
  });

  it('reads housing deducted at a stated amount, written in the contract, as no debt', () => {
    for (const text of [
      'Accommodation £70 a week, deducted from your wages, as set out in your contract.',
      'Общежитие 6 000 руб в месяц, удерживается из зарплаты — прописано в договоре.',
      'Жатақхана айына 30 000 ₸, жалақыдан ұсталады, келісімшартта жазылған.',
      'Yotoqxona oyiga 500 zł, maoshdan ushlanadi, shartnomada yozilgan.',
      'Ётоқхона ойига 500 zł, маошдан ушланади, шартномада ёзилган.',
      'Ýatakhana aýda 500 zł, aýlykdan tutulýar, şertnamada ýazylan.',
    ]) {
      lacks(text, 'cost-deducted-from-pay');
    }
  });

  it('still reads a fare or a fee deducted, with housing in the contract beside it, as a debt', () => {
    has('Билет 300$ вычтем из зарплаты, жильё бесплатно по договору.', 'cost-deducted-from-pay');
    has('The ticket is deducted from your wages; accommodation is free under the contract.', 'cost-deducted-from-pay');
    has('Общежитие 6 000 руб в месяц, билет тоже удерживается из зарплаты.', 'cost-deducted-from-pay');
  });

  // Housing at a rate per month is a charge for what the worker uses, stated before the job, not a
  // debt, with or without the contract named ("Method decisions after seven batches", decision 3).
  it('reads housing taken from pay at a monthly rate as no debt, the contract named or not', () => {
    lacks('Общежитие 6 000 руб в месяц, удерживается из зарплаты.', 'cost-deducted-from-pay');
  });

  it('reads "no patent" for the union’s citizens named by their demonym as lawful', () => {
    for (const text of [
      'Кыргызстанцам патент не нужен, договор с компанией.',
      'Кыргызстандыктарга патент керек эмес, келишим компания менен.',
      'Қазақстандықтарға патент керек емес.',
    ]) {
      lacks(text, 'tourist-visa-work');
    }
    // A Tajik or Uzbek citizen needs one: "no patent needed" for them stays a waiver.
    has('Патент не нужен, работаем без оформления.', 'tourist-visa-work');
  });
});

describe('decision 5: a visit visa written as "визит виза", in every language', () => {
  it('reads the loanword visit visa as a visitor’s status', () => {
    for (const text of [
      'Дубай, приезжаете по визит визе, на месте устроим.',
      'Dubayga vizit viza bilan kelasiz, joyida ishga joylaymiz.',
      'Визит виза менен келесиз, ошол жерден жумуш табабыз.',
      'Визит визамен келесіз, жұмысты сол жерден табамыз.',
      'Бо визаи визитӣ меоед, кор дар ҷояш.',
      'Wizit wiza bilen gelýärsiňiz, işi şol ýerde taparys.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('does not read a visit that is no visa', () => {
    lacks('Визит к врачу оплачивает компания.', 'tourist-visa-work');
    lacks('Work visa sponsored by the employer; a site visit is arranged before you sign.', 'tourist-visa-work');
  });
});

describe('decision 4: a visa fee paid on the government’s own site', () => {
  it('reads gov.uk as the state, though its dot ends a clause', () => {
    lacks('Viza toʻlovini faqat gov.uk saytida oʻzingiz toʻlaysiz.', 'recruitment-fee');
    lacks('Визовый сбор вы платите сами на gov.uk.', 'recruitment-fee');
  });
});

describe('decision 1 in the questionnaire', () => {
  it('rates "someone else will keep my passport" high alone, as the same announcement in the text', () => {
    assert.equal(checkOffer('', { answers: { passport: 'yes' } }).level, 'high');
    // A fee alone is still one medium indicator.
    assert.equal(checkOffer('', { answers: { fees: 'yes' } }).level, 'medium');
  });
});

describe('decision 2: a ship or a sailor named with no term', () => {
  it('says too little to be isolation', () => {
    lacks('Матрос на речной теплоход, Волга, график 2/2.', 'isolated-work', 'confinement');
    lacks('Кемеде жұмыс, аспаз керек.', 'isolated-work', 'confinement');
    lacks('Deckhand for a harbour ferry, day shifts.', 'isolated-work', 'confinement');
  });

  it('reads a fishing boat until the season ends as months at sea', () => {
    has('Матросы на траулер до конца сезона, оплата по улову.', 'confinement');
    has('Balykçy gämä işçiler, möwsüm dowamynda.', 'confinement');
  });
});

describe('decision 2: river fleets and fields of work', () => {
  it('does not read a river sailor for a navigation season, or "иш талаасы", as isolation', () => {
    lacks('Матросы на теплоход, навигация 6 месяцев, Волга, официальное трудоустройство.', 'isolated-work', 'confinement');
    lacks('Deckhands for river barges, 5 months season, contract.', 'isolated-work', 'confinement');
    lacks('Иш талаасы: соода, 6 ай сынак мөөнөтү.', 'isolated-work', 'confinement');
  });
});
