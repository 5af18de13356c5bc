// Batch M's misses as classes (issue 14, docs/offer-check.md, "Tuning on M"): a visitor's status said
// in new ways, pay withheld, the contract, false information about the law, a week with no day of
// rest (strong), crowded housing, a hostess job described by its tasks, and lawful things that had
// read as indicators. Word forms and short offers of our own in every language (both Uzbek scripts,
// Russian and Tajik in Latin letters), with look-alikes that must not fire; never a batch's text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { extract } from '../../../src/sdk/offer-check/extractors.js';
import { normalizeText } from '../../../src/sdk/offer-check/normalize.js';
import { has, lacks } from './flag-asserts.js';

const level = (text: string) => checkOffer(text).level;

describe("a visitor's status said in new ways", () => {
  it('reads a business or Schengen visa, or a tourist entry, with the papers made there', () => {
    for (const text of [
      'You come on a business visa, the work permit is made on site within a month.',
      'Travel on a Schengen visa, our lawyer registers you after arrival.',
      'Едете по бизнес-визе, разрешение на работу сделаем на месте.',
      'Edete po biznes vize, razreshenie na rabotu sdelaem na meste.',
      'Шенгенская виза, а документы оформим по прибытии.',
      'Бизнес визамен барасыз, жұмыс рұқсаты сол жақта жасалады.',
      'Туристік кіру арқылы барасыз, құжаттарды сол жақта жасаймыз.',
      'Бизнес виза менен учасыз, уруксат ошол жакта жасалат.',
      'Туристтик кирүү менен келесиз, калганын ошол жерде чечебиз.',
      'Biznes viza bilan borasiz, ish ruxsatnomasi joyida qilinadi.',
      'Бизнес виза билан борасиз, қолганини компания жойида ҳал қилади.',
      'Бо визаи тиҷоратӣ меравед, иҷозатномаро дар ҷояш мегиранд.',
      'Biznes wiza bilen gelýärsiňiz, resminamalar ýerinde taýýarlanýar.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('reads a visit visa named in two languages', () => {
    has('Қонақ (visit) визасымен ұшасыз.', 'tourist-visa-work');
    has('Конок (visit) визасы менен учасыз.', 'tourist-visa-work');
  });

  it('does not read a business trip, or a work visa made before departure', () => {
    lacks('Engineers travel to Shanghai on a business visa for a two-week audit.', 'tourist-visa-work');
    lacks('Командировки в Китай по бизнес-визе, оформление за счёт компании.', 'tourist-visa-work');
    lacks('Рабочая виза D оформляется до выезда, на месте вас встретит координатор.', 'tourist-visa-work');
    lacks('Ish vizasi joʻnashdan oldin rasmiylashtiriladi, joyida sizni kutib olamiz.', 'tourist-visa-work');
  });
});

describe('false information about the law or the authorities', () => {
  it('reads the police "handled" by the recruiter, in every language', () => {
    for (const text of [
      'If the police stop you, we will sort it out.',
      'С полицией проблемы решим, не бойтесь.',
      'S policiei problemy reshim.',
      'Полиция тексерсе, өзіміз шешеміз.',
      'Милиция менен маселе болсо, өзүбүз чечебиз.',
      'Politsiya bilan muammo boʻlsa, oʻzimiz hal qilamiz.',
      'ГАИ билан муаммо бўлса ўзимиз ҳал қиламиз.',
      'Агар милиса дошта гирад, мо худамон ҳал мекунем.',
      'Polisiýa bilen mesele bolsa, özümiz çözeris.',
    ]) {
      has(text, 'false-legal-assurance');
    }
  });

  it('reads a visitor status or skipped classes said to be lawful', () => {
    has('You travel on a tourist visa and start working, this is completely legal.', 'false-legal-assurance', 'tourist-visa-work');
    has('Едете по туристической визе, это законно.', 'false-legal-assurance');
    has('Сабаққа бармасаңыз да визаңыз жойылмайды, бұл заңды.', 'false-legal-assurance');
    has('Turist viza bilan ishlaysiz, bu qonuniy.', 'false-legal-assurance');
  });

  it('does not read a police certificate, a lawful claim about a work permit, or "everyone works like this"', () => {
    lacks('A police clearance certificate is needed for the visa.', 'false-legal-assurance');
    lacks('Справка из полиции об отсутствии судимости нужна для визы.', 'false-legal-assurance');
    lacks('Everything is legal: the work permit and the contract are signed before departure.', 'false-legal-assurance');
    lacks('Едете по туристической визе, разрешение потом сделаем, все так работают.', 'false-legal-assurance');
    has('Едете по туристической визе, разрешение потом сделаем, все так работают.', 'tourist-visa-work');
  });
});

describe('pay withheld, in more words', () => {
  it('reads pay kept as a guarantee and pay at the end of the fishing season or the building work', () => {
    has('Birinchi 2 oy oylikning yarmi kafolat puli sifatida saqlanadi.', 'wage-withholding');
    has('Биринчи 2 ой ойликнинг ярми кафолат пули сифатида сақланади.', 'wage-withholding');
    has('Ilkinji iki aýyň aýlygy kepil hökmünde saklanýar.', 'wage-withholding');
    has('Расчёт в конце путины.', 'wage-withholding');
    has('Raschet v kontse putiny.', 'wage-withholding');
    has('The money is paid all together when the object is finished.', 'wage-withholding');
  });

  it('does not read a guaranteed salary, or a bonus at the end of the season on top of monthly pay', () => {
    lacks('Kafolatlangan oylik har oy 10-sanada.', 'wage-withholding');
    lacks('Зарплата каждый месяц, в конце путины премия сверх зарплаты.', 'wage-withholding');
  });
});

describe('the contract', () => {
  it('reads a contract only on arrival, in Russian words, and a contract only in a language the worker cannot read', () => {
    has('Трудовой договор заключается по прибытии на завод.', 'no-contract');
    has('Shartnoma xitoy tilida, menejer tushuntirib beradi.', 'no-contract');
    has('Контракт на китайском, менеджер объяснит.', 'no-contract');
    has('The contract is in Arabic only.', 'no-contract');
    has('Şertnama arap dilinde.', 'no-contract');
  });

  it('does not read a contract with a translation or in a language the worker reads', () => {
    lacks('The contract is in Korean with an Uzbek translation.', 'no-contract');
    lacks('Shartnoma koreys va oʻzbek tilida.', 'no-contract');
    lacks('Договор на китайском и русском языках.', 'no-contract');
    lacks('Трудовой договор заключается до выезда.', 'no-contract');
  });
});

describe('a week with no day of rest is strong; a long day alone stays medium', () => {
  const strength = (text: string, id: string) => checkOffer(text).flags.find((f) => f.id === id)?.strength;

  it('reads no weekly rest as strong, in every language', () => {
    for (const text of [
      'Work 7 days a week, one day off a month.',
      'Работа без выходных.',
      'Rabota bez vyhodnyh.',
      'Один выходной в месяц.',
      'Аптасына 7 күн, айына бір күн демалыс.',
      'Дем алыш күн азырынча жок.',
      'Haftada 7 kun, dam olish kuni hozircha yoʻq.',
      'Ҳафтада 7 кун ишлайсиз.',
      'Ҳафтае 7 рӯз кор, рӯзи истироҳат нест.',
      'Hepdede 7 gün, aýda 1 gün dynç.',
    ]) {
      assert.equal(strength(text, 'no-weekly-rest'), 'strong', text);
    }
  });

  it('keeps a long day by the clock medium, and a rotation with days off nothing', () => {
    assert.equal(strength('Работа с 8:00 до 22:00.', 'excessive-hours'), 'medium');
    lacks('Работа с 8:00 до 22:00.', 'no-weekly-rest');
    lacks('Смена 12 часов, график 2/2.', 'no-weekly-rest', 'excessive-hours');
    lacks('Shifts of 12 hours, 4 days on and 4 days off.', 'no-weekly-rest', 'excessive-hours');
    lacks('Ish haftada 5 kun, shanba va yakshanba dam olish.', 'no-weekly-rest');
  });

  it('makes no weekly rest with a fee high, and a long day with a fee medium', () => {
    assert.equal(level('Factory in China: 12 hours a day, 7 days a week. Visa and ticket: $1,200 in advance.'), 'high');
    assert.equal(level('Завод: работа с 8:00 до 22:00. Оформление визы 1200$ заранее.'), 'medium');
  });
});

describe('crowded housing', () => {
  it('reads eight or more people to a room', () => {
    for (const text of [
      'Housing in a labour camp, 10–12 people per room.',
      'Общежитие, в комнате по 10 человек.',
      'Жатақхана, бөлмеде 8 адам.',
      'Жатакана, бир бөлмөдө 15-20 киши.',
      'Yotoqxona, xonada 8–10 kishi.',
      'Ётоқхона, 12 кишилик хона.',
      'Хобгоҳ, дар як ҳуҷра 10 нафар.',
      'Lagerde ýaşaýyş, otagda 10–12 adam.',
    ]) {
      has(text, 'crowded-housing');
    }
  });

  it('does not read a room of two to six', () => {
    lacks('Dormitory, 3 people per room.', 'crowded-housing');
    lacks('Ётоқхона: 550 zł/ой, хонада 3 киши.', 'crowded-housing');
    lacks('Общежитие, в комнате 4 человека.', 'crowded-housing');
    lacks('Ýaşaýyş mugt, 6 adamlyk otag.', 'crowded-housing');
  });
});

describe('a hostess job described by its tasks', () => {
  it('reads sitting with guests, pushing drinks and outcalls as the sex industry', () => {
    for (const text of [
      'Hostess: sit with guests and encourage guests to order drinks.',
      'Администратор: сидеть с гостями, раскручивать гостей на коктейли, выезды с гостями.',
      'Қонақтармен бірге отыру, қонақтарды сусынға көндіру.',
      'Коноктор менен бирге отуруу.',
      'Mehmonlar bilan birga oʻtirish, mehmonlarni ichimlik buyurtma qilishga undash.',
      'Вазифа: бо меҳмонон нишаста сӯҳбат кардан, ба фармоиши нӯшокиҳо ҳавасманд кардан.',
      'Myhmanlar bilen oturyp gürleşmek.',
    ]) {
      has(text, 'sex-industry-hint');
    }
  });

  it('does not read a waiter who takes orders or a host who seats guests', () => {
    lacks('Waiter: take orders for drinks and food, serve guests.', 'sex-industry-hint');
    lacks('Хостес: встречать и рассаживать гостей, вести бронь столов.', 'sex-industry-hint');
    lacks('Ofitsiant: mehmonlarni kutib olish va buyurtma qabul qilish.', 'sex-industry-hint');
  });
});

describe('lawful things that are no indicator', () => {
  it('reads no fee in a visa fee paid to the government across a colon, or a consular fee', () => {
    lacks('You pay: the visa fee to the UK Government (online, gov.uk) and your flight.', 'recruitment-fee');
    lacks('Консульский сбор 80 € вы платите сами.', 'recruitment-fee');
    lacks('Konsullik yigʻimi 80 € — oʻzingiz toʻlaysiz.', 'recruitment-fee');
    // A visa application with documents is a recruiter's service: the application is no state fee by its name.
    has('Visa application and documents — 1500 USD.', 'recruitment-fee');
    has('Viza arizasi va hujjatlar tayyorlash — 1500$.', 'recruitment-fee');
    has('You pay: the visa fee of 300 USD to our manager.', 'recruitment-fee');
    has('Оформление визы 300$ — нашему менеджеру.', 'recruitment-fee');
  });

  it('reads a daily payout to the worker’s card as the wage, not a payment to a card', () => {
    lacks('Кунлик тўлов картага, график эркин.', 'personal-card-payment');
    lacks('Kunlik toʻlov kartaga.', 'personal-card-payment');
    lacks('Ежедневные выплаты на карту.', 'personal-card-payment');
    has('Оплатите 2000 рублей на карту менеджера.', 'personal-card-payment');
  });

  it('reads a fine taken from pay as a fine, and a ticket taken from pay still as a debt', () => {
    lacks('Брак чыкса айлыктан штраф кармалат.', 'cost-deducted-from-pay');
    has('Брак чыкса айлыктан штраф кармалат.', 'fines');
    has('Билет 300$ айлыктан кармалат.', 'cost-deducted-from-pay');
  });

  it('reads a programme cost charged to the worker as a fee, and the exam skipped in Uzbek with its possessive', () => {
    has('Programme cost $4,500, we give you a loan.', 'recruitment-fee');
    has('Япон тили имтиҳонисиз, тўғридан-тўғри жойлаштирамиз.', 'official-channel-bypass');
    has('Yapon tili imtihonisiz joylashtiramiz.', 'official-channel-bypass');
  });
});

describe('pay read in its own sentence and bracket', () => {
  const pay = (text: string) => extract(normalizeText(text).text);

  it('does not scale pay by a one-hour test task in the next sentence', () => {
    const e = pay('Айлық ай сайын 5-і күні. Алдымен 1 сағаттық тест тапсырма. 220 000 ₸/ай.');
    assert.equal(e.signals.has('short-hours'), false);
    assert.ok(pay('Работа 2–3 ч. в день, 50 000 руб в месяц').signals.has('short-hours'));
  });

  it('gives a period inside a bracket to the sum that follows it there', () => {
    const e = pay('Ойлик: брутто 4800 zł (соатига 30,50 zł)');
    assert.deepEqual(
      e.pay.map((p) => p.period),
      ['month', 'hour'],
    );
    assert.equal(pay('Зарплата 1500$ (в месяц)').pay[0]?.period, 'month');
    assert.equal(pay('Оплата 3000 руб (в день)').pay[0]?.period, 'day');
  });

  it('does not end a sentence at the dot of "approximately"', () => {
    lacks("Ish haqi (oyiga taxm. 2 060 000 won), ish beruvchi tibbiy sug'urta va yotoqxonani shartnomada ko'rsatadi.", 'recruitment-fee');
    lacks('Зарплата в месяц прибл. 90 000 руб, страховку оформляет работодатель.', 'recruitment-fee');
  });
});

describe('a status "changed" after arrival', () => {
  it('reads a Schengen visa whose status a lawyer changes later, in every language', () => {
    for (const text of [
      'We open a Schengen visa for you, after 3 months our lawyer changes your status.',
      'Откроем шенгенскую визу, через три месяца юрист сменит вам статус.',
      'Шенген виза ашамыз, кейін заңгер мәртебеңізді ауыстырады.',
      'Shengen viza ochamiz, keyin advokat statusingizni oʻzgartiradi.',
      'Şengen wiza açýarys, soňra ýurist statusyňyzy üýtgeder.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });
});
