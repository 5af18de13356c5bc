// The concept lexicons (src/data/offer-rules/concepts.ts), word by word: real inflected forms,
// suffix chains and transliterations that each concept must read, words that only look like them
// and must not, and the stems checked against Snowball's Russian stemmer and our own Turkic
// suffix rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import snowball from 'snowball-stemmers';
import { concepts } from '../../../src/data/offer-rules/concepts.js';
import type { OfferLanguage } from '../../../src/sdk/index.js';
import { read } from './concept-probe.js';

type Forms = Partial<Record<OfferLanguage | 'ru-Latn' | 'tg-Latn' | 'kk-Latn', string[]>>;

// Real word forms: case, number, possession and person endings, both scripts, Latin-letter Russian and Tajik.
const forms: Record<string, Forms> = {
  document: {
    en: ['passport', 'passports', 'documents', 'ID card'],
    ru: ['паспорт', 'паспорта', 'паспортами', 'загранпаспорт', 'документы', 'документов'],
    'ru-Latn': ['pasport', 'pasporta', 'dokumenty'],
    kk: ['төлқұжат', 'төлқұжатты', 'төлқұжаттарыңызды', 'құжаттарыңыз', 'паспортыңызды'],
    'kk-Latn': ['tolqujatty', 'tolkuzhat'],
    ky: ['паспортуңузду', 'документтериңиз'],
    uz: ['pasportingizni', 'hujjatlaringiz'],
    'uz-Cyrl': ['паспортингизни', 'ҳужжатларингиз'],
    tg: ['шиносномаи', 'шиносномаҳо', 'ҳуҷҷатҳоятон'],
    'tg-Latn': ['shinosnomaho', 'hujjatho', 'pasport'],
    tk: ['pasportyňyzy', 'resminamalaryňyz'],
  },
  'hand-over': {
    en: ['collected', 'kept', 'keeps', 'held', 'handed over', 'surrendered', 'confiscated'],
    ru: ['сдаёте', 'сдаются', 'отдаёте', 'передаётся', 'собирает', 'соберёт', 'забирают', 'заберём', 'хранится', 'хранятся', 'держим', 'остаётся'],
    'ru-Latn': ['otdaete', 'sdaete', 'sobiraet', 'zabiraem', 'hranitsya', 'khranitsya'],
    kk: ['тапсырасың', 'тапсырасыз', 'жинайды', 'сақталады', 'сақтайды', 'ұстайды', 'алып қояды'],
    ky: ['тапшырасыз', 'жыйнайт', 'сакталат', 'кармайт'],
    uz: ['topshirasiz', "yig'adi", 'yigʻib', 'saqlanadi', "olib qo'yiladi"],
    'uz-Cyrl': ['топширасиз', 'сақланади'],
    tg: ['месупоред', 'супурда', 'мемонад', 'нигоҳ дошта'],
    'tg-Latn': ['memonad', 'mesupored'],
    tk: ['tabşyrýarsyňyz', 'saklanýar', 'ýygnaýar'],
  },
  holder: {
    en: ['coordinator', 'employer', 'supervisor', 'the family'],
    ru: ['координатор', 'координатору', 'работодателю', 'администратору', 'бригадира', 'прорабу', 'у нас'],
    'ru-Latn': ['administratoru', 'brigadiru', 'rabotodatelyu'],
    kk: ['үйлестірушіге', 'жұмыс берушіде', 'компанияда', 'бригадирде'],
    ky: ['иш берүүчүдө', 'бригадирге', 'кожоюнда'],
    uz: ['brigadirda', 'ish beruvchida', 'kompaniyada'],
    'uz-Cyrl': ['бригадирда'],
    tg: ['корфармо', 'бригадир', 'менеҷер', 'назди мо'],
    'tg-Latn': ['brigadir', 'korfarmo'],
    tk: ['iş berijide', 'brigadirde', 'hojaýynda'],
  },
  fee: {
    en: ['fee', 'fees', 'costs', 'charged'],
    ru: ['оплата', 'оплатить', 'плата', 'платите', 'стоимость', 'взнос', 'предоплату', 'депозит', 'депозита'],
    'ru-Latn': ['oplata', 'stoimost'],
    kk: ['төлейсіз', 'төлем', 'құны'],
    ky: ['төлөйсүз', 'төлөм', 'баасы'],
    uz: ["to'laysiz", 'toʻlov', "to'lovi", 'narxi', 'depozit'],
    'uz-Cyrl': ['тўлов'],
    tg: ['пардохт', 'пардохти', 'нархи', 'ҳаққи'],
    tk: ['tölemeli', 'töleg', 'bahasy', 'depoziti'],
  },
  deposit: {
    en: ['deposit', 'pledge'],
    ru: ['залог', 'залога', 'залогом', 'депозит'],
    kk: ['кепілақы', 'кепілақысы'],
    ky: ['күрөө', 'күрөөсү'],
    uz: ['zalog', 'depozit', 'kafolat puli'],
    'uz-Cyrl': ['залог', 'депозит'],
    tg: ['гарав', 'депозит'],
    tk: ['girew', 'depozit'],
  },
  'regular-pay': {
    en: ['bonus', 'bonuses', 'every month'],
    ru: ['премия', 'премии', 'бонус', 'ежемесячной', 'каждый месяц'],
    kk: ['сыйақы', 'ай сайынғы'],
    ky: ['сыйлык', 'ай сайынкы'],
    uz: ['bonus', 'mukofoti', 'har oy'],
    'uz-Cyrl': ['бонус', 'ҳар ой'],
    tg: ['мукофот', 'бонус'],
    tk: ['bonus', 'her aý'],
  },
  money: {
    en: ['money', 'cash'],
    ru: ['деньги', 'денег', 'деньгами', 'денежный'],
    'ru-Latn': ['dengi', 'deneg'],
    kk: ['ақша', 'ақшаңызды'],
    ky: ['акча', 'акчаңызды'],
    uz: ['pul', 'pulni', 'pullaringizni'],
    'uz-Cyrl': ['пул', 'пулни'],
    tg: ['пул', 'пулро', 'пулҳоятонро'],
    tk: ['pul', 'pullaryňyzy'],
  },
  service: {
    en: ['visa support', 'processing', 'paperwork', 'invitation'],
    ru: ['оформление', 'оформления', 'визу', 'визы', 'приглашение', 'регистрацию', 'услуги'],
    'ru-Latn': ['oformlenie', 'vizu'],
    kk: ['визаға', 'рәсімдеу', 'құжат дайындау'],
    ky: ['тариздөө', 'визага'],
    uz: ['agentlik xizmati', 'rasmiylashtirish', 'vizaga'],
    tg: ['хизматрасонии', 'раводид', 'даъватнома'],
    'tg-Latn': ['xizmatrasonii', 'khizmatrasonii'],
    tk: ['wiza', 'resmileşdirmek'],
  },
  card: {
    en: ['card', 'Kaspi', 'Humo', 'Sberbank'],
    ru: ['карту', 'карточку', 'сбербанк', 'каспи'],
    kk: ['картаға'],
    ky: ['картага'],
    uz: ['kartaga', 'karta'],
    'uz-Cyrl': ['картага'],
    tg: ['корти', 'корт'],
    tk: ['kartyna'],
  },
  transfer: {
    en: ['transfer', 'send the money'],
    ru: ['переведите', 'перевести', 'скиньте', 'перечислить'],
    'ru-Latn': ['perevedite', 'skinte'],
    kk: ['аударыңыз', 'аударасыз'],
    ky: ['которуңуз'],
    uz: ["o'tkazasiz", 'oʻtkazing', "o'tkazish"],
    tg: ['гузаронед', 'интиқол'],
    tk: ['geçirmeli', 'geçiriň'],
  },
  repay: {
    en: ['pay back', 'repaid', 'deducted', 'owe'],
    ru: ['вычтем', 'вычитается', 'удерживается', 'погасить', 'долг', 'в счёт'],
    'ru-Latn': ['vychtem', 'vychitaetsya'],
    kk: ['өтейсіз', 'шегеріледі', 'ұсталады', 'қарызды'],
    ky: ['кармалат', 'кайтарасыз', 'карызды'],
    uz: ['qaytarasiz', 'ushlab qolinadi', 'chegiriladi', 'qarz'],
    tg: ['мебарорем', 'тарҳ', 'қарз'],
    'tg-Latn': ['mebarorem', 'qarz'],
    tk: ['tutulýar', 'aýrylýar', 'bergini'],
  },
  wages: {
    en: ['salary', 'wages', 'your pay'],
    ru: ['зарплаты', 'зарплатой', 'зп', 'заработка'],
    'ru-Latn': ['zarplaty', 'zp'],
    kk: ['жалақыдан', 'айлықтан'],
    ky: ['айлыктан', 'маянадан'],
    uz: ['maoshdan', 'oylikdan'],
    'uz-Cyrl': ['ойликдан'],
    tg: ['маош', 'маоши'],
    'tg-Latn': ['maosh'],
    tk: ['aýlykdan'],
  },
  leave: {
    en: ['leave the premises', 'go out', 'quit'],
    ru: ['уехать', 'уезжать', 'выходить из', 'выйти за', 'покинуть'],
    'ru-Latn': ['uehat', 'uyekhat'],
    kk: ['шығуға', 'кетуге'],
    ky: ['чыгууга', 'кетүүгө'],
    uz: ['chiqish', 'ketish'],
    tg: ['баромадан', 'рафтан'],
    'tg-Latn': ['baromadan'],
    tk: ['çykmak', 'gitmäge'],
  },
  restriction: {
    en: ['not allowed', 'forbidden', 'cannot'],
    ru: ['нельзя', 'запрещено', 'запрещается', 'только с разрешения'],
    'ru-Latn': ['nelzya', 'zapreshcheno'],
    kk: ['болмайды', 'тыйым салынады', 'рұқсатсыз'],
    ky: ['болбойт', 'уруксатсыз'],
    uz: ['mumkin emas', 'taqiqlanadi', 'ruxsati bilan'],
    tg: ['бо иҷозати', 'мумкин нест', 'манъ'],
    'tg-Latn': ['bo ijozati'],
    tk: ['bolmaýar', 'gadagan'],
  },
  phone: {
    en: ['phones', 'mobile'],
    ru: ['телефоны', 'телефонов'],
    'ru-Latn': ['telefony'],
    kk: ['телефондарыңыз'],
    uz: ['telefonlar'],
    tk: ['telefonlaryňyz'],
  },
  'visa-free': {
    en: ['visa-free', 'without a visa'],
    ru: ['безвизовый', 'без визы'],
    'ru-Latn': ['bezvizovyi', 'bez vizy'],
    kk: ['визасыз'],
    ky: ['визасыз'],
    uz: ['vizasiz'],
    'uz-Cyrl': ['визасиз'],
    tk: ['wizasyz'],
  },
  'tourist-entry': {
    en: ['as a tourist', 'on a regular tourist stamp'],
    ru: ['по туристическому въезду', 'туристом'],
    kk: ['туристік кіріп', 'турист болып кіріп'],
    ky: ['туристтик кирип', 'турист болуп кирип'],
    uz: ["turist bo'lib kirib"],
    tk: ['turist bolup girip'],
  },
  'student-visa': {
    en: ['student visa'],
    ru: ['студенческую визу', 'студенческой визе'],
    kk: ['студенттік визамен'],
    ky: ['студенттик визасы'],
    uz: ['talaba vizasi'],
    tg: ['визаи донишҷӯӣ'],
    tk: ['talyp wizasy'],
  },
  'skip-classes': {
    en: ['do not attend classes'],
    ru: ['на занятия можно не ходить', 'не посещать занятия'],
    kk: ['сабаққа бармасаңыз'],
    ky: ['сабакка барбасаң'],
    uz: ['darsga bormasangiz'],
    tk: ['sapaga gatnaşmasaňyzam'],
  },
  'worker-pays': {
    en: ['at your own expense'],
    ru: ['за свой счёт', 'за ваш счет'],
    'ru-Latn': ['za svoi schet'],
    kk: ['өз есебіңізден'],
    ky: ['өзүңүздөн'],
    uz: ["o'zingizdan", "o'z hisobingizdan"],
    'uz-Cyrl': ['ўзингиздан'],
    tg: ['аз ҳисоби худатон'],
    tk: ['özüňizden'],
  },
  'war-euphemism': {
    en: ['special objects', 'new regions'],
    ru: ['спецобъекты', 'специальных объектах', 'новых регионах', 'новые территории'],
    'ru-Latn': ['spetsobekty', 'novyh regionah'],
    kk: ['жаңа өңірлерде'],
    ky: ['жаңы аймактарда'],
    uz: ['maxsus obyektlarda', 'yangi hududlarda'],
    tk: ['täze sebitlerde', 'ýörite desgalarda'],
  },
  'signing-bonus': {
    en: ['one-time bonus', 'signing bonus'],
    ru: ['единовременная выплата', 'при подписании'],
    kk: ['біржолғы төлем'],
    ky: ['бир жолку төлөм'],
    uz: ['bir martalik'],
    tk: ['bir gezeklik', 'gol çekeniňde'],
  },
  citizenship: {
    en: ['citizenship'],
    ru: ['гражданство', 'гражданства'],
    kk: ['азаматтығы'],
    ky: ['жарандыгы'],
    uz: ['fuqaroligi'],
    'uz-Cyrl': ['фуқаролиги'],
    tg: ['шаҳрвандӣ'],
    tk: ['raýatlygy'],
  },
  'sort-out': {
    en: ['we will fix it', "we'll handle the rest"],
    ru: ['решаем', 'уладим'],
    'ru-Latn': ['reshim'],
    kk: ['шешеміз', 'шешіп береміз'],
    ky: ['чечебиз'],
    uz: ['hal qilamiz'],
    'uz-Cyrl': ['ҳал қиламиз'],
    tg: ['ҳал мекунем'],
    tk: ['çözeris'],
  },
};

