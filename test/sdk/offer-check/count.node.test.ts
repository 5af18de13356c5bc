// The count of indicators and the classes of "Method decisions after seven batches" (issue 14,
// docs/offer-check.md): related signals counted as the ILO/EC table counts them, and lawful cards,
// deductions and warnings read as nothing. Word forms of our own in every language (both Uzbek
// scripts, Russian and Tajik in Latin letters), with look-alikes that must not fire; never a batch's text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { scoreSignals } from '../../../src/sdk/offer-check/score.js';
import type { ScoredSignal } from '../../../src/sdk/offer-check/score.js';
import { has, lacks } from './flag-asserts.js';

const fee: ScoredSignal = { indicator: 'deceived-travel-recruitment-conditions', strength: 'medium', firm: true, dimension: 'deceptive-recruitment', flag: 'recruitment-fee' };
const card: ScoredSignal = { indicator: 'deceived-travel-recruitment-conditions', strength: 'medium', firm: true, dimension: 'deceptive-recruitment', flag: 'personal-card-payment' };
const debt: ScoredSignal = { indicator: 'debt-bondage', strength: 'medium', firm: true, dimension: 'coercive-recruitment', flag: 'cost-deducted-from-pay' };
const bypass: ScoredSignal = { indicator: 'false-information-law-authorities', strength: 'medium', dimension: 'abuse-of-vulnerability', flag: 'official-channel-bypass' };
const guarantee: ScoredSignal = { indicator: 'false-information-law-authorities', strength: 'medium', dimension: 'abuse-of-vulnerability', flag: 'guaranteed-visa' };
const tourist: ScoredSignal = { indicator: 'deceived-legal-documentation', strength: 'medium', firm: true, dimension: 'deceptive-recruitment', flag: 'tourist-visa-work' };
const payTooGood: ScoredSignal = { indicator: 'deceived-wages', strength: 'medium', dimension: 'deceptive-recruitment', flag: 'pay-too-good' };

describe('decision 1: the count of indicators', () => {
  it('counts a fee and the private card it is paid to as one indicator', () => {
    assert.equal(scoreSignals([fee, card], 0).level, 'medium');
    assert.equal(scoreSignals([fee, card, payTooGood], 0).level, 'medium');
  });

  it('counts the deduction that repays a fee as the debt, a second indicator', () => {
    assert.equal(scoreSignals([fee, card, debt], 0).level, 'medium');
    assert.equal(scoreSignals([fee, card, debt, payTooGood], 0).level, 'high');
  });

  it('counts going around a state programme as two entries, a guaranteed visa as one', () => {
    assert.equal(scoreSignals([bypass, fee], 0).level, 'high');
    assert.equal(scoreSignals([guarantee, fee], 0).level, 'medium');
    assert.equal(scoreSignals([guarantee, bypass, fee], 0).level, 'high');
    // A tourist visa is the bypass's second entry again, not a third indicator.
    assert.equal(scoreSignals([bypass, tourist], 0).level, 'medium');
  });

  it('adds no points for the second entry: a lone bypass stays as low as reassurances make it', () => {
    assert.equal(scoreSignals([bypass], 0).level, 'medium');
    assert.equal(scoreSignals([bypass], 1).level, 'low');
  });

  it('rates a fee to a private card with no contract medium, and with a debt from wages beside them high', () => {
    const texts: [string, string, string][] = [
      ['Registration fee 400 USD, transfer it to my card 4400 1111 2222 3333.', 'No contract needed.', 'The rest we deduct from your salary.'],
      ['Оформление 300$, переведите на карту менеджера.', 'Договор не нужен.', 'Остальное вычтем из зарплаты.'],
      ['Oformlenie 300$, perevedite na kartu menedzhera.', 'Dogovor ne nuzhen.', 'Ostalnoe vychtem iz zarplaty.'],
    ];
    for (const [feeToCard, noContract, debtFromWages] of texts) {
      assert.equal(checkOffer(feeToCard).level, 'medium', feeToCard);
      assert.equal(checkOffer(`${feeToCard} ${noContract}`).level, 'medium', noContract);
      assert.equal(checkOffer(`${feeToCard} ${noContract} ${debtFromWages}`).level, 'high', debtFromWages);
    }
  });

  it('rates going around the EPS exam with a fee high, a guaranteed visa with a fee medium', () => {
    for (const text of [
      'Korea E-9 without the exam, through our people in the ministry. Processing fee 1500 USD.',
      'Корея без экзамена, через знакомых в министерстве. Оформление 1500$.',
      'Кореяга емтихансыз жібереміз. Құжат рәсімдеу 1500$.',
      'Кореяга экзаменсиз жиберебиз. Документ тариздөө үчүн 1500$ төлөм.',
      'Koreyaga imtihonsiz yuboramiz. Hujjat uchun toʻlov 1500$.',
      'Кореяга имтиҳонсиз юборамиз. Ҳужжат учун тўлов 1500$.',
      'Ба Корея бе имтиҳон мефиристем. Пардохт барои ҳуҷҷатҳо 1500$.',
      'Koreýa ekzamensiz iberýäris. Resminamalar üçin töleg 1500$.',
    ]) {
      assert.equal(checkOffer(text).level, 'high', text);
    }
    for (const text of [
      'Work visa to Poland: 100% visa guarantee! Processing fee 400 USD.',
      'Рабочая виза в Польшу 100% гарантия. Оформление 400$.',
      'Польшаға жұмыс визасы 100%. Құжат рәсімдеу 400$.',
      'Polshaga ish vizasi 100% kafolat. Hujjat uchun toʻlov 400$.',
    ]) {
      const r = checkOffer(text);
      assert.equal(r.level, 'medium', text);
      assert.ok(r.flags.some((f) => f.id === 'guaranteed-visa'), text);
    }
  });

  it('does not read a guaranteed salary or a guaranteed number of hours as a guaranteed visa', () => {
    lacks('Guaranteed salary 3 000 zł, 40 hours a week.', 'guaranteed-visa', 'official-channel-bypass');
    lacks('Гарантированная зарплата и официальное оформление.', 'guaranteed-visa', 'official-channel-bypass');
    lacks('Kafolatlangan oylik, haftasiga 40 soat.', 'guaranteed-visa', 'official-channel-bypass');
  });
});

