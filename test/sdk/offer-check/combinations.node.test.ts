// Signals made of concepts inside one clause or sentence, pay against the wages of the country it
// is paid in, the level rule with the new indicator, language detection on mixed texts, and advice
// that fits where the work is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { payReferences } from '../../../src/data/wages/pay-references.js';
import { wageFigures } from '../../../src/data/wages/wage-figures.js';
import { checkOffer } from '../../../src/sdk/index.js';
import type { OfferCheckResult } from '../../../src/sdk/index.js';

const flag = (r: OfferCheckResult, id: string) => r.flags.find((f) => f.id === id);
const ids = (r: OfferCheckResult) => r.flags.map((f) => f.id);

describe('combinations of concepts', () => {
  it('reads a document, a verb of handing over and a holder in one clause, in any order, form and script', () => {
    for (const text of [
      'Все паспорта при заселении собирает наш куратор.',
      'Your passport will be collected by the site supervisor on day one.',
      'Құжаттарыңызды бригадирге тапсырасыз.',
      'Hujjatlaringizni koordinatorga topshirasiz.',
      'Шиносномаҳоро ба менеҷер месупоред.',
      'Pasportlaryňyzy hojaýyna tabşyrýarsyňyz.',
      'Dokumenty sdaete brigadiru po priezdu.',
      'Shinosnoma to oxiri mavsim dar korfarmo memonad.',
    ]) {
      const retention = flag(checkOffer(text), 'passport-retention');
      assert.ok(retention, text);
      const signals = retention.evidence.map((e) => e.signal);
      for (const s of ['document', 'hand-over', 'holder']) assert.ok(signals.includes(s), `${text}: ${JSON.stringify(signals)}`);
    }
  });

  it('quotes each part where the person wrote it, with its label', () => {
    const text = 'Рабочие нужны срочно. Паспорта  собирает   наш координатор в аэропорту.';
    const evidence = flag(checkOffer(text), 'passport-retention')!.evidence;
    for (const e of evidence) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(
      evidence.map((e) => [e.signal, e.text]),
      [
        ['document', 'Паспорта'],
        ['hand-over', 'собирает'],
        ['holder', 'координатор'],
      ],
    );
  });

  it('does not combine parts from different clauses, or a document that is returned or goes to an embassy', () => {
    for (const text of [
      'Паспорт нужен для визы. Менеджер ответит на вопросы, документы храните у себя.',
      'The agency collects the passports for the embassy and returns them within 10 days.',
      'The agency takes the passports to the consulate for visa stamping.',
      'Keep your passport with you; the employer never asks for it.',
      'Мы не забираем паспорта у работников.',
    ]) {
      assert.ok(!flag(checkOffer(text), 'passport-retention'), text);
    }
  });

  it('reads a service with a sum, or a fee in advance, as a recruitment fee — not the salary', () => {
    for (const text of ['Visa processing — 350 USD', 'Жұмысқа орналастыру қызметі 150 000 ₸', 'Xizmat haqi 200$, yarmini oldindan', 'Оплата за приглашение 400 евро']) {
      assert.ok(flag(checkOffer(text), 'recruitment-fee'), text);
    }
    for (const text of ['Официальное оформление, зарплата 120 000 руб.', 'Work visa and flights paid by the employer, salary 1,800 EUR', 'Виза за счёт компании']) {
      assert.ok(!flag(checkOffer(text), 'recruitment-fee'), text);
    }
  });

  it('turns a combination around when a negation stands before it, and says so', () => {
    const result = checkOffer('No upfront payment is ever charged to workers.');
    assert.ok(!flag(result, 'recruitment-fee'));
    assert.ok(result.reassurances.some((r) => r.id === 'no-fees-stated'));
  });

  it('reads money to a card with a transfer in one sentence, across an initial, but not a salary paid to a card', () => {
    assert.ok(flag(checkOffer("1500 ming so'm Humo kartaga (Akmal R.) tashlang"), 'personal-card-payment'));
    assert.ok(flag(checkOffer('Взнос 200$ переводите на карту Kaspi'), 'personal-card-payment'));
    assert.ok(!flag(checkOffer('Зарплата переводится на карту каждые две недели.'), 'personal-card-payment'));
  });

  it('reads repaying from wages, paying later, and paying back later, but not tax taken from pay', () => {
    for (const text of ['Билет купим, потом вычтем из зарплаты', 'Билетти кийин айлыгыңыздан кармайбыз', 'You can repay the visa later', 'Chiptani keyin oylikdan qaytarasiz']) {
      assert.ok(flag(checkOffer(text), 'cost-deducted-from-pay'), text);
    }
    assert.ok(!flag(checkOffer('Salary 2,000 EUR; income tax is deducted from your salary.'), 'cost-deducted-from-pay'));
  });

  it('reads leaving with a restriction, and a phone kept by someone else, as confinement', () => {
    for (const text of ['Выезжать из города без разрешения нельзя.', 'Workers cannot leave the compound at night.', 'Uydan chiqish faqat xoʻjayinning ruxsati bilan.', 'Телефоны хранятся у администратора.']) {
      assert.ok(flag(checkOffer(text), 'confinement'), text);
    }
    assert.ok(!flag(checkOffer('Выходные: суббота и воскресенье, нельзя опаздывать.'), 'confinement'));
  });
});

