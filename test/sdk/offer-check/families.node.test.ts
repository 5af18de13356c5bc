// Families of signals read or not read after the first look at batch E (issue 14): each written
// from word forms other than the batch's own, in several languages, with look-alikes that must not
// fire and the real signal beside them that must.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';


describe('a warning or advice about scams is not the offer doing it', () => {
  it('reads a sentence that calls something a scam, or asks "if anyone asks you", as a warning', () => {
    lacks('Если вам предлагают оплатить визу на карту менеджера — это мошенничество.', 'recruitment-fee', 'personal-card-payment');
    lacks('Если у вас просят сдать паспорт бригадиру, это обман.', 'passport-retention');
    lacks('If anyone asks you to hand your passport to the coordinator, it is a scam.', 'passport-retention');
    lacks('Агар аз шумо пешпардохт талаб кунанд, ин фиреб аст.', 'recruitment-fee');
    lacks('Eger sizden öňünden töleg talap etse, bu aldaw.', 'recruitment-fee');
    lacks('Agar sizdan oldindan toʻlov soʻrasa — bu aldov.', 'recruitment-fee');
    assert.equal(checkOffer('Если вам обещают визу без экзамена или просят отдать паспорт – это обман.').level, 'low');
  });

  it('reads "never give or pay anyone" advice as a warning in every language', () => {
    lacks('Паспортыңызды ешкімге бермеңіз, картаға ақша аудармаңыз.', 'personal-card-payment', 'passport-retention');
    lacks('Паспортуңузду эч кимге бербеңиз, жеке картага акча которбоңуз.', 'personal-card-payment');
    lacks('Pasportingizni hech kimga bermang, kartaga pul oʻtkazmang.', 'personal-card-payment');
    lacks('Никому не переводите деньги на карту, паспорт держите у себя.', 'personal-card-payment');
  });

  it('reads a Turkic negative verb as the negation of the stem it contains', () => {
    // The negation is a suffix inside the word that the positive stem matches.
    lacks('Жеке картага акча которбоңуз.', 'personal-card-payment');
    lacks("Kartaga pul o'tkazmang.", 'personal-card-payment');
    lacks('Kartyňyza pul geçirmäň.', 'personal-card-payment');
    lacks('Картаға ақша аудармаңыз.', 'personal-card-payment');
  });

  it('still reads the offer doing it: a positive or obligatory verb, a denial of being a scam', () => {
    has('Картага 5000 сом которуңуз.', 'personal-card-payment');
    has("Kartaga 200$ o'tkazing.", 'personal-card-payment');
    // -meli is "must", not a negation.
    has('Kartyňyza 300$ geçirmeli.', 'personal-card-payment');
    has('Картаға 50 000 ₸ аударыңыз.', 'personal-card-payment');
    // "Not a scam!" in its own sentence does not excuse what follows.
    has('Это не обман! Предоплата 300$ на карту менеджера.', 'recruitment-fee', 'personal-card-payment');
    has('Паспортуңузду бригадирге тапшырасыз.', 'passport-retention');
  });
});

describe('who holds the documents: a commandant, a commander, a guard, the family', () => {
  it('reads them as holders in every language', () => {
    for (const text of [
      'Документы на весь срок хранятся у коменданта общежития.',
      'Your passport is kept by the camp commandant.',
      'Төлқұжатыңыз комендантта сақталады.',
      'Төлқұжатыңыз кепілдік ретінде отбасында сақталады.',
      'Паспортуңуз үй-бүлөдө сакталат.',
      'Pasportingiz komendantda saqlanadi.',
      'Шиносномаатон дар назди комендант нигоҳ дошта мешавад.',
      'Pasportyňyz garawulda saklanýar.',
      'Resminamalar komandire tabşyrylýar.',
    ]) {
      has(text, 'passport-retention');
    }
  });

  it('does not read a commandant who only hands out keys, or a passport returned the same day', () => {
    lacks('Комендант общежития выдаёт ключи и постельное бельё.', 'passport-retention');
    lacks('Паспорт нужен коменданту для регистрации, в тот же день возвращается.', 'passport-retention');
  });
});

describe('going out only by a list or pass, or never alone', () => {
  it('reads it as confinement in every language', () => {
    for (const text of [
      'Выезд с объекта только по пропуску.',
      'Выход за территорию – по графику и по списку.',
      'Одни не выходите, только с водителем.',
      'You cannot go out alone.',
      'Жатақханадан шығу тек тізім бойынша.',
      'Жалғыз шықпайсыз, тек қожайынмен.',
      'Жалгыз чыкпайсыз, ээси менен гана.',
      'Yolgʻiz chiqmaysiz.',
      'Танҳо намебароед, фақат бо оила.',
      'Ýeke çykmaýarsyňyz, diňe maşgala bilen.',
    ]) {
      has(text, 'confinement');
    }
  });

  it('does not read a shuttle or a rotation timetable, or free movement, as confinement', () => {
    lacks('Workers leave the site by schedule, bus at 19:00.', 'confinement');
    lacks('Выезд с объекта по графику 30/30.', 'confinement');
    lacks('Выход за территорию свободный, в любое время.', 'confinement');
  });
});