describe('decision 2: pay held to the end of a term, whatever is handed out meanwhile', () => {
  it('reads the rest paid at the end of the season after a monthly advance', () => {
    has('Each month an advance of 100 USD, the rest at the end of the season.', 'wage-withholding');
    has('Каждый месяц аванс 20 000, остаток в конце сезона.', 'wage-withholding');
    has('Kazhdyi mesyac avans, ostatok v konce sezona.', 'wage-withholding');
    has('Ай сайын аванс 30 000 ₸, қалғаны маусым соңында.', 'wage-withholding');
    has('Ай сайын аванс 5 000 сом, калганы сезон аягында.', 'wage-withholding');
    has('Har oy avans 1 mln soʻm, qolgani mavsum oxirida.', 'wage-withholding');
    has('Ҳар ой аванс 1 млн сўм, қолгани мавсум охирида.', 'wage-withholding');
    has('Ҳар моҳ пешпардохт 500 сомонӣ, боқимонда дар охири мавсим.', 'wage-withholding');
    // Tajik also writes the season "мавсум".
    has('Ҳар моҳ пешпардохт 500 сомонӣ, боқимонда дар охири мавсум.', 'wage-withholding');
    has('Har moh avans 500 somoni, boqimonda dar oxiri mavsim doda meshavad.', 'wage-withholding');
    has('Her aý awans 500 manat, galany möwsüm ahyrynda.', 'wage-withholding');
  });

  it('reads the first months’ pay kept as a guarantee', () => {
    has('Your first month’s salary stays with the company as a guarantee.', 'wage-withholding');
    has('Первая зарплата остаётся у компании в качестве гарантии.', 'wage-withholding');
    has('Бірінші айлық кепілдік ретінде компанияда қалады.', 'wage-withholding');
    has('Биринчи айлык кепилдик катары компанияда калат.', 'wage-withholding');
    has('Birinchi oylik kafolat sifatida kompaniyada qoladi.', 'wage-withholding');
    has('Маоши моҳи аввал ҳамчун кафолат дар ширкат мемонад.', 'wage-withholding');
    has('Maoshi mohi avval hamchun kafolat dar shirkat memonad.', 'wage-withholding');
    has('Birinji aýlyk kepillik hökmünde kompaniýada galýar.', 'wage-withholding');
  });

  it('does not read the rest of a fee, a guaranteed salary or a bonus at the end', () => {
    lacks('Half the fee now, the rest after the visa is issued.', 'wage-withholding');
    lacks('Оплата за оформление: половина сейчас, остаток в конце сезона.', 'wage-withholding');
    lacks('Guaranteed salary paid every month, a bonus at the end of the season.', 'wage-withholding');
    lacks('Гарантированная зарплата каждый месяц.', 'wage-withholding');
    lacks('Kafolatlangan oylik har oy beriladi.', 'wage-withholding');
  });
});