describe('papers said to be unnecessary', () => {
  it('reads a permit or a contract with "not needed" in one clause, whatever stands between them', () => {
    for (const text of ['Ишке орношуу үчүн патент алуунун кереги жок.', 'A work permit is honestly not needed here.', 'Ruxsatnoma olish shart emas.']) {
      assert.ok(flag(checkOffer(text), 'tourist-visa-work'), text);
    }
    for (const text of ['Келишим түзүүнүн кереги жок.', 'Şertnama baglaşmak gerek däl.', 'A written contract is not needed.']) {
      assert.ok(flag(checkOffer(text), 'no-contract'), text);
    }
  });

  it('does not read "not needed" of experience as a missing contract or permit', () => {
    const result = checkOffer('Официальный трудовой договор, патент оформляем. Опыт не нужен.');
    assert.ok(!flag(result, 'no-contract') && !flag(result, 'tourist-visa-work'));
  });

  it('does not read a visa fee paid to the state as a recruitment fee', () => {
    assert.ok(!flag(checkOffer('You pay the visa fee of £298 directly to the government.'), 'recruitment-fee'));
  });
});

describe('pay against the wages of the country it is paid in', () => {
  it('keeps, for every reference wage, a sourced figure with the same amount, period and year', () => {
    for (const [currency, ref] of Object.entries(payReferences)) {
      const found = wageFigures.find(
        (w) => w.country === ref.country && w.currency === currency && w.period === ref.period && w.year === ref.year && (w.amount === ref.amount || w.max === ref.amount),
      );
      assert.ok(found, `${currency}: no sourced figure ${ref.amount} ${ref.period} ${ref.year}`);
      assert.ok(found.source.startsWith('https://') && found.quote.length > 20, `${currency}: the figure keeps its source and quote`);
    }
    for (const w of wageFigures) assert.ok(w.source && w.quote && w.year >= 2017, `${w.country} ${w.what}: source, quote and year`);
  });

  it('reads day and shift pay, and monthly pay for a short day, as far above what the work pays there', () => {
    assert.ok(flag(checkOffer('Курьеры в Астану, оплата 40 000 тг за смену'), 'pay-too-good'));
    assert.ok(flag(checkOffer('Uydan ishlash, kuniga 2 soat, oyiga 30 mln soʻm'), 'pay-too-good'));
    assert.ok(flag(checkOffer('Грузчики, 12 000 руб в день, без опыта'), 'pay-too-good'));
  });

  it('does not read ordinary pay as too good', () => {
    for (const text of ['Курьер, 12 000 тг в день', 'Официант, 250 000 тенге в месяц, без опыта', 'Fruit pickers, £12.21 per hour, no experience', 'Уборщица, 60 000 руб в месяц']) {
      assert.ok(!flag(checkOffer(text), 'pay-too-good'), text);
    }
  });
});

