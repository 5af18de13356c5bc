// Classes of misreadings found when batch J became tuning material (issue 14). Each class is
// written from word forms other than the batch's own, in every language, with look-alikes that
// must not fire.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { has, lacks } from './flag-asserts.js';

describe('pay on a schedule, per piece of work or to "any card" is a wage, not money to a private card', () => {
  it('does not read pay every two weeks or on set days to a card as a personal-card payment', () => {
    lacks('Выплаты каждые две недели на карту Сбербанка.', 'personal-card-payment');
    lacks('Оплата 5 и 20 числа каждого месяца на карту.', 'personal-card-payment');
    lacks('Тестовое задание: оплата 500 ₽ за статью, переводим на вашу карту.', 'personal-card-payment');
    lacks('Работаем с любыми регионами — платим на любую карту.', 'personal-card-payment');
    lacks('Төлөм айдын 10 жана 25 күнү, Элкарт картаңызга.', 'personal-card-payment');
    lacks('Төлем айдың 15 күні Kaspi картаңызға.', 'personal-card-payment');
    lacks('Toʻlov har oyning 1 va 15 sanasi Humo kartaga.', 'personal-card-payment');
    lacks('Пардохт ба корт ҳар 1 ҳафта, бо шартнома.', 'personal-card-payment');
    lacks('Töleg her aýyň 5 senesi kartyňyza.', 'personal-card-payment');
    lacks('Paid every two weeks to your Kaspi card.', 'personal-card-payment');
    lacks('We pay to any card, 12 USD per article.', 'personal-card-payment');
  });

  it('still reads a fee sent to a card, and a fee paid in parts', () => {
    has('Оплата за оформление 300$ на карту Сбербанка, переведите до пятницы.', 'personal-card-payment');
    has('Hujjatlar uchun 200$ kartaga oʻtkazing.', 'personal-card-payment');
    has('Ҳаққи хизмат 400$, ба корти Сафар гузаронед.', 'personal-card-payment');
    has('Transfer 200$ to a card, then we send the invitation.', 'personal-card-payment');
  });
});

describe('a visa "no problem", and a work permit legalised later', () => {
  it('reads a visa said to be no problem with the rest sorted out there', () => {
    has('Виза не проблема — приезжайте, остальное решим на месте.', 'tourist-visa-work');
    has('Виза мәселе емес, келесіз, қалғанын өзіміз шешеміз.', 'tourist-visa-work');
    has('Wiza mesele däl, galanyny çözeris.', 'tourist-visa-work');
    has('Visa is no problem — the rest will be sorted out there.', 'tourist-visa-work');
  });

  it('reads visa-free entry with someone else sorting the rest, in the third person', () => {
    has('Визасыз киресиз, калганын хозяин чечет.', 'tourist-visa-work');
    has('Визасыз кіресіз, қалғанын бастық шешеді.', 'tourist-visa-work');
    has('Vizasiz kirasiz, qolganini xoʻjayin hal qiladi.', 'tourist-visa-work');
    has('Бе раводид меоед, боқимондаро хоҷаин ҳал мекунад.', 'tourist-visa-work');
    has('Безвиз, остальное решит бригадир.', 'tourist-visa-work');
  });

  it('reads a work permit legalised after work starts', () => {
    has('Start working at once, the work permit we legalise afterwards.', 'tourist-visa-work');
    has('Работать начнёте сразу, разрешение на работу легализуем потом.', 'tourist-visa-work');
    has('Ishlayverasiz, ruxsatnoma masalasini keyin hal qilamiz.', 'tourist-visa-work');
    has('Kor mekuned, иҷозатномаро баъд ҳал мекунем.', 'tourist-visa-work');
  });

  it('does not read a permit the employer arranges, a lawful visa-free stay, or diploma legalisation', () => {
    lacks('The employer arranges the work permit before you fly; we will sort out the flights later.', 'tourist-visa-work');
    lacks('Разрешение на работу оформляет работодатель, жильё решим потом.', 'tourist-visa-work');
    lacks('Граждане ЕАЭС въезжают без визы, патент не нужен, остальное решим.', 'tourist-visa-work');
    lacks('Diploma legalisation and translation are paid by the clinic.', 'tourist-visa-work');
    // A work visa before departure and the residence card after arrival is the lawful order.
    lacks('Ish vizasi joʻnashdan oldin, ikamet kartasini keyin oʻzimiz hal qilamiz.', 'tourist-visa-work');
    lacks('Разрешение на работу до выезда, ВНЖ потом решим на месте.', 'tourist-visa-work');
  });
});