describe('decision 3: lawful cards, deductions and warnings are nothing', () => {
  it('reads housing taken from pay at a rate per week or month as a stated charge, not a debt', () => {
    lacks('Room in a shared house, £80 a week taken from wages.', 'cost-deducted-from-pay');
    lacks('Общежитие, 500 zł в месяц вычитается из зарплаты.', 'cost-deducted-from-pay');
    lacks('Жатақхана айына 500 zł, жалақыдан ұсталады.', 'cost-deducted-from-pay');
    lacks('Жатакана айына 6 000 рубль, айлыктан кармалат.', 'cost-deducted-from-pay');
    lacks('Yotoqxona oyiga 500 zł, maoshdan ushlanadi.', 'cost-deducted-from-pay');
    lacks('Ётоқхона ойига 500 zł, маошдан ушланади.', 'cost-deducted-from-pay');
    lacks('Хобгоҳ ҳар моҳ 500 zł, аз маош тарҳ мешавад.', 'cost-deducted-from-pay');
    lacks('Obshchezhitie 5 000 v mesyac, vychitaetsya iz zarplaty.', 'cost-deducted-from-pay');
    lacks('Ýatakhana aýda 500 zł, aýlykdan tutulýar.', 'cost-deducted-from-pay');
  });

  it('still reads a fare, a fee or "the rest" taken from pay beside the housing as a debt', () => {
    has('Hostel 100 USD a month; the ticket is deducted from your salary.', 'cost-deducted-from-pay');
    has('Общежитие 5 000 в месяц, билет вычтем из зарплаты.', 'cost-deducted-from-pay');
    has('Yotoqxona oyiga 500 zł, bilet pulini maoshdan ushlab qolamiz.', 'cost-deducted-from-pay');
  });

  it('reads a payment on a schedule to the worker’s card as the wage', () => {
    lacks('Payment every week to your Humo card.', 'personal-card-payment');
    lacks('Оплата каждую неделю на карту.', 'personal-card-payment');
    lacks('Төлем апта сайын Kaspi картаға.', 'personal-card-payment');
    lacks('Төлөм ар жума Элкарт картага.', 'personal-card-payment');
    lacks('Toʻlov har hafta Humo kartaga.', 'personal-card-payment');
    lacks('Тўлов ҳар ҳафта Humo картага.', 'personal-card-payment');
    lacks('Töleg her hepde kartyňyza.', 'personal-card-payment');
  });

  it('reads a warning that disowns the scam as a warning', () => {
    lacks('Nobody from our company will ask you to send money to a card.', 'personal-card-payment');
    lacks('If someone asks for a registration fee — it is not us.', 'recruitment-fee');
    lacks('Никто от нас не попросит перевести деньги на карту.', 'personal-card-payment');
    lacks('Kimdir roʻyxatdan oʻtish uchun pul soʻrasa — bu biz emasmiz.', 'recruitment-fee');
    lacks('Кимдир рўйхатдан ўтиш учун пул сўраса — бу биз эмасмиз.', 'recruitment-fee');
    lacks('Біреу тіркеу ақысын сұраса — бұл біз емеспіз.', 'recruitment-fee');
    lacks('Бирөө каттоо акысын сураса — бул биз эмеспиз.', 'recruitment-fee');
    lacks('Касе пардохт барои бақайдгирӣ пурсад — ин мо нестем.', 'recruitment-fee');
    lacks('Kimdir hasaba alyş üçin töleg sorasa — bu biz däl.', 'recruitment-fee');
  });

  it('still reads a fee to a card that no warning disowns', () => {
    has('Send 200 USD to my card for the documents.', 'personal-card-payment');
    has('Переведите 200$ на карту Сбербанка за документы.', 'personal-card-payment');
  });

  it('reads a visa fee paid to the government as no recruitment fee', () => {
    lacks('Виза тўловини ўзингиз тўғридан-тўғри ҳукумат сайтига тўлайсиз.', 'recruitment-fee');
    lacks('Viza toʻlovini oʻzingiz hukumat saytiga toʻlaysiz.', 'recruitment-fee');
    lacks('Визаның ақысын үкімет сайтына өзіңіз төлейсіз.', 'recruitment-fee');
  });
});