describe('the level rule', () => {
  // The card a fee is paid to is the fee's own indicator ("Method decisions after seven batches",
  // decision 1): a fee in advance to a manager's card with no contract is two indicators, and a third
  // (a debt from wages) makes it high. Until that decision the card counted apart and this was high.
  it('counts a fee in advance to a manager’s card as one indicator: with no contract medium, with a debt from wages high', () => {
    const result = checkOffer('Предоплата 300$ на карту менеджера. Договор не нужен.');
    assert.deepEqual(ids(result).sort(), ['no-contract', 'personal-card-payment', 'recruitment-fee']);
    assert.equal(result.level, 'medium');
    assert.equal(checkOffer('Предоплата 300$ на карту менеджера. Договор не нужен. Билет вычтем из первой зарплаты.').level, 'high');
  });

  it('never lets a messenger-only contact or haste be the weak signal that lifts to high', () => {
    for (const text of [
      // A visa "guaranteed" and a fee are two indicators; going around the exam is two by itself
      // (decision 1 of "Method decisions after seven batches"), so it is not the example here.
      'Korea work visa 100% guaranteed! Service fee 900 USD, half in advance. Write only on WhatsApp +82 10 0000 0000',
      'Польшаға жұмыс визасы 100% кепілдік. Қызмет ақысы 300 000 ₸, жартысы алдын ала. Тек WhatsApp арқылы',
      "Dubayda ishlash, turist viza bilan kelasiz. Agentlik xizmati 700$ oldindan. Faqat Telegram: @dubai_ish_uz",
      'Стройка в Подмосковье, без договора, билет вычтем из первой зарплаты. Выезд завтра, срочно!',
    ]) {
      const result = checkOffer(text);
      assert.equal(result.level, 'medium', `${text}: ${ids(result).join(', ')}`);
    }
    // The same contact beside a strong indicator and another: still high, the others carry it.
    assert.equal(checkOffer('Паспорт хранится у работодателя. Билет вычтем из первой зарплаты. Пишите только в WhatsApp +7 900 000 00 00').level, 'high');
  });

  it('still rates a fee alone medium', () => {
    assert.equal(checkOffer('Оплата за оформление 500$.').level, 'medium');
  });
});

describe('language detection', () => {
  it('tells languages apart in the script they are typed in, and on mixed texts', () => {
    const cases: [string, string][] = [
      ['rabota v Dubae dlya devushek, zarplata ot 2000$, pasport otdaete administratoru', 'ru'],
      ['Ish Moskvada, agentlik xizmati 1500$, yarmi oldindan, kuniga 10 soat', 'uz'],
      ['Kor dar Maskav, maosh 3000 somoni, shinosnoma dar korfarmo memonad', 'tg'],
      // Tajik in Latin letters writes ӯ as o', as Uzbek does: its common words decide.
      ["Kor dar Istanbul, xo'rok va jo'i xob roygon ast, maosh ba hisobi korfarmo, pasportro medihed", 'tg'],
      ["Toshkentda ishga qizlar kerak, oylik yaxshi, o'qish bepul, tajriba shart emas", 'uz'],
      ['Москвага жумушка кыздар керек, айлык 60 000 сом, тажрыйба талап кылынбайт, жатакана менен', 'ky'],
      ['Срочно! Работа в Турции. Ish bor, oylik yaxshi, hujjatlar kerak, biz bilan ishlash uchun qizlar kerak, Telegram yozing', 'uz'],
      ['Hiring cleaners for a hotel in Dubai, salary 1,800 AED, visa and ticket provided by the employer', 'en'],
    ];
    for (const [text, lang] of cases) assert.equal(checkOffer(text).language, lang, text);
  });
});

describe('advice that fits', () => {
  it('gives a local job no travel advice', () => {
    const result = checkOffer('Продавец в магазин в Алматы, без договора, зарплата 180 000 тг.');
    assert.ok(result.advice.includes('ask-contract-before-start'));
    for (const code of ['ask-written-contract', 'ask-who-pays-travel', 'ask-work-visa', 'check-agency-licence', 'keep-in-touch'] as const) {
      assert.ok(!result.advice.includes(code), code);
    }
  });

  it('gives an offer that involves leaving home the travel advice', () => {
    const result = checkOffer('Работа в Турции без договора, билет покупаете сами, потом вычтем из зарплаты.');
    assert.ok(result.advice.includes('ask-written-contract'));
    assert.ok(result.advice.includes('ask-who-pays-travel'));
    assert.ok(result.advice.includes('keep-in-touch'));
  });
});