describe('the whole pay held to the end of a season, with only an allowance monthly', () => {
  it('reads pay given in full at the end though something is paid every month', () => {
    has('Деньги полностью в конце сезона, каждый месяц только 5 000 на расходы.', 'wage-withholding');
    has('Жалақы толық маусым соңында беріледі, ай сайын тек 10 000 ₸.', 'wage-withholding');
    has('Айлык толугу менен сезон аягында, ай сайын 3 000 сом гана.', 'wage-withholding');
    has('Oylik toʻliq mavsum oxirida, har oy faqat 500 000 soʻm.', 'wage-withholding');
    has('Маош пурра дар охири мавсим, ҳар моҳ танҳо 500 сомонӣ.', 'wage-withholding');
    has('Aýlyk doly möwsüm ahyrynda, her aý diňe 500 manat.', 'wage-withholding');
    has('Your salary is paid in full at the end of the season, every month only pocket money.', 'wage-withholding');
  });

  it('does not read monthly pay in full with a bonus at the end', () => {
    lacks('Зарплата полностью каждый месяц, в конце сезона — премия.', 'wage-withholding');
    lacks('Salary paid in full every month, and a bonus at the end of the season.', 'wage-withholding');
    lacks('Oylik har oy toʻliq beriladi, mavsum oxirida bonus.', 'wage-withholding');
  });
});

describe('the rest of a cost taken from wages, in Tajik', () => {
  it('reads "taken from the wages" and "the rest from the wages" as a cost deducted', () => {
    has('Роҳкиро ширкат медиҳад, аз маоши аввал мегирад.', 'cost-deducted-from-pay');
    has('Пешакӣ 300$, боқимондаашро аз маош мегирем.', 'cost-deducted-from-pay');
    has('boqimondash az maoshat megirem', 'cost-deducted-from-pay');
  });

  it('does not read pay itself, or tax, as a deduction', () => {
    lacks('Маош ҳар моҳ 8 000 сомонӣ, пурра ба корт.', 'cost-deducted-from-pay');
    lacks('Андоз аз маош гирифта мешавад.', 'cost-deducted-from-pay');
  });
});

describe('marriage with a life abroad', () => {
  it('reads marrying, a groom or a matchmaker with another country as a promise of marriage', () => {
    has('Выйти замуж в Китай: женихи ждут, всё оформим.', 'marriage-offer');
    has('Кореяға тұрмысқа шығу, барлық шығынды күйеу бала төлейді.', 'marriage-offer');
    has('Кытайга турмушка чыгуу, жолду колукту төлөйт.', 'marriage-offer');
    has('Turkiyaga turmushga chiqish, kuyov hamma xarajatni toʻlaydi.', 'marriage-offer');
    has('Издивоҷ бо домоди Корея, хароҷотро домод медиҳад.', 'marriage-offer');
    has('Koreýa durmuşa çykmak, ähli çykdajyny ýigit töleýär.', 'marriage-offer');
    has('Brides wanted: marry a farmer in Korea, we pay the visa.', 'marriage-offer');
  });

  it('does not read a married couple, a horse groom, a dishwasher or a wedding job as marriage', () => {
    lacks('Эр-аялдарды да алабыз, Кореяга жумуш.', 'marriage-offer');
    lacks('Зану шавҳарро ҳам мегирем, кор дар Корея.', 'marriage-offer');
    lacks('Horse groom for a stable in Dubai, visa by the employer.', 'marriage-offer');
    lacks('Москвадагы кафеге идиш жуучу керек.', 'marriage-offer');
    lacks('Официанты на свадьбы в Стамбуле, оплата каждый день.', 'marriage-offer');
  });
});

describe('going back to the home country forbidden', () => {
  it('reads returning home restricted as confinement', () => {
    has('Первый год возвращаться на родину нельзя.', 'confinement');
    has('Бірінші жылы елге қайтуға болмайды.', 'confinement');
    has('Биринчи жылы мекенге кайтууга болбойт.', 'confinement');
    has('Birinchi yil vatanga qaytish mumkin emas.', 'confinement');
    has('Соли аввал ба ватан баргаштан мумкин нест.', 'confinement');
  });

  it('does not read a return ticket or going home after the contract as confinement', () => {
    lacks('Return ticket home is paid by the employer after the contract.', 'confinement');
    lacks('Vatanga qaytish chiptasi bepul.', 'confinement');
  });
});

describe('an agency registration number is no registration fee', () => {
  it('does not read a registration number beside the pay as a fee', () => {
    const texts = [
      'Агенттіктің тіркеу нөмірін кеңседен тексеріңіз. Жалақы $700/ай',
      'Регистрационный номер агентства 0042, зарплата 900 $ в месяц',
      'Agency registration number 0042 — salary $900 a month',
    ];
    for (const text of texts) lacks(text, 'recruitment-fee');
  });

  it('still reads a registration fee with its sum', () => {
    has('Тіркеу ақысы 50 000 ₸, алдын ала.', 'recruitment-fee');
    has('Регистрация 5 000 рублей, оплата сразу.', 'recruitment-fee');
    has('Visa + registration = 90 000 tenge, paid at our office.', 'recruitment-fee');
  });

  it('keeps the level of a licensed offer low', () => {
    assert.equal(checkOffer('Тіркеу нөмірі KZ-0042. Жұмыс беруші визаны төлейді. Жалақы $700/ай. Үміткерлерден төлем алынбайды.').level, 'low');
  });
});