describe('decision 4: work on a visa-free travel authorisation', () => {
  it('reads a job reached on K-ETA as work on a visitor’s entry', () => {
    has('Fly to Korea with K-ETA, we meet you and take you to the farm.', 'tourist-visa-work');
    has('Летите в Корею по K-ETA, работу дадим на месте.', 'tourist-visa-work');
    has('K-ETA толтырып ұшасыз, зауытта жұмыс бар.', 'tourist-visa-work');
    has('K-ETA толтуруп учасыз, заводдо иш бар.', 'tourist-visa-work');
    has('K-ETA toʻldirib uchasiz, zavodda ish bor.', 'tourist-visa-work');
    has('K-ETA тўлдириб учасиз, заводда иш бор.', 'tourist-visa-work');
    has('Бо K-ETA парвоз мекунед, кор дар завод.', 'tourist-visa-work');
    has('K-ETA doldurup uçýarsyňyz, zawodda iş bar.', 'tourist-visa-work');
  });

  it('does not read a warning that K-ETA gives no right to work', () => {
    lacks('K-ETA is not a work permit: do not come to work on it.', 'tourist-visa-work');
    lacks('По K-ETA работать нельзя, это незаконно.', 'tourist-visa-work');
  });
});

describe('decision 4: a student’s status or a visa-free entry used for work', () => {
  it('reads enrolment sold as the way to a job abroad', () => {
    has('Study and work in Malta: enrol in an English course and work full time in a hotel.', 'tourist-visa-work');
    has('Учёба и работа в Польше: колледж плюс работа на складе.', 'tourist-visa-work');
    has('Ucheba i rabota v Polshe, kolledzh plus sklad.', 'tourist-visa-work');
    has('Польшада оқу және жұмыс: колледж бен қойма.', 'tourist-visa-work');
    has('Польшада окуу жана иш: колледж жана склад.', 'tourist-visa-work');
    has('Polshada oʻqish va ish: kollej va ombor.', 'tourist-visa-work');
    has('Полшада ўқиш ва иш: коллеж ва омбор.', 'tourist-visa-work');
    has('Дар Полша таҳсил ва кор: коллеҷ ва анбор.', 'tourist-visa-work');
    has('Polşada okuw we iş: kollej we ammar.', 'tourist-visa-work');
  });

  it('does not read a training whose work is the study, or a student’s lawful part-time hours', () => {
    lacks('Ausbildung in Germany: three years of study and work under a training contract.', 'tourist-visa-work');
    lacks('Германияда кәсіптік оқу: оқу және жұмыс, Ausbildung шарты.', 'tourist-visa-work');
    lacks('Study and work: part-time, up to 20 hours a week during term.', 'tourist-visa-work');
    lacks('Учёба и работа: неполный день, до 20 часов в неделю.', 'tourist-visa-work');
  });

  it('reads visa-free entry in a job offer that names no permit', () => {
    has('Serbia: visa-free entry, start work on a construction site next week.', 'tourist-visa-work');
    has('В Турцию безвиз, работа в отеле, вылет в понедельник.', 'tourist-visa-work');
    has('V Turciyu bezviz, rabota v otele.', 'tourist-visa-work');
    has('Түркияга визасыз кирип, мейманканада иштейсиз.', 'tourist-visa-work');
    has('Turkiyaga vizasiz kirasiz, mehmonxonada ishlaysiz.', 'tourist-visa-work');
    has('Туркияга визасиз кирасиз, меҳмонхонада ишлайсиз.', 'tourist-visa-work');
    has('Ба Туркия бе раводид меравед, дар меҳмонхона кор мекунед.', 'tourist-visa-work');
    has('Türkiýä wizasyz girip, myhmanhanada işleýärsiňiz.', 'tourist-visa-work');
  });

  it('does not read visa-free entry beside a work permit, or the union’s citizens', () => {
    lacks('Visa-free entry for your citizens; the employer arranges your work permit before you start.', 'tourist-visa-work');
    lacks('Граждане ЕАЭС въезжают без визы, работа на складе.', 'tourist-visa-work');
    lacks('Въезд безвизовый, патент оформляем за 10 дней.', 'tourist-visa-work');
  });
});

