/**
 * The few words a poster prints, in each language the widgets speak. The poster is made by the CLI,
 * outside the browser, so these do not go through `msg()`; like the XLIFF drafts, every language
 * but English is a draft by the project's engineers that a native speaker should review
 * (docs/campaigns.md says so to the NGO that prints it).
 */
import type { EmergencyService, HotlineTopic } from '../sdk/index.js';

/** A language a poster can be printed in. */
export const posterLanguages = ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'] as const;
export type PosterLanguage = (typeof posterLanguages)[number];

export interface PosterWords {
  title: string;
  subtitle: string;
  emergency: string;
  lines: string;
  services: Record<EmergencyService, string>;
  topics: Record<HotlineTopic, string>;
  channels: { phone: string; sms: string; whatsapp: string; viber: string; telegram: string; email: string; website: string };
  /** Before a source's date: "source 2024-05-01". */
  source: string;
  undated: string;
  scan: string;
  /** The small print: where the numbers come from, with the data's review date and the print date. */
  footer: (reviewed: string, printed: string) => string;
  noLines: string;
}

export const posterWords: Record<PosterLanguage, PosterWords> = {
  en: {
    title: 'You are not alone',
    subtitle: 'Forced to work, lied to about a job, or your passport taken? Call or write.',
    emergency: 'Emergency',
    lines: 'Help lines',
    services: { general: 'All emergencies', police: 'Police', ambulance: 'Ambulance', fire: 'Fire', gas: 'Gas' },
    topics: {
      trafficking: 'trafficking and forced labour',
      'labour-exploitation': 'problems at work',
      'migrant-rights': 'rights of migrants',
      'legal-aid': 'legal help',
      'psychological-support': 'someone to talk to',
      shelter: 'a safe place to stay',
      'domestic-violence': 'violence at home',
      'child-protection': 'children and young people',
      emergency: 'emergencies',
    },
    channels: { phone: 'Phone', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'E-mail', website: 'Website' },
    source: 'source',
    undated: 'source undated',
    scan: 'Scan for more help and to check a job offer',
    footer: (reviewed, printed) => `Numbers from the safe-migration-kit data (reviewed ${reviewed}), each with the date of its source. Printed ${printed}.`,
    noLines: 'No line for this need in the data. Call an emergency number.',
  },
  ru: {
    title: 'Вы не одни',
    subtitle: 'Заставляют работать, обманули с работой или забрали паспорт? Позвоните или напишите.',
    emergency: 'Экстренные службы',
    lines: 'Линии помощи',
    services: { general: 'Единый номер', police: 'Полиция', ambulance: 'Скорая помощь', fire: 'Пожарные', gas: 'Газовая служба' },
    topics: {
      trafficking: 'торговля людьми и принудительный труд',
      'labour-exploitation': 'проблемы на работе',
      'migrant-rights': 'права мигрантов',
      'legal-aid': 'юридическая помощь',
      'psychological-support': 'поговорить с кем-то',
      shelter: 'безопасное жильё',
      'domestic-violence': 'насилие дома',
      'child-protection': 'дети и подростки',
      emergency: 'экстренная помощь',
    },
    channels: { phone: 'Телефон', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'Эл. почта', website: 'Сайт' },
    source: 'источник',
    undated: 'источник без даты',
    scan: 'Сканируйте: больше помощи и проверка вакансии',
    footer: (reviewed, printed) => `Номера из данных safe-migration-kit (проверены ${reviewed}), у каждого дата его источника. Напечатано ${printed}.`,
    noLines: 'В данных нет линии для этой темы. Звоните в экстренные службы.',
  },
  kk: {
    title: 'Сіз жалғыз емессіз',
    subtitle: 'Жұмыс істеуге мәжбүрлей ме, жұмыс туралы алдады ма, паспортыңызды алды ма? Қоңырау шалыңыз немесе жазыңыз.',
    emergency: 'Шұғыл қызметтер',
    lines: 'Көмек желілері',
    services: { general: 'Бірыңғай нөмір', police: 'Полиция', ambulance: 'Жедел жәрдем', fire: 'Өрт сөндіру', gas: 'Газ қызметі' },
    topics: {
      trafficking: 'адам саудасы және мәжбүрлі еңбек',
      'labour-exploitation': 'жұмыстағы қиындықтар',
      'migrant-rights': 'мигранттардың құқықтары',
      'legal-aid': 'заң көмегі',
      'psychological-support': 'біреумен сөйлесу',
      shelter: 'қауіпсіз баспана',
      'domestic-violence': 'үйдегі зорлық-зомбылық',
      'child-protection': 'балалар мен жасөспірімдер',
      emergency: 'шұғыл көмек',
    },
    channels: { phone: 'Телефон', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'Эл. пошта', website: 'Сайт' },
    source: 'дереккөз',
    undated: 'дереккөз күнсіз',
    scan: 'Сканерлеңіз: көбірек көмек және жұмыс ұсынысын тексеру',
    footer: (reviewed, printed) => `Нөмірлер safe-migration-kit деректерінен (тексерілді ${reviewed}), әрқайсысында дереккөзінің күні бар. Басылды ${printed}.`,
    noLines: 'Деректерде бұл тақырыпқа желі жоқ. Шұғыл қызметке қоңырау шалыңыз.',
  },
  ky: {
    title: 'Сиз жалгыз эмессиз',
    subtitle: 'Иштөөгө мажбурлашабы, жумуш боюнча алдаштыбы же паспортуңузду алыштыбы? Чалыңыз же жазыңыз.',
    emergency: 'Шашылыш кызматтар',
    lines: 'Жардам линиялары',
    services: { general: 'Бирдиктүү номер', police: 'Милиция', ambulance: 'Тез жардам', fire: 'Өрт өчүрүү', gas: 'Газ кызматы' },
    topics: {
      trafficking: 'адам сатуу жана мажбурлап иштетүү',
      'labour-exploitation': 'жумуштагы көйгөйлөр',
      'migrant-rights': 'мигранттардын укуктары',
      'legal-aid': 'юридикалык жардам',
      'psychological-support': 'бирөө менен сүйлөшүү',
      shelter: 'коопсуз баш калкалоочу жай',
      'domestic-violence': 'үйдөгү зомбулук',
      'child-protection': 'балдар жана өспүрүмдөр',
      emergency: 'шашылыш жардам',
    },
    channels: { phone: 'Телефон', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'Эл. почта', website: 'Сайт' },
    source: 'булак',
    undated: 'булак датасыз',
    scan: 'Сканерлеңиз: көбүрөөк жардам жана жумуш сунушун текшерүү',
    footer: (reviewed, printed) => `Номерлер safe-migration-kit маалыматтарынан (текшерилген ${reviewed}), ар биринде булагынын датасы бар. Басылды ${printed}.`,
    noLines: 'Маалыматта бул тема боюнча линия жок. Шашылыш кызматка чалыңыз.',
  },
  uz: {
    title: 'Siz yolgʻiz emassiz',
    subtitle: 'Majburan ishlatishyaptimi, ish haqida aldashdimi yoki pasportingizni olishdimi? Qoʻngʻiroq qiling yoki yozing.',
    emergency: 'Favqulodda xizmatlar',
    lines: 'Yordam liniyalari',
    services: { general: 'Yagona raqam', police: 'Politsiya', ambulance: 'Tez yordam', fire: 'Yongʻin xizmati', gas: 'Gaz xizmati' },
    topics: {
      trafficking: 'odam savdosi va majburiy mehnat',
      'labour-exploitation': 'ishdagi muammolar',
      'migrant-rights': 'migrantlar huquqlari',
      'legal-aid': 'huquqiy yordam',
      'psychological-support': 'kimdir bilan gaplashish',
      shelter: 'xavfsiz boshpana',
      'domestic-violence': 'uydagi zoʻravonlik',
      'child-protection': 'bolalar va oʻsmirlar',
      emergency: 'favqulodda yordam',
    },
    channels: { phone: 'Telefon', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'E-pochta', website: 'Sayt' },
    source: 'manba',
    undated: 'manba sanasiz',
    scan: 'Skanerlang: koʻproq yordam va ish taklifini tekshirish',
    footer: (reviewed, printed) => `Raqamlar safe-migration-kit maʼlumotlaridan (tekshirilgan ${reviewed}), har birida manbasining sanasi bor. Chop etilgan ${printed}.`,
    noLines: 'Maʼlumotlarda bu mavzu boʻyicha liniya yoʻq. Favqulodda xizmatga qoʻngʻiroq qiling.',
  },
  'uz-Cyrl': {
    title: 'Сиз ёлғиз эмассиз',
    subtitle: 'Мажбуран ишлатишяптими, иш ҳақида алдашдими ёки паспортингизни олишдими? Қўнғироқ қилинг ёки ёзинг.',
    emergency: 'Фавқулодда хизматлар',
    lines: 'Ёрдам линиялари',
    services: { general: 'Ягона рақам', police: 'Полиция', ambulance: 'Тез ёрдам', fire: 'Ёнғин хизмати', gas: 'Газ хизмати' },
    topics: {
      trafficking: 'одам савдоси ва мажбурий меҳнат',
      'labour-exploitation': 'ишдаги муаммолар',
      'migrant-rights': 'мигрантлар ҳуқуқлари',
      'legal-aid': 'ҳуқуқий ёрдам',
      'psychological-support': 'кимдир билан гаплашиш',
      shelter: 'хавфсиз бошпана',
      'domestic-violence': 'уйдаги зўравонлик',
      'child-protection': 'болалар ва ўсмирлар',
      emergency: 'фавқулодда ёрдам',
    },
    channels: { phone: 'Телефон', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'Э-почта', website: 'Сайт' },
    source: 'манба',
    undated: 'манба санасиз',
    scan: 'Сканерланг: кўпроқ ёрдам ва иш таклифини текшириш',
    footer: (reviewed, printed) => `Рақамлар safe-migration-kit маълумотларидан (текширилган ${reviewed}), ҳар бирида манбасининг санаси бор. Чоп этилган ${printed}.`,
    noLines: 'Маълумотларда бу мавзу бўйича линия йўқ. Фавқулодда хизматга қўнғироқ қилинг.',
  },
  tg: {
    title: 'Шумо танҳо нестед',
    subtitle: 'Маҷбуран кор мефармоянд, дар бораи кор фиреб доданд ё шиносномаатонро гирифтанд? Занг занед ё нависед.',
    emergency: 'Хадамоти таъҷилӣ',
    lines: 'Хатҳои ёрӣ',
    services: { general: 'Рақами ягона', police: 'Милиса', ambulance: 'Ёрии таъҷилӣ', fire: 'Сӯхторхомӯшкунӣ', gas: 'Хадамоти газ' },
    topics: {
      trafficking: 'савдои одамон ва меҳнати маҷбурӣ',
      'labour-exploitation': 'мушкилот дар кор',
      'migrant-rights': 'ҳуқуқҳои муҳоҷирон',
      'legal-aid': 'ёрии ҳуқуқӣ',
      'psychological-support': 'бо касе гуфтугӯ кардан',
      shelter: 'ҷои бехатар',
      'domestic-violence': 'зӯроварӣ дар хона',
      'child-protection': 'кӯдакон ва наврасон',
      emergency: 'ёрии таъҷилӣ',
    },
    channels: { phone: 'Телефон', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'Почтаи эл.', website: 'Сомона' },
    source: 'манбаъ',
    undated: 'манбаъ бе сана',
    scan: 'Скан кунед: ёрии бештар ва санҷиши пешниҳоди кор',
    footer: (reviewed, printed) => `Рақамҳо аз маълумоти safe-migration-kit (санҷида шуд ${reviewed}), ҳар кадом бо санаи манбаъаш. Чоп шуд ${printed}.`,
    noLines: 'Дар маълумот барои ин мавзӯъ хат нест. Ба хадамоти таъҷилӣ занг занед.',
  },
  tk: {
    title: 'Siz ýeke däl',
    subtitle: 'Mejbury işledýärlermi, iş barada aldadylarmy ýa-da pasportyňyzy aldylarmy? Jaň ediň ýa-da ýazyň.',
    emergency: 'Gyssagly gulluklar',
    lines: 'Kömek liniýalary',
    services: { general: 'Umumy belgi', police: 'Polisiýa', ambulance: 'Tiz kömek', fire: 'Ýangyn gullugy', gas: 'Gaz gullugy' },
    topics: {
      trafficking: 'adam söwdasy we mejbury zähmet',
      'labour-exploitation': 'işdäki kynçylyklar',
      'migrant-rights': 'migrantlaryň hukuklary',
      'legal-aid': 'hukuk kömegi',
      'psychological-support': 'kimdir biri bilen gürleşmek',
      shelter: 'howpsuz ýaşaýyş ýeri',
      'domestic-violence': 'öýdäki zorluk',
      'child-protection': 'çagalar we ýetginjekler',
      emergency: 'gyssagly kömek',
    },
    channels: { phone: 'Telefon', sms: 'SMS', whatsapp: 'WhatsApp', viber: 'Viber', telegram: 'Telegram', email: 'E-poçta', website: 'Saýt' },
    source: 'çeşme',
    undated: 'çeşme senesiz',
    scan: 'Skanirläň: has köp kömek we iş teklibini barlamak',
    footer: (reviewed, printed) => `Belgiler safe-migration-kit maglumatlaryndan (barlanan ${reviewed}), her biriniň çeşmesiniň senesi bar. Çap edildi ${printed}.`,
    noLines: 'Maglumatlarda bu tema boýunça liniýa ýok. Gyssagly gulluga jaň ediň.',
  },
};