// Words that share letters with a concept and must not be read as it.
const notForms: Record<string, string[]> = {
  'hand-over': ['собеседование', 'поддержка', 'ұстаз', 'holders'],
  holder: ['hostess', 'officer'],
  fee: ['платформа', 'платье', "to'liq"],
  // A deposit is a fee word; money is only a kind the list scope reads, never read from "pulemyot" or "Pulat".
  money: ['пулемёт', 'pulat', 'денёк'],
  // Pay every month, denied, is no regular pay ("Pul har oy emas, 6 oyda bir marta").
  'regular-pay': ['har oy emas', 'her aý däl', 'премьер'],
  service: ['визит', 'визитка', "xizmat ko'rsatish"],
  card: ['картошка', 'картина'],
  leave: ['выходные', 'annual leave'],
  'worker-pays': ['аз ҳисоби корфармо', 'за счёт работодателя'],
  citizenship: ['гражданам', 'fuqarolari', 'азаматтары', 'raýatlary'],
  restriction: ['ruxsatnoma', 'иҷозатнома'],
};

describe('concept lexicons', () => {
  for (const [concept, byLang] of Object.entries(forms)) {
    it(`"${concept}" reads its word forms in every language and script`, () => {
      for (const [lang, words] of Object.entries(byLang)) {
        for (const word of words!) {
          const got = read(concept, `… ${word} …`);
          assert.deepEqual(got, [word], `${concept} (${lang}): "${word}" read as ${JSON.stringify(got)}`);
        }
      }
    });
  }

  it('does not read words that only look like a concept', () => {
    for (const [concept, words] of Object.entries(notForms)) {
      for (const word of words) assert.deepEqual(read(concept, word), [], `${concept} must not read "${word}"`);
    }
  });

  it('lets a negation turn a verb of handing over, a fee, a transfer or a repayment around', () => {
    assert.deepEqual(read('hand-over', 'Мы не забираем паспорта'), []);
    assert.deepEqual(read('fee', 'No fee'), []);
    assert.deepEqual(read('transfer', 'Деньги на карту не переводите'), []);
    assert.deepEqual(read('repay', 'Из зарплаты ничего не вычитаем'), []);
  });

  it('covers every language in every concept a combination uses', () => {
    const languages: OfferLanguage[] = ['en', 'ru', 'kk', 'ky', 'uz', 'tg', 'tk'];
    for (const c of concepts) {
      for (const lang of languages) assert.ok((c.patterns?.[lang] ?? []).length > 0, `${c.id} has no ${lang} words`);
    }
  });
});