describe('decision 5: an agency’s fee said with no sum, or as a share of the first pay', () => {
  it('reads the agency’s service paid with no sum named', () => {
    has('Agency services are paid separately by the candidate.', 'recruitment-fee');
    has('Услуги агентства оплачиваются отдельно.', 'recruitment-fee');
    has('Uslugi agentstva oplachivayutsya otdelno.', 'recruitment-fee');
    has('Агенттіктің қызметі төленеді.', 'recruitment-fee');
    has('Агенттиктин кызматы өзүнчө төлөнөт.', 'recruitment-fee');
    has('Agentlik xizmati uchun toʻlaysiz.', 'recruitment-fee');
    has('Агентлик хизмати учун тўлайсиз.', 'recruitment-fee');
    has('Хизматрасонии агентӣ пулакӣ аст.', 'recruitment-fee');
    has('Agentligiň hyzmaty üçin tölemeli.', 'recruitment-fee');
  });

  it('reads the agency paid with a share of the first pay', () => {
    has('Our placement service: half of your first salary.', 'recruitment-fee');
    has('Агентству за трудоустройство — половина первой зарплаты.', 'recruitment-fee');
    has('Агенттіктің қызметі — бірінші айлығыңыздың жартысы.', 'recruitment-fee');
    has('Агенттиктин кызматы — биринчи айлыгыңыздын жарымы.', 'recruitment-fee');
    has('Agentlik xizmati — birinchi oyligingizning yarmi.', 'recruitment-fee');
    has('Хизмати агентӣ — нисфи маоши моҳи аввал.', 'recruitment-fee');
    has('Xizmati agenti — nisfi maoshi mohi avval.', 'recruitment-fee');
    has('Agentligimiziň hyzmaty: ilkinji aýlygyňyzyň ýarysy.', 'recruitment-fee');
  });

  it('reads the agency’s service or the visa paid with a sum taken from the first pay', () => {
    has('Our service is 300 USD: 100 now, 200 from your first salary.', 'recruitment-fee');
    has('Услуги агентства 12 000: 5 000 сейчас, 7 000 из первой зарплаты.', 'recruitment-fee');
    has('Агенттиктин кызматы 10 000 сом: 4 000 азыр, 6 000 биринчи айлыктан.', 'recruitment-fee');
    has('Визаны рәсімдейміз, бірінші айлықтан ұсталады.', 'recruitment-fee');
    has('Viza rasmiylashtiriladi, birinchi oylikdan ushlanadi.', 'recruitment-fee');
    has('Раводид аз музди моҳи аввал тарҳ мешавад.', 'recruitment-fee');
    has('Wiza ilkinji aýlykdan tutulýar.', 'recruitment-fee');
  });

  it('does not read services the employer pays, a paid holiday, or a first salary paid on time', () => {
    lacks('Agency services are paid by the employer.', 'recruitment-fee');
    lacks('Услуги агентства оплачивает работодатель.', 'recruitment-fee');
    lacks('Оплачиваемый отпуск 28 дней.', 'recruitment-fee');
    lacks('Первая зарплата — через две недели, на вашу карту.', 'recruitment-fee');
    lacks('Birinchi oyligingiz ikki haftadan keyin beriladi.', 'recruitment-fee');
    lacks('Аванс из первой зарплаты можно взять через неделю.', 'recruitment-fee');
  });
});

