/**
 * The quiz's bundled practice offers, one small set per language the widgets speak: a mix of offers
 * with strong warning signs, offers to check carefully, and ordinary fair ones, in the style of the
 * advertisements young people in Central Asia are sent (see the Smart Navigator programme).
 *
 * Every company, person, phone number, card number, address and handle is invented. The texts in
 * languages other than English and Russian are drafts by the project's engineers and need review by
 * a native speaker, like the drafts in locales/*.xlf (docs/translations.md). A test checks that the
 * engine gives each set at least one high and one low offer, so a learner meets both.
 */
import type { OfferLanguage } from './engine.js';
import type { QuizOffer } from './quiz-round.js';

const sets: Record<OfferLanguage, readonly string[]> = {
  en: [
    `Hostess jobs in DUBAI for girls 18-25! Salary from 3000 USD a month, free visa and air ticket. No experience needed.
Send your passport copy and a full-length photo to Telegram @gulf_stars_hiring`,
    `Shop assistant at Baiterek Mall, Astana. Salary 260,000 tenge a month, employment contract under the Labour Code, 5/2 schedule, paid leave.
Send your CV to jobs@baiterek-retail.example or call +7 7172 00 00 00.`,
    `Work in South Korea without the EPS exam! Guaranteed visa, factory work, 2,300,000 won a month.
Pay 1500 USD for the documents in advance to a personal card 4400 0000 1234 5678. Places are limited, hurry!`,
    `Warehouse workers for a logistics centre in Poland. Salary 4,600 PLN a month, shared flat.
Registration fee 200 USD for the documents before departure. Write to us on WhatsApp.`,
    `Builders wanted in Russia. We pay your ticket, then you work it off.
The employer keeps your passport. No days off, 12 hours a day.`,
  ],
  ru: [
    `Срочно! Девушки 18-25 лет, работа хостес в Дубае. Зарплата от 3000$ в месяц, билет и виза бесплатно. Опыт не нужен.
Фото в полный рост и копию паспорта присылайте в Телеграм @gulf_stars_hiring`,
    `ТОО «Байтерек Ритейл» приглашает продавца-консультанта в ТРЦ в Астане. Зарплата 260 000 тенге, трудовой договор по Трудовому кодексу, график 5/2, оплачиваемый отпуск.
Резюме: jobs@baiterek-retail.example, тел. +7 7172 00 00 00`,
    `Работа в Южной Корее без экзамена EPS! Гарантированная виза, работа на заводе, 2 300 000 вон.
Предоплата за оформление 1500$ на карту 4400 0000 1234 5678. Места ограничены, торопитесь!`,
    `Требуются рабочие на склад в Польше. Зарплата 4600 злотых, жильё в общей квартире.
Оплата за оформление документов 200$ до выезда. Подробности в WhatsApp.`,
    `Требуются строители в Россию. Дорогу оплачиваем, потом отработаете.
Паспорта хранятся у бригадира. Без выходных, по 12 часов в день.`,
  ],
  kk: [
    `Дубайға жұмысқа қыздар керек! Жасы 18-25, сымбатты. Хостес, айлығы 3000$-дан бастап. Тәжірибе қажет емес.
Билет пен виза тегін. Паспорттың көшірмесін телеграмға жіберіңіз @gulf_stars_hiring`,
    `«Бәйтерек Ритейл» ЖШС Астанадағы сауда орталығына сатушы-кеңесші қабылдайды. Айлығы 260 000 теңге, Еңбек кодексі бойынша еңбек шарты, 5/2 кесте, ақылы демалыс.
Түйіндеме: jobs@baiterek-retail.example, тел. +7 7172 00 00 00`,
    `Оңтүстік Кореяға жұмыс! EPS емтихансыз, кепілді виза. Зауытта жұмыс, айлығы 2 300 000 вон.
Рәсімдеу үшін алдын ала төлем 1500$, картаға аударыңыз: 4400 0000 1234 5678. Орын шектеулі, шұғыл хабарласыңыз!`,
    `Ресейге құрылысқа жұмысшылар керек. Жол ақысын өзіміз төлейміз, кейін жұмыс істеп өтейсіз.
Паспорттарыңыз бізде сақталады. Демалыссыз, күніне 12 сағат жұмыс.`,
  ],
  ky: [
    `Дубайга кыздар керек! Жашы 18-25, сулуу кыздар. Хостес, айлыгы 3000$дан. Тажрыйба талап кылынбайт.
Билет жана виза акысыз. Паспорттун көчүрмөсүн телеграмга жибериңиз @gulf_stars_hiring`,
    `«Ала-Тоо Соода» ЖЧК Бишкектеги соода борборуна сатуучу-консультант издейт. Айлыгы 35 000 сом, Эмгек кодекси боюнча эмгек келишими, 5/2 график, акы төлөнүүчү өргүү.
Резюме: jobs@alatoo-retail.example, тел. +996 312 00 00 00`,
    `Кореяга жумуш! EPS экзаменсиз, кепилденген виза. Заводдо жумуш, айлыгы 2 300 000 вон.
Документтер үчүн алдын ала 1500$ картага которуңуз: 4400 0000 1234 5678. Орундар чектелүү, шашылыңыз!`,
    `Москвага курулушка жигиттер керек. Жол кире биз төлөйбүз, кийин иштеп бересиз.
Паспортуңуз бригадирде сакталат. Дем алыш күнү жок, күнүнө 12 саат.`,
  ],
  uz: [
    `Dubayga ishga qizlar kerak! Yoshi 18-25. Hostes, oylik 3000$ dan. Tajriba shart emas.
Bilet va viza bepul. Pasport nusxasini telegramga yuboring @gulf_stars_hiring`,
    `«Toshkent Savdo» MChJ savdo markaziga sotuvchi-maslahatchi qabul qiladi. Oylik 5 000 000 soʻm, Mehnat kodeksi boʻyicha mehnat shartnomasi, 5/2 jadval, haq toʻlanadigan taʼtil.
Rezyume: jobs@toshkent-savdo.example, tel. +998 71 000 00 00`,
    `Janubiy Koreyaga ish! EPS imtihonisiz, kafolatlangan viza. Zavodda ish, oylik 2 300 000 von.
Hujjatlar uchun oldindan 1500$ kartaga oʻtkazing: 4400 0000 1234 5678. Joylar cheklangan, shoshiling!`,
    `Rossiyaga qurilishga ishchilar kerak. Yoʻl haqini biz toʻlaymiz, keyin ishlab berasiz.
Pasportlar brigadirda saqlanadi. Dam olish kunisiz, kuniga 12 soat.`,
  ],
  'uz-Cyrl': [
    `Дубайга ишга қизлар керак! Ёши 18-25. Хостес, ойлик 3000$ дан. Тажриба шарт эмас.
Билет ва виза бепул. Паспорт нусхасини телеграмга юборинг @gulf_stars_hiring`,
    `«Тошкент Савдо» МЧЖ савдо марказига сотувчи-маслаҳатчи қабул қилади. Ойлик 5 000 000 сўм, Меҳнат кодекси бўйича меҳнат шартномаси, 5/2 жадвал, ҳақ тўланадиган таътил.
Резюме: jobs@toshkent-savdo.example, тел. +998 71 000 00 00`,
    `Жанубий Кореяга иш! EPS имтиҳонисиз, кафолатланган виза. Заводда иш, ойлик 2 300 000 вон.
Ҳужжатлар учун олдиндан 1500$ картага ўтказинг: 4400 0000 1234 5678. Жойлар чекланган, шошилинг!`,
    `Россияга қурилишга ишчилар керак. Йўл ҳақини биз тўлаймиз, кейин ишлаб берасиз.
Паспортлар бригадирда сақланади. Дам олиш кунисиз, кунига 12 соат.`,
  ],
  tg: [
    `Ба Дубай духтарон лозим! Синну сол 18-25, зоҳири зебо. Хостес, маош аз 3000$. Таҷриба лозим нест.
Чипта ва раводид ройгон. Нусхаи шиносномаро ба телеграм фиристед @gulf_stars_hiring`,
    `ҶДММ «Сомон Савдо» ба маркази савдо фурӯшанда-машваратчӣ ҷустуҷӯ мекунад. Маош 4000 сомонӣ, шартномаи меҳнатӣ, рухсатии солона.
Маълумот: jobs@somon-savdo.example, тел. +992 37 000 00 00`,
    `Кор дар Корея бе имтиҳон! Раводиди кафолатнок, кор дар завод.
Пардохт барои ҳуҷҷатҳо 1500$, пешпардохт ба корти 4400 0000 1234 5678. Ҷойҳо маҳдуданд!`,
    `Ба Русия барои сохтмон коргарон лозим. Чипта аз ҳисоби мо, баъд аз маош тарҳ мешавад.
Шиносномаҳо назди корфармо нигоҳ дошта мешавад. Бе рӯзи истироҳат.`,
  ],
  tk: [
    `Dubaýa işe gyzlar gerek! 18-25 ýaş, owadan gyzlar. Hostes, aýlyk 3000$-dan. Tejribe gerek däl.
Mugt bilet we wiza. Pasportyň nusgasyny telegrama iberiň @gulf_stars_hiring`,
    `«Aşgabat Söwda» HJ söwda merkezine satyjy-maslahatçy işe alýar. Aýlyk 3500 manat, Zähmet kodeksi boýunça zähmet şertnamasy, 5/2 tertip, tölegli dynç alyş.
Rezýume: jobs@asgabat-sowda.example, tel. +993 12 00 00 00`,
    `Koreýa işe, EPS synagsyz! Kepillendirilen wiza, zawodda iş.
Resminamalar üçin öňünden 1500$ karta geçiriň: 4400 0000 1234 5678. Ýerler çäkli, howlukmaç boluň!`,
    `Türkiýä gurluşyga işçiler gerek. Bilet bizden, soňra aýlykdan tutulýar.
Pasportlar iş berijide saklanýar. Dynç güni ýok, günde 12 sagat.`,
  ],
};

/** The bundled offers in `lang`, each tagged with its language for the engine. */
export function sampleOffers(lang: OfferLanguage): QuizOffer[] {
  return sets[lang].map((text) => ({ text, lang }));
}