describe('housing deducted openly, at a stated amount', () => {
  it('does not read housing openly deducted from the pay as a debt', () => {
    lacks('Жильё 150 € в месяц, открыто удерживается из зарплаты.', 'cost-deducted-from-pay');
    lacks('Housing 100 EUR a month, openly deducted from your salary.', 'cost-deducted-from-pay');
    lacks('Yotoqxona oyiga 120 €, oylikdan ochiq ushlanadi.', 'cost-deducted-from-pay');
    lacks('Жатақхана айына 40 000 ₸, жалақыдан ашық ұсталады.', 'cost-deducted-from-pay');
  });

  it('still reads a fare taken from the pay beside it as a debt', () => {
    has('Билет 300 €, жильё открыто удерживается из зарплаты.', 'cost-deducted-from-pay');
  });
});

describe('working a whole rotation as the condition of a refund is no debt worked off', () => {
  it('does not read "if you work the whole rotation" as working off a debt', () => {
    lacks('Спецодежду вернём деньгами, если отработаете сезон полностью.', 'work-off-debt');
    lacks('Премия 20 000 ₽, если отработаете весь контракт.', 'work-off-debt');
    lacks('The deposit is returned if you complete the full season.', 'work-off-debt');
  });

  it('still reads a ticket or a debt to be worked off', () => {
    has('Билет купим, потом отработаете.', 'work-off-debt');
    has('Долг за перелёт отработаете на месте.', 'work-off-debt');
  });
});

describe('a guarantee package priced is a fee', () => {
  it('reads a priced guarantee package in every language', () => {
    has('Пакет гарантии трудоустройства — 1 200 $, половину сразу.', 'recruitment-fee');
    has('Job guarantee package: 1 500 EUR.', 'recruitment-fee');
    has('Kafolat paketi 9 000 000 soʻm.', 'recruitment-fee');
    has('Кепілдік пакеті 450 000 ₸.', 'recruitment-fee');
    has('Кепилдик пакети 60 000 сом.', 'recruitment-fee');
    has('Бастаи кафолат 5 000 сомонӣ.', 'recruitment-fee');
    has('Kepillik paketi 800 $.', 'recruitment-fee');
  });

  it('does not read a social package beside the pay as a fee', () => {
    lacks('Полный соцпакет, зарплата 90 000 ₽.', 'recruitment-fee');
    lacks('Full benefits package, salary 2 400 EUR.', 'recruitment-fee');
  });
});

describe('drug drops called courier work', () => {
  it('reads parcels left at a spot on a map with their coordinates sent back, in every language', () => {
    has('Работа курьером: посылки оставляете в точке на карте, фото и координаты отправляете оператору.', 'drug-courier');
    has('Courier job: leave the parcels at a spot on the map and send the coordinates.', 'drug-courier');
    has('Kuryer: paketlarni xaritadagi nuqtaga qoʻyasiz, koordinatasini yuborasiz.', 'drug-courier');
    has('Курьер керек: посылканы картадағы жерге қоясыз, координатын жібересіз.', 'drug-courier');
    has('Курьер: посылканы картадагы жерге коесуз, координатын жибересиз.', 'drug-courier');
    has('Курйер: посылкаҳоро дар харита гузошта, координатаро мефиристед.', 'drug-courier');
    has('Kurýer: posylkany kartadaky ýere goýup, koordinatasyny iberýärsiňiz.', 'drug-courier');
    has('Ищем закладчиков, оплата каждый день.', 'drug-courier');
    has('Zakladchik kerak, kuniga 10 000 ₽.', 'drug-courier');
  });

  it('makes a drop job with a deposit high', () => {
    assert.equal(checkOffer('Курьер, 15 000 ₽ в день. Посылки прячете в точке на карте, координаты шлёте в бот. Залог 5 000 ₽.').level, 'high');
  });

  it('does not read a courier who delivers to addresses, with a photo or coordinates in an app', () => {
    lacks('Courier wanted: deliver parcels to customers\' addresses, photo at handover, GPS tracking in the app.', 'drug-courier');
    lacks('Курьер: доставка посылок по адресам, координаты клиента в приложении.', 'drug-courier');
    lacks('Kuryer kerak: buyurtmalarni manzilga yetkazasiz, xaritada yoʻl koʻrsatiladi.', 'drug-courier');
    lacks('Закладка фундамента, бетонщики на стройку.', 'drug-courier');
  });
});