// The signals that show a second indicator, so that the level rule can count indicators and still
// rate high what a caseworker rates high (issue 14, batch D). Each case is in other words than the
// offers that showed the gap.
describe('the other indicators, in other words', () => {
  const has = (text: string, id: string) => assert.ok(ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);
  const lacks = (text: string, id: string) => assert.ok(!ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);

  it('reads a passport left at the office or given to a manager as retention', () => {
    has('Төлқұжатыңды кеңседе қалдырасың, жұмыс біткенше.', 'passport-retention');
    has('On arrival your passport is given to the site manager.', 'passport-retention');
    has('Pasportingizni ofisda qoldirasiz.', 'passport-retention');
  });

  it('reads wages paid at the end of a season, contract or year as withheld', () => {
    has('Айлык 40 000 сом, бирок акча сезон аягында берилет.', 'wage-withholding');
    has('Maosh 5 million, lekin pul kontrakt oxirida beriladi.', 'wage-withholding');
    lacks('Зарплата каждую неделю, налоги в конце года платит компания.', 'wage-withholding');
  });

  it('reads a fare the employer pays, in any order, as free travel, and not a fare the worker pays', () => {
    has('Перелёт и жильё за наш счёт.', 'free-travel');
    has('Aviachipta kompaniya hisobidan.', 'free-travel');
    lacks('Билет за свой счёт, жильё бесплатно.', 'free-travel');
    // Across a route written between the two, over a spaced dash.
    has('Chipta Toshkent – Dubay bepul.', 'free-travel');
    has('Билет Алматы – Стамбул бесплатно.', 'free-travel');
  });

  it('does not read an offer to women and men alike as targeting young women', () => {
    lacks('В кафе требуются девушки и парни 18-25 лет.', 'young-women-targeting');
    lacks('Ofitsiantlar kerak, yigit-qizlar 20–28 yosh.', 'young-women-targeting');
    has('В кафе требуются девушки 18-25 лет.', 'young-women-targeting');
    // Men named elsewhere are not the ones wanted.
    has('Знакомство с мужчинами из Турции. Девушки 18-25.', 'young-women-targeting');
  });

  it('reads a car ride from Bangkok to an office near the border as the compound route, a strong signal', () => {
    const result = checkOffer('Chat operator in Thailand, free flight to Bangkok, then our driver takes you to the office near the border.');
    assert.ok(ids(result).includes('border-transfer'));
    assert.equal(result.level, 'high');
  });

  it('reads digging trenches and dugouts as work in the war zone', () => {
    has('Стройка в Белгородской области: копаем окопы и блиндажи, 10 000 в день.', 'military-recruitment');
    has('Kursk viloyatida okop qazish, kuniga 12 000 rubl.', 'military-recruitment');
  });

  it('reads a passport kept by the family a worker lives with, and going out only with permission, in Uzbek', () => {
    has('Pasportni oila saqlab qoladi.', 'passport-retention');
    has("Ijozatsiz ko'chaga chiqilmaydi.", 'confinement');
    has('Fermadan chiqib ketolmaysiz.', 'confinement');
    lacks("Oila bilan kelsangiz ham bo'ladi, pasportingiz o'zingizda.", 'passport-retention');
  });

  it('reads documents at a curator’s disposal, and the occupied regions named outright with a bonus on signing', () => {
    has('Pasport va telefon menejer ixtiyorida turadi.', 'passport-retention');
    has('Работа в Луганске, при подписании 500 000 рублей.', 'military-recruitment');
    has('Кор дар Донецк, баъди имзо 500 000 рубл.', 'military-recruitment');
  });

  it('reads "accompanying guests", a debt worked off and family that must not know, in Tajik', () => {
    has('Кор дар клуб, ҳамроҳӣ ба меҳмонон.', 'sex-industry-hint');
    has('Чипта аз мо, баъд бо кор баргардонед.', 'work-off-debt');
    has('Падару модарат набояд донанд.', 'secrecy');
  });

  it('reads a cover story for the family as secrecy', () => {
    has('Маме скажи, что работаешь в кафе.', 'secrecy');
    has('Tell your family you work in a hotel.', 'secrecy');
  });

  it('reads an entry ban lifted for the worker as a promise to get round the law', () => {
    has('Если есть запрет на въезд — снимем.', 'official-channel-bypass');
  });
});

// Over-calls of legitimate offers read as rules of meaning (issue 14, batches C and D).
describe('what the employer pays and what the worker is paid', () => {
  const lacks = (text: string, id: string) => assert.ok(!ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);

  it('does not read a visa or permit the employer or scheme operator pays as a recruitment fee', () => {
    lacks('Визаны және жұмыс рұқсатын компания өзі төлейді.', 'recruitment-fee');
    lacks('Visa fee is paid by the operator, you pay nothing.', 'recruitment-fee');
    lacks("Ish vizasi xarajatlarini ish beruvchi to'laydi.", 'recruitment-fee');
    lacks('Wiza çykdajylaryny kompaniýa töleýär.', 'recruitment-fee');
  });

  it('does not read social insurance that is paid as a fee', () => {
    lacks('Шартномаи меҳнатӣ, суғуртаи иҷтимоӣ пардохт мешавад.', 'recruitment-fee');
    lacks('Official contract, social insurance paid.', 'recruitment-fee');
  });

  it('does not read pay sent to the worker’s card on a schedule as a payment to a private card', () => {
    lacks('Выплаты каждую неделю на карту Humo, 200 000 сум в день.', 'personal-card-payment');
    lacks('Пардохт ҳар ҳафта ба корт, 150 сомонӣ дар як рӯз.', 'personal-card-payment');
  });
});