describe('a contract signed only on arrival, in any word for a contract', () => {
  it('reads it as no contract before leaving', () => {
    for (const text of ['Kontrakt ýerinde gol çekilýär.', 'Контракт ошол жерде кол коюлат.', 'Kontrakt joyida imzolanadi.', 'Договор барғанда жасалады.', 'The contract is signed on arrival.', 'You sign the agreement on the spot.']) {
      has(text, 'no-contract');
    }
  });

  it('does not read a contract signed before departure', () => {
    lacks('Контракт подписываете дома, до вылета.', 'no-contract');
    lacks('Şertnama gitmezden öň gol çekilýär.', 'no-contract');
  });
});

describe('the worker’s own family is not a holder', () => {
  it('does not read a passport left with your own family as kept', () => {
    lacks('Паспортыңыз өз отбасыңызда сақталады.', 'passport-retention');
    lacks('Pasportyňyz öz maşgalaňyzda saklanýar.', 'passport-retention');
    has('Pasportyňyz maşgalada saklanýar.', 'passport-retention');
  });
});

describe('a visitor’s or student’s status used for work', () => {
  it('reads tourist entry without a visa, a tourist visa and a work visa "not needed" in every language', () => {
    for (const text of [
      'Приезжаете по туристическому въезду, виза не нужна.',
      'Come on a regular tourist stamp, no visa needed.',
      'Визасыз, туристік кіріп жұмыс істей бересіз.',
      'Виза керек эмес, турист болуп кирип иштейсиз.',
      "Viza kerak emas, turist bo'lib kirib ishlaysiz.",
      'Wiza gerek däl, turist bolup girip işleýärsiňiz.',
      'Бо визаи туристӣ меоед, баъд иваз мекунем.',
      'Vizai kori lozim nest, be viza medaroed.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('reads a student visa whose classes need not be attended', () => {
    for (const text of [
      'Студенческая виза, на занятия можно не ходить.',
      'Student visa — you do not attend classes, you work full time.',
      'Студенттік виза, сабаққа бармасаңыз да болады.',
      'Студенттик виза менен келесиң, сабакка барбасаң да болот.',
      "Talaba vizasi bilan kelasiz, darsga bormasangiz ham bo'ladi.",
      'Talyp wizasy bilen, sapaga gatnaşmasaňyzam bolýar.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('does not read a lawful student job, visa-free entry with a permit arranged, or a refusal', () => {
    lacks('Student visa holders may work up to 20 hours a week during term.', 'tourist-visa-work');
    lacks('Студенческая виза, занятия обязательны, работа только в каникулы.', 'tourist-visa-work');
    lacks('Visa-free entry for citizens of Kazakhstan; the employer arranges your work permit before you start.', 'tourist-visa-work');
  });
});

describe('what the worker is paid is not what the worker pays', () => {
  it('reads pay sent on a schedule, or to the worker’s own card, as wages', () => {
    for (const text of [
      "Har hafta kartaga to'lanadi (Uzcard/Humo).",
      'Пардохт ҳар 2 ҳафта ба корти худатон.',
      'Айлык ай сайын картага которулат.',
      'Aýlyk her hepde kartyňyza geçirilýär.',
      'Paid every 2 weeks to your own bank card.',
    ]) {
      lacks(text, 'personal-card-payment', 'recruitment-fee');
    }
  });

  it('does not read a service charge on top of the wages as a fee', () => {
    lacks("Oylik 4 500 000 so'm + xizmat haqi.", 'recruitment-fee');
  });

  it('still reads money the worker sends, or a fee beside the wages in its own clause', () => {
    has("Ro'yxatdan o'tish uchun har hafta 50 000 so'm kartaga o'tkazasiz.", 'personal-card-payment', 'recruitment-fee');
    has("Har hafta kartaga 200$ o'tkazing.", 'personal-card-payment');
    has('Зарплата 150 000 ₽ + чаевые, стоимость оформления 300$.', 'recruitment-fee');
    has('Xizmat haqi 200$, oylik 800$.', 'recruitment-fee');
  });

  it('does not read a period past a closing bracket as the pay’s period', () => {
    // "sagatlaýyn 8 sagat" is the working day, not "1 700 € an hour".
    lacks('Aýlyk: brutto 38 000 Kč (~1 550–1 700 €), sagatlaýyn 8 sagat.', 'pay-too-good');
    lacks('Зарплата (около 2 000 $), в день 10 часов работы, опыт не нужен.', 'pay-too-good');
    has('Aýlyk 1 700 € sagatlaýyn, tejribe gerek däl.', 'pay-too-good');
    has('Зарплата 2 000 $ в день, опыт не нужен.', 'pay-too-good');
  });
});

describe('Turkmen voicing in the permit', () => {
  it('reads "iş rugsady" (rugsat with its final t voiced) as a permit said to be unnecessary', () => {
    has('Iş rugsady talyplara gerek däl.', 'tourist-visa-work');
    lacks('Iş rugsadyňyzy iş beriji resmileşdirýär.', 'tourist-visa-work');
  });
});