describe('decision 6: live-in domestic work abroad is isolation in a private household', () => {
  it('reads a nanny or carer abroad living in the employer’s home', () => {
    has('Live-in nanny for a family in Dubai, own room.', 'isolated-work');
    has('Няня в Стамбул, с проживанием в семье.', 'isolated-work');
    has('Nyanya v Stambul, s prozhivaniem v seme.', 'isolated-work');
    has('Ыстамбұлға бала күтуші керек, үйде тұрып жұмыс істейсіз.', 'isolated-work');
    has('Стамбулга бала багуучу керек, үйдө жашап иштейсиз.', 'isolated-work');
    has('Istanbulga enaga kerak, uyda yashab ishlaysiz.', 'isolated-work');
    has('Истанбулга энага керак, уйда яшаб ишлайсиз.', 'isolated-work');
    has('Ба Истанбул доя лозим, дар хона зиндагӣ карда кор мекунед.', 'isolated-work');
    has('Ba Istanbul doya lozim, dar xona zindagi karda kor mekuned.', 'isolated-work');
    has('Stambula çaga bakyjy gerek, öýde ýaşap işlemeli.', 'isolated-work');
  });

  it('does not read a nanny at home, a live-in job that is no household work, or a nanny who lives apart', () => {
    lacks('Няня в Алматы, с проживанием в семье.', 'isolated-work');
    lacks('Live-in chef for a hotel in Dubai.', 'isolated-work');
    lacks('Nanny for a family in Dubai, housing provided in a separate flat.', 'isolated-work');
  });
});

describe('decision 7: documents handed in for an application are not a passport kept', () => {
  it('does not read a fee due when the documents are submitted as retention', () => {
    lacks('Agency service 300 USD: 100 USD when you submit the documents to the agency.', 'passport-retention');
    lacks('Услуги агентства 300$: 100$ при подаче документов в агентство.', 'passport-retention');
    lacks('Агенттік қызметі 300$: 100$ құжат агенттікке тапсырғанда.', 'passport-retention');
    lacks('Агенттиктин кызматы 300$: 100$ документ агенттикке тапшырганда.', 'passport-retention');
    lacks('Agentlik xizmati 300$: 100$ hujjatni agentlikka topshirganda.', 'passport-retention');
    lacks('Агентлик хизмати 300$: 100$ ҳужжатни агентликка топширганда.', 'passport-retention');
    lacks('Хизмати агентӣ 300$: 100$ ҳангоми супоридани ҳуҷҷатҳо ба агентӣ.', 'passport-retention');
    lacks('Agentligiň hyzmaty 300$: 100$ resminamalary agentlige tabşyranda.', 'passport-retention');
  });

  it('still reads a passport handed to the agency to keep', () => {
    has('Паспорт сдаёте в агентство, оно хранит его до конца контракта.', 'passport-retention');
    has('Төлқұжатты агенттікке тапсырасыз, келісімшарт соңына дейін сақталады.', 'passport-retention');
    has('Pasportni agentlikka topshirasiz, shartnoma oxirigacha saqlanadi.', 'passport-retention');
  });
});

// Batch L's first look (docs/offer-check.md) rated a legitimate Tajik offer high: "your passport stays
// with you yourselves" after "at the company's expense" in one clause read as the company keeping it,
// since Tajik's "with you" was known only as "in your hands" and "near you". Every Tajik form of
// "with you (yourself)" now marks the worker as the holder; "with itself" (the company's) still does not.
describe('the worker as the holder of their passport, in Tajik', () => {
  it('reads "stays with you yourselves" beside the company as the worker keeping it', () => {
    for (const text of [
      'Сохтмон дар Қазон. Патент аз ҳисоби ширкат, шиносномаатон дар худатон мемонад. Маош 90 000 ₽.',
      'Анбор дар Маскав: бақайдгирӣ аз ҳисоби корфармо, шиноснома пеши худатон мемонад.',
      'Корхона дар Қазон, хобгоҳ аз ширкат, шиносномаат дар худат мемонад.',
      'Kor dar Qazon. Patent az hisobi shirkat, shinosnomaaton dar khudaton memonad.',
    ]) {
      lacks(text, 'passport-retention');
    }
  });

  it('still reads the company or the brigadier keeping it, "with itself" too', () => {
    for (const text of [
      'Кор дар Қазон. Шиносномаатонро ширкат нигоҳ медорад. Маош 90 000 ₽.',
      'Кор дар Қазон. Шиносномаатон дар ширкат мемонад, худатон кор мекунед.',
      'Кор дар Қазон. Шиносномаро ширкат дар худаш нигоҳ медорад.',
      'Kor dar Qazon. Pasportro brigadir dar khudash nigoh medorad.',
    ]) {
      has(text, 'passport-retention');
    }
  });
});