// Medium indicators the engine did not see (issue 14, batches C and D: medium offers rated low),
// each in other words than the offers that showed it.
describe('medium indicators in other words', () => {
  const has = (text: string, id: string) => assert.ok(ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);
  const lacks = (text: string, id: string) => assert.ok(!ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);

  it('reads an oral agreement, or a contract the employer does not make, as no contract', () => {
    has('Работаем на словах, всё честно.', 'no-contract');
    has('Келишим түзбөйбүз, баары оозеки макулдашуу менен.', 'no-contract');
    has("Dogovor yo'q, hammasi og'zaki kelishuv asosida.", 'no-contract');
    has('We work on a verbal agreement, no paperwork.', 'no-contract');
  });

  it('reads a service and its price across a colon, a dash or a bracket in one sentence as a fee', () => {
    has('Our package: 1 200 EUR (invitation + visa support).', 'recruitment-fee');
    has('Шақыру, виза — 900 $', 'recruitment-fee');
    // The salary beside a permit the employer helps with is not a fee.
    lacks('Айлығы 85 000 рубль, патент рәсімдеуге көмектесеміз.', 'recruitment-fee');
    lacks('Оклад 90 000 рублей: патент и регистрация за счёт компании.', 'recruitment-fee');
  });

  it('reads entering visa-free as a tourist, or visa-free and then finding a job, as work without a permit', () => {
    has('Заезжаете без визы туристом, работаете сразу.', 'tourist-visa-work');
    has('Vizasiz kirasiz, keyin ishga joylashasiz.', 'tourist-visa-work');
    // Citizens of the Eurasian Economic Union need no visa and no permit in Russia.
    lacks('Граждане ЕАЭС въезжают без визы, устроитесь на работу по трудовому договору.', 'tourist-visa-work');
  });
});

describe('an employer or a place kept back', () => {
  it('reads who employs or where, told only later or in a private message, as a medium signal', () => {
    for (const text of [
      'Работа в Польше на заводе. Какой город и какая компания — сообщим при встрече.',
      'Work in Europe, 2000 EUR. Which country and which company we tell you in person.',
      "Germaniyada ish bor. Qaysi shahar, qaysi zavod — keyin aytiladi.",
      'Европада иш. Кайсы өлкө, кайсы завод — жеке кабарда.',
    ]) {
      const result = checkOffer(text);
      assert.ok(ids(result).includes('employer-hidden'), `${text}: ${ids(result).join(', ')}`);
      assert.equal(result.level, 'medium', text);
    }
  });

  it('does not read a named employer whose details are in a message as kept back', () => {
    const result = checkOffer('ТОО «Алатау Сервис», Алматы, ул. Абая 10. Работодатель ждёт ваше резюме на hr@alatau.kz.');
    assert.ok(!ids(result).includes('employer-hidden'), ids(result).join(', '));
  });
});

describe('words that look like a signal and are not', () => {
  const lacks = (text: string, id: string) => assert.ok(!ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);
  const has = (text: string, id: string) => assert.ok(ids(checkOffer(text)).includes(id), `${text}: ${ids(checkOffer(text)).join(', ')}`);

  it('does not read a permit waived for citizens of the Eurasian Economic Union, named in brackets, as work without a permit', () => {
    lacks('Қырғызстандықтарға патент керек емес (ЕАЭО).', 'tourist-visa-work');
    lacks('Патент не нужен (граждане ЕАЭС).', 'tourist-visa-work');
    has('Патент не нужен, работаем так.', 'tourist-visa-work');
  });

  it('does not read insurance (сақтандыру) as keeping a document', () => {
    lacks('Агенттік қызметі: құжат дайындау, аударма, сақтандыру.', 'passport-retention');
    has('Құжатыңызды агенттік сақтайды.', 'passport-retention');
  });
});