describe('morphology', () => {
  const russian = snowball.newStemmer('russian');
  const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

  it('every Russian stem ends where Snowball ends the stem of its word forms, or earlier, so every ending matches', () => {
    let checked = 0;
    // Bank and brand names (Каспи, Сбер) are not inflected the way Russian words are.
    for (const c of concepts.filter((x) => x.id !== 'card')) {
      const stems = (c.patterns?.ru ?? []).filter((p) => /^[а-яё]+\*$/.test(p)).map((p) => fold(p.slice(0, -1)));
      for (const word of forms[c.id]?.ru ?? []) {
        if (word.includes(' ')) continue;
        const w = fold(word);
        for (const stem of stems.filter((s) => w.startsWith(s))) {
          const snow = fold(russian.stem(w));
          assert.ok(snow.startsWith(stem), `${c.id}: the stem "${stem}*" is longer than Snowball's "${snow}" for "${word}"`);
          checked += 1;
        }
      }
    }
    assert.ok(checked >= 25, `${checked} stems checked`);
  });

  // Our own suffix rules for the Turkic languages (no Snowball stemmer exists for them): case,
  // possession, plural and verb-person endings, stripped from the end while a root of at least
  // three letters is left. A lexicon stem must lie within the root, so that any chain of suffixes
  // after it still matches.
  const turkicSuffixes = [
    'ларыңызды', 'лериңизди', 'тарыңызды', 'дарыңызды', 'ларыңыз', 'дарыңыз', 'тарыңыз', 'ыңызды', 'іңізді', 'ыңыз', 'іңіз', 'уңуз', 'үңүз',
    'ларды', 'лерди', 'тарды', 'дарды', 'лар', 'лер', 'тар', 'тер', 'дар', 'дер', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ду', 'дү', 'ну',
    'ға', 'ге', 'қа', 'ке', 'га', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ыңды', 'сың', 'сыз', 'сіз', 'суз', 'сүз',
    'laringizni', 'lаringiz', 'laringiz', 'ingizni', 'ingiz', 'lar', 'ni', 'ga', 'da', 'dan', 'ning', 'si', 'i',
    'laryňyz', 'leriňiz', 'yňyzy', 'iňizi', 'yňyz', 'iňiz', 'ny', 'ni', 'da', 'de', 'dan', 'den', 'y',
    'ларингизни', 'ларингиз', 'ингизни', 'ингиз', 'лар', 'ни', 'га', 'да', 'дан',
  ];
  const turkicRoot = (word: string): string => {
    let root = word.toLowerCase();
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of turkicSuffixes) {
        if (root.endsWith(s) && root.length - s.length >= 3) {
          root = root.slice(0, -s.length);
          changed = true;
          break;
        }
      }
    }
    return root;
  };

  it('every Turkic noun stem lies within the root our suffix rules leave, so every suffix chain matches', () => {
    let checked = 0;
    for (const id of ['document', 'holder', 'wages', 'phone']) {
      const c = concepts.find((x) => x.id === id)!;
      for (const lang of ['kk', 'ky', 'uz', 'tk'] as const) {
        const stems = (c.patterns?.[lang] ?? []).filter((p) => /^[^\s()*|]+\*$/.test(p)).map((p) => p.slice(0, -1).toLowerCase());
        for (const word of [...(forms[id]?.[lang] ?? []), ...(lang === 'uz' ? (forms[id]?.['uz-Cyrl'] ?? []) : [])]) {
          if (word.includes(' ')) continue;
          const root = turkicRoot(word);
          const stem = stems.find((s) => word.toLowerCase().startsWith(s));
          if (!stem) continue;
          assert.ok(root.startsWith(stem), `${id} (${lang}): the stem "${stem}*" goes past the root "${root}" of "${word}"`);
          checked += 1;
        }
      }
    }
    assert.ok(checked >= 12, `${checked} stems checked`);
  });
});
