/**
 * Concept lexicons: the parts risk signals are made of — a document, a verb of handing over or
 * keeping, a holder; a fee, a service paid for, a card; repaying, wages; leaving, a restriction, a
 * phone — each a word family per language, written once and shared by every rule that combines
 * them (`when: [{ all: ['document', 'hand-over', 'holder'], within: 'clause' }]`). A concept says
 * nothing alone and is never shown alone; a combination inside one clause or sentence is what
 * reads as a signal, and each part is quoted with its concept as its label (`evidence.signal`).
 *
 * Morphology. Words are written as stems (`паспорт*` is паспорта, паспортами, паспортларни…):
 * Russian stems end where Snowball's Russian stemmer ends them or earlier (a test checks every
 * stem against the stemmer on real word forms), so every ending matches. Kazakh, Kyrgyz, Uzbek and
 * Turkmen are suffixing: a stem takes every chain of case, possessive, plural and verb suffixes
 * (`төлқұжат*` is төлқұжатты, төлқұжаттарыңыз); where a stem is short enough to start unrelated
 * words, the suffixes are listed instead (`ұстай*|ұстал*|ұстап`, not `ұста*`, which is also
 * "teacher"). Tajik verbs are written as their stem with the person endings (`месупор*`,
 * `мемон(ад|анд)`). The tests list real inflected forms for each concept and language, and words
 * that must not match.
 *
 * Scripts. Russian and Tajik patterns also match their Latin spellings ("pasport otdaete
 * administratoru", "memonad"), Kazakh and Kyrgyz theirs, Uzbek Latin matches Uzbek Cyrillic (see
 * compile.ts). Patterns other than en and ru are drafts by a non-native speaker and need review.
 */
import type { CueRule } from '../../sdk/offer-check/rule-schema.js';

type Concept = Omit<CueRule, 'kind'>;
const concept = (c: Concept): CueRule => ({ kind: 'cue', ...c });

export const concepts: CueRule[] = [
  // --- documents and who holds them --------------------------------------------------------------
  concept({
    id: 'document',
    // A passport or identity document.
    patterns: {
      en: ['passport*', 'travel document*', 'id (card*|document*)', 'identity (card*|document*)', 'documents', 'papers'],
      ru: ['паспорт*', 'загранпаспорт*', 'загранник*', 'документ*', 'удостоверени* личности', 'id карт*'],
      kk: ['паспорт*', 'төлқұжат*', 'құжат*', 'жеке куәлі*'],
      ky: ['паспорт*', 'документ*', 'жеке күбөлү*'],
      uz: ['pasport*', 'hujjat*', 'id karta*', 'shaxsiy guvohnoma*', 'zagran*'],
      tg: ['шиноснома*', 'паспорт*', 'ҳуҷҷат*'],
      tk: ['pasport*', 'resminama*', 'dokument*', 'şahsyýetnama*'],
    },
  }),
  concept({
    id: 'hand-over',
    negatable: true,
    // Handing over, collecting, taking, keeping: what happens to a document or a phone. Kazakh and
    // Kyrgyz сақта-, сакта- (keep) are listed by their forms: as a stem it is also сақтандыру, insurance.
    patterns: {
      en: ['hand* (in|over)', 'handed', 'surrender*', 'confiscat*', 'collect*', 'kept', 'keep', 'keeps', 'keeping', 'hold', 'holds', 'held', 'retain*', 'store*', 'safekeeping', 'take* away', 'taken (away|from)', 'give (up|in)', 'turn* in', 'given (to|over)', '(is|are) given', 'give (it |them )?to', 'leave (it |them )?(at|with)', 'left (at|with)', 'takes', 'took', 'will take', '(stays|stay|remains|remain) with'],
      ru: [
        'сда(ть|ете|ешь|ют|ются|ется|ем|дите|дут|йте|вать|ча*)',
        'отда(ть|ете|ешь|ют|ются|ется|ем|дите|дут|йте|вать|ча*)',
        'переда*',
        'собира*',
        'собер*',
        'забира*',
        'забер*',
        'забрать',
        'изыма*',
        'изъят*',
        'отбира*',
        'отбер*',
        'хран*',
        'держ(им|ат|ит|ать|ится|атся)',
        'оставля*',
        'остав(ить|ите|ишь|ьте|им|ите)',
        'оста(ется|ются|нется|нутся)',
      ],
      kk: ['тапсыр*', 'жина(йды|йды|ймыз|лады|п алады)', 'сақтай*', 'сақтал*', 'сақтап*', 'сақтау*', 'ұстай*', 'ұстал*', 'ұстап', 'алып (қояды|қоямыз|қалады|қаламыз|қойылады)', 'алынады', 'тұрады', 'бер(есіз|есің|іңіз|ілуі керек)', 'беріледі', 'қалдыр*', 'аламыз', 'қалады', 'беріп (қоясыз|кетесіз|қойыңыз|қоясың)'],
      ky: ['тапшыр*', 'жыйна*', 'сактай*', 'сактал*', 'сактап*', 'сактоо*', 'кармай*', 'кармал*', 'кармап', 'алып (коёт|коёбуз|калат|калабыз)', 'алынат', 'турат', 'бер(есиз|иңиз|ишиңиз керек)', 'берилет', 'калтыр*', 'алабыз', 'калат', 'берип (коёсуз|коюңуз|кетесиз|коёсуң)'],
      uz: ['topshir*', "yig'i*", "yig'a*", 'saqla*', "olib (qo'y*|qol*)", 'olinadi', 'ushlab (tur*|qol*)', 'ushlanadi', 'turadi', 'berasiz', 'berishingiz kerak', 'beriladi', 'musodara*', "qoldir*", 'ixtiyorida', 'olamiz', 'qoladi', 'berasan', 'berib (qoʻyasiz|qoʻyiladi|qoʻying|ketasiz|turasiz)', 'berish (kerak|shart)', 'olib (turamiz|turiladi)', 'yigʻdi*'],
      tg: ['месупор*', 'супор*', 'супурда*', 'ҷамъ (мекунад|мекунанд|мекунем|карда)', 'ҷамъоварӣ*', 'нигоҳ (медор*|дошта*)', 'мегир(ад|анд|ем)', 'гирифта (мешавад|мешаванд|мемонад)', 'мемон(ад|анд)', 'медиҳед', 'медиҳӣ', 'дода мешава(д|нд)', 'меист(ад|анд)', 'мегузор(ед|ӣ)', 'супоред', 'нигаҳ (медор*|дошта*)', 'гирифта (мемонем|мегирем)', 'гузошта (меравед|мемонед)'],
      tk: ['tabşyr*', 'sakla*', 'ýygna*', 'alyp (galýar|galar|goýýar|goýar|galýarys)', 'alynýar', 'durýar', 'berýärsiňiz', 'bermeli', 'berilýär', 'galdyr*', 'alýarys', 'galýar', 'berersiňiz', 'berip (goýýarsyňyz|goýmaly|gitmeli|gidýärsiňiz)', 'tabşyrmaly'],
    },
  }),
  concept({
    id: 'submission',
    // Handing documents in for an application, said as a moment: "when you submit the documents",
    // "при подаче документов", "құжат тапсырғанда", "hujjat topshirganda". A fee due then, or the
    // papers filed for a visa, is no passport kept by the agency (decision 7 of "Method decisions
    // after seven batches").
    patterns: {
      en: ['when (you )?(submit|hand in|file) (the |your )?(documents|papers|application)', 'on submission', 'upon submission', 'at submission'],
      ru: ['при подаче', 'подач(а|и|у|е) документов', '(когда|как) (сдадите|подадите|сдаете|сдаёте|подаете|подаёте) документ*'],
      kk: ['тапсырғанда', 'тапсырған кезде', 'тапсырған соң', 'тапсырғаннан кейін'],
      ky: ['тапшырганда', 'тапшырган кезде', 'тапшыргандан кийин'],
      uz: ['topshirganda', 'topshirganingizda', 'topshirgan paytda', 'topshirgandan keyin'],
      tg: ['ҳангоми супоридан*', 'баъди супоридан*', 'вақти супоридан*'],
      tk: ['tabşyranda', 'tabşyranyňyzda', 'tabşyran wagtyňyz', 'tabşyrandan soň'],
    },
  }),
  concept({
    id: 'holder',
    // Someone other than the worker who could hold a document or a phone. A family is listed by its
    // forms without the worker's own possessive (отбасында, not отбасыңызда: your own family).
    patterns: {
      en: ['employer*', 'company', 'agency', 'agencies', 'agent*', 'coordinator*', 'manager*', 'supervisor*', 'foreman', 'foremen', 'boss*', 'owner*', 'sponsor*', 'kafeel', 'hr', 'human resources', 'administrat*', 'office', 'recruiter*', 'host', 'hosts', 'host family', 'the family', 'landlord*', 'brigadier*', 'team leader*', 'commandant*', 'commander*', 'warden*', 'security (guard*|staff|post)', 'by us', 'with us', 'our (man|person|guy|people)', 'middleman', 'middlemen', 'intermediar*', 'chief', 'crew leader*', 'gang master*', 'gangmaster*', 'head of (the )?(team|crew|site|group|brigade)', 'organisation*', 'organization*', 'association*'],
      ru: ['работодател*', 'компани*', 'фирм*', 'агент*', 'координатор*', 'менеджер*', 'администратор*', 'администраци*', 'бригадир*', 'прораб*', 'начальник*', 'начальств*', 'руководител*', 'руководств*', 'хозя*', 'спонсор*', 'кафил*', 'отел*', 'офис*', 'сейф*', 'куратор*', 'директор*', 'владел*', 'комендант*', 'командир*', 'охран(а|е|ы|ник*)', 'вахтер*', 'у нас', 'нам', 'наш* (человек*|люд*)', 'hr', 'отдел* кадров', 'кадровик*', 'супервайзер*', 'посредник*', 'старш(ий|ему|его|им|ем) (смены|группы|бригады|по общежитию)', 'смотрящ*', 'старшему', 'у старшего', 'организаци*'],
      kk: ['жұмыс беруші*', 'компания*', 'фирма*', 'агент*', 'үйлестіруші*', 'менеджер*', 'әкімші*', 'бригадир*', 'қожайын*', 'басшы*', 'кеңсе*', 'куратор*', 'директор*', 'иесі*', 'иесін*', 'демеуші*', 'спонсор*', 'офис*', 'сейф*', 'комендант*', 'командир*', 'күзет*', 'кадр бөлім*', 'отбасы', 'отбасы(нда|на|сы)', 'бізде', 'бізге', 'біздің адам*', 'бастық*', 'ұстаға', 'ұстада', 'делдал*', 'бақылаушы*', 'супервайзер*', 'топ басшы*', 'бастығ*', 'үлкенге', 'үлкенде', 'ұйым*'],
      ky: ['иш берүүчү*', 'компания*', 'фирма*', 'агент*', 'координатор*', 'менеджер*', 'администратор*', 'администрация*', 'бригадир*', 'кожоюн*', 'жетекчи*', 'директор*', 'ээси*', 'ээсин*', 'спонсор*', 'офис*', 'сейф*', 'комендант*', 'командир*', 'күзөт*', 'кадр бөлүм*', 'үй бүлө', 'үй бүлө(дө|гө|сү|сүндө)', 'бизде', 'бизге', 'биздин адам*', 'биздин киши*', 'башчы*', 'уста', 'устага', 'устада', 'ортомчу*', 'көзөмөлчү*', 'супервайзер*', 'начальник*', 'улукка', 'улукта', 'уюм*'],
      uz: ['ish beruvchi*', 'kompaniya*', 'firma*', 'agent*', 'koordinator*', 'menejer*', 'administrator*', "ma'muriyat*", 'brigadir*', "xo'jayin*", 'rahbar*', 'ofis*', 'direktor*', 'kurator*', 'egasi*', 'homiy*', 'sponsor*', 'seyf*', 'komendant*', 'komandir*', 'qoʻriqchi*', 'kadrlar boʻlim*', 'oila', 'oilasi', 'oilada', 'bizda', 'bizga', 'bizning odam*', 'usta', 'ustaga', 'ustada', 'ustaning', 'ustamiz*', 'ustangiz*', 'boshliq*', 'nachalnik*', 'prorab*', 'nazoratchi*', 'supervayzer*', 'vositachi*', 'boss', 'bossga', 'bossda', 'boshligʻi*', 'oʻzida', 'kattaga', 'kattada', 'tashkilot*'],
      tg: ['корфармо*', 'ширкат*', 'агент*', 'координатор*', 'ҳамоҳангсоз*', 'менеҷер*', 'мудир*', 'маъмурият*', 'бригадир*', 'соҳибкор*', 'хӯҷаин*', 'хоҷаин*', 'идора*', 'роҳбар*', 'директор*', 'соҳиб*', 'спонсор*', 'офис*', 'сейф*', 'комендант*', 'командир*', 'посбон*', 'шӯъбаи кадр*', 'оила', 'оилаи', 'назди мо', 'ба мо', 'одами мо', 'одамони мо', 'усто', 'устои', 'ба усто', 'сардор*', 'нозир*', 'супервайзер*', 'миёнарав*', 'раис', 'раиси', 'начальник*', 'прораб*', 'дар худаш', 'назди худаш', 'пеши худаш', 'ташкилот*'],
      tk: ['iş berij*', 'kompaniýa*', 'firma*', 'agent*', 'koordinator*', 'menejer*', 'administrator*', 'administrasiýa*', 'brigadir*', 'hojaýyn*', 'ýolbaşçy*', 'müdir*', 'direktor*', 'eýesi*', 'eýesin*', 'sponsor*', 'ofis*', 'seýf*', 'komendant*', 'komandir*', 'garawul*', 'kadr* bölüm*', 'maşgala', 'maşgala(da|sy|synda|ny)', 'bizde', 'bize', 'biziň adam*', 'ussa', 'ussanyň', 'ussany', 'ussada', 'ussamyz*', 'ussaňyz*', 'başlyk*', 'naçalnik*', 'prorab*', 'gözegçi*', 'supervaýzer*', 'araçy*', 'başlyg*', 'gözegçä', 'araça', 'gurama*'],
    },
  }),
  concept({
    id: 'with-worker',
    // With the worker: "keep your passport with you" is advice, not retention.
    patterns: {
      en: ['with you', 'yourself', 'your own', 'in your hands', 'by you'],
      ru: ['у вас', 'у себя', 'на руках', 'при себе', 'при вас'],
      kk: ['өзіңізде', 'өзіңде', 'қолыңызда', 'сізде (қалады|тұрады|сақталады)', 'өзіңізбен'],
      ky: ['өзүңүздө', 'өзүңдө', 'колуңузда', 'сизде (калат|турат|сакталат)', 'өзүңүз менен'],
      uz: ["o'zingizda", "o'zingda", "qo'lingizda", 'sizda (qoladi|turadi|saqlanadi)', 'oʻzingiz bilan'],
      tg: ['дар дасти (шумо|худатон|худ)', 'назди (шумо|худатон|худат)', 'пеши (шумо|худатон|худат)', 'дар (худатон|худат|худи шумо)', 'дар шумо (мемонад|меистад)', 'бо худатон'],
      tk: ['özüňizde', 'özüňde', 'eliňizde', 'sizde (galýar|durýar|saklanýar)', 'özüňiz bilen'],
    },
  }),
  concept({
    id: 'document-returned',
    // A document given back: an agency that takes a passport to the embassy and returns it is not keeping it.
    patterns: {
      en: ['return*', 'given back', 'back to you'],
      ru: ['верн(ем|ут|ет|утся|ется|у)', 'возвраща*', 'возврат*'],
      kk: ['қайтарыл*', 'қайтарамыз', 'қайтарып береміз'],
      ky: ['кайтарыл*', 'кайтарып беребиз'],
      uz: ['qaytarib (beriladi|beramiz)', 'qaytariladi'],
      tg: ['баргардонида (мешавад|мешаванд)', 'бармегардонем'],
      tk: ['gaýtarylýar', 'gaýtaryp berýäris', 'yzyna berilýär'],
    },
  }),
  concept({
    id: 'eaeu',
    // The Eurasian Economic Union: its citizens (Kazakhstan, Kyrgyzstan, Armenia, Belarus) lawfully work in Russia without a patent.
    patterns: {
      en: ['eaeu', 'eaeu citizen*', 'eurasian economic union'],
      ru: ['еаэс', 'евразийск* экономическ* союз*'],
      kk: ['еаэо', 'еаэс', 'еуразиялық экономикалық одақ*'],
      ky: ['еаэб', 'еаэс', 'евразия* экономика* биримдиг*'],
      uz: ['yeoi', 'yevroosiyo iqtisodiy ittifoq*'],
      tg: ['иаао', 'еаэс', 'иттиҳоди иқтисодии авруосиё'],
      tk: ['ýeoi', 'ýewraziýa ykdysady bileleşig*'],
    },
  }),
  concept({
    id: 'eaeu-citizens',
    // The union's citizens named by their country ("Граждане КР, КЗ", "ҚР азаматтарына"): with a
    // patent in one sentence they are the union's lawful waiver (the cue `eaeu-patent`); alone they
    // excuse nothing — a Kazakh citizen enters Türkiye visa-free, and may not work there.
    patterns: {
      en: ['citizens of (kazakhstan|kyrgyzstan|armenia|belarus)', '(kazakh|kyrgyz|armenian|belarusian) citizens', 'kyrgyzstanis', 'kazakhstanis'],
      ru: ['граждан* (рк|кр|кз|казахстан*|кыргызстан*|киргизи*|армени*|беларус*)', 'кыргызстанц*', 'казахстанц*'],
      kk: ['(қр|кр|қазақстан|қырғызстан) азамат*', 'қазақстандықтар*', 'қырғызстандықтар*'],
      ky: ['(кр|кыргызстан*|казакстан*) жаран*', 'кыргызстандыктар*', 'казакстандыктар*'],
      uz: ["(qozog'iston|qirg'iziston) fuqaro*", 'qozogʻistonliklar*', 'qirgʻizistonliklar*'],
      tg: ['шаҳрвандони (қазоқистон|қирғизистон)', 'қирғизистониҳо', 'қазоқистониҳо'],
      tk: ['(gazagystan*|gyrgyzystan*) raýat*', 'gazagystanlylar*', 'gyrgyzystanlylar*'],
    },
  }),
  concept({
    id: 'patent',
    // Russia's work patent for migrants from outside the union.
    patterns: { en: ['patent*'], ru: ['патент*'], kk: ['патент*'], ky: ['патент*'], uz: ['patent*'], tg: ['патент*'], tk: ['patent*'] },
  }),
  concept({
    id: 'owes-nothing',
    // A promise that the worker owes nothing: "if you leave early you owe us NOTHING", "ничего не будете должны".
    patterns: {
      en: ['owe (us |the company |the agency |them |anyone )?nothing', "(won't|will not|don't|do not|never) owe", 'owe (us |them )?(nothing|no money)'],
      ru: ['ничего не (будете |будешь )?(должн*|обязан*)', 'не (будете|будешь) (никому )?(ничего )?должн*'],
      kk: ['ештеңе (қарыз|борышты) (болмайсыз|емессіз)', 'қарыз болмайсыз'],
      ky: ['эч нерсе карыз (болбойсуз|эмессиз)', 'карыз болбойсуз'],
      uz: ['hech narsa qarz(dor)? (boʻlmaysiz|emassiz)', 'qarzdor boʻlmaysiz'],
      tg: ['ҳеҷ чиз қарздор (намешавед|нестед)', 'қарздор намешавед'],
      tk: ['hiç zat (bergili|bergidar) (bolmaýarsyňyz|däl)', 'bergidar bolmaýarsyňyz'],
    },
  }),
  concept({
    id: 'official-body',
    // An embassy, consulate, visa centre, migration service or state fee: where documents lawfully go and fees lawfully are paid.
    patterns: {
      en: ['embass*', 'consulat*', 'visa (centre|center|application cent*)', 'migration (service|office|agency)', 'to the (uk |british |korean |polish |german )?government', 'government fee*', 'home office', 'state fee*', 'gov uk', 'state agency', 'public employment (service|agency)', 'hrd korea', 'consular fee*', 'ukvi', 'uk visas and immigration', 'official (government )?(website|site)'],
      ru: ['посольств*', 'консульств*', 'визов* центр*', 'миграционн*', 'мвд', 'умвд', 'фмс', 'госпошлин*', 'государственн* пошлин*', 'в бюджет', 'государственн* (агентств*|орган*|учреждени*)', 'госагентств*', 'gov uk', 'gov', 'правительств*', 'консульск* сбор*', 'визов* сбор*', 'официальн* сайт*'],
      kk: ['елшілік*', 'консулдық*', 'көші қон*', 'мемлекеттік баж*', 'мемлекеттік (агенттік*|орган*|мекеме*)', 'gov uk', 'gov', 'үкімет*', 'консулдық алым*', 'ресми сайт*'],
      ky: ['элчилик*', 'консулдук*', 'миграция*', 'мамлекеттик алым*', 'мамлекеттик (агенттик*|орган*|мекеме*)', 'gov uk', 'gov', 'өкмөт*', 'консулдук алым*', 'расмий сайт*'],
      uz: ['elchixona*', 'konsullik*', 'migratsiya*', 'davlat boj*', 'davlat (agentlig*|organ*|muassasa*)', 'gov uk', 'gov', 'hukumat*', 'konsullik yigʻim*', 'rasmiy sayt*'],
      tg: ['сафорат*', 'консулгарӣ*', 'муҳоҷират*', 'боҷи давлатӣ', '(агентии|мақомоти|муассисаи) давлатӣ', 'gov uk', 'gov', 'ҳукумат*', 'пардохти консулӣ', 'сомонаи расмӣ'],
      tk: ['ilçihana*', 'konsullyk*', 'migrasiýa*', 'döwlet paç*', 'döwlet (edara*|gullug*|agentlig*)', 'gov uk', 'gov', 'hökümet*', 'konsullyk ýygym*', 'resmi saýt*'],
    },
  }),
  // --- money -------------------------------------------------------------------------------------
  concept({
    id: 'fee',
    negatable: true,
    // A payment asked of the worker: a fee, a price, paying.
    patterns: {
      en: ['fee*', 'cost', 'costs', 'price*', 'charge*', 'payment*', 'prepayment*', 'deposit', 'pay (for|the|a)', 'you pay', 'payable', 'commission', 'paid separately'],
      ru: ['оплат*', 'плат(а|у|ы|ой|е|ите|ить|ишь|ят|им|еж*|ный|ная|ное|ные|но)', 'заплат*', 'стоимост*', 'цен(а|у|ы)', 'взнос*', 'комисси*', 'предоплат*', 'залог*', 'депозит', 'депозит(а|у|ом|ы|ов|ный|ная|ное)', 'стоит', 'стоят', 'обойдется', 'внес(ти|ите)', 'вносите', 'оплачива(ется|ются|ете|ешь)'],
      kk: ['төле*', 'төлем*', 'ақысы', 'құны', 'бағасы', 'депозит*', 'комиссия*', 'жарна*', 'ақылы'],
      ky: ['төлө*', 'төлөм*', 'акысы', 'акысын', 'баасы', 'наркы', 'депозит*', 'комиссия*', 'акылуу'],
      uz: ["to'la*", "to'lov*", 'haqi', 'haqqi', 'narx*', 'puli', 'depozit*', 'badal*', 'komissiya*', 'pulli'],
      tg: ['пардохт*', 'ҳаққи', 'ҳақи', 'арзиш*', 'нарх*', 'маблағ*', 'депозит*', 'пулакӣ', 'мепардоз*', 'комиссия*', 'пул (медиҳед|месупоред)'],
      tk: ['töle*', 'töleg*', 'haky', 'bahasy', 'nyrhy', 'puly', 'depozit*', 'komissiýa*', 'tölegli'],
    },
  }),
  concept({
    id: 'money',
    negatable: true,
    // Money itself. Read by no rule: it tells the list scope that a negation before it negates a
    // thing of the fee's kind ("We never ask you for money, a registration fee or your card details").
    patterns: {
      en: ['money', 'cash'],
      ru: ['деньг*', 'денег', 'денежн*', 'расчет', 'окончательн* расчет*'],
      kk: ['ақша*'],
      ky: ['акча*'],
      uz: ['pul', 'pulni', 'pullar*', 'pul-mablag*'],
      tg: ['пул', 'пулро', 'пулҳо*'],
      tk: ['pul', 'pullar*'],
    },
  }),
  concept({
    id: 'deposit',
    // A deposit or pledge left with the recruiter: with a sum, it is a recruitment fee whatever it
    // is said to secure ("нужен залог 30 000 тг", "30 000 теңге кепілақы", "5000 сом күрөө").
    patterns: {
      en: ['deposit', 'pledge'],
      ru: ['залог*', 'депозит', 'депозит(а|у|ом|ы)'],
      kk: ['кепілақы*', 'кепіл ақы*', 'депозит*'],
      ky: ['күрөө*', 'депозит*'],
      uz: ['zalog*', 'depozit*', 'kafolat puli', 'garov puli'],
      tg: ['гарав*', 'депозит*', 'залог*', 'пули гарав', 'пули кафолат'],
      tk: ['girew*', 'depozit*', 'zalog*'],
    },
  }),
  concept({
    id: 'service',
    // What a recruitment fee is said to pay for: a visa, papers, processing, an invitation, placement, agency services,
    // a representative's service ("вакил хизмати").
    patterns: {
      en: ['visa', 'visas', 'visa support', 'work permit*', 'permit*', 'paperwork', 'processing', 'document preparation', 'preparation of (the )?documents', 'registration', 'placement', 'agency (service*|commission)', 'our (service|services)', 'recruitment service*', 'invitation*', 'sponsorship', 'medical (check*|exam*|test*)', 'insurance', 'full package', '(visa|document|documents|service|services|job|work|employment) package', 'package (price|cost|fee)', '(guarantee|guaranteed) package*', 'job guarantee*', '(language|training|preparation|preparatory|pre departure) course*', 'course fee*', 'guarantee (fee|deposit|money)', 'training (fee|course*)', 'programme (cost*|fee*|price*)', 'program (cost*|fee*|price*)', '(cost|price) of the (programme|program)', 'certificate of sponsorship', 'sponsorship certificate*'],
      ru: ['оформл*', 'виз(а|у|ы|ой|е)', 'визов*', 'разрешени* на работу', 'патент*', 'приглаш*', 'регистрац*', 'услуг* (по )?трудоустройств*', 'за трудоустройство', 'платн* трудоустройств*', 'услуг*', 'медкомисси*', 'медосмотр*', 'справк*', 'страховк*', 'пакет* (услуг|документов)', 'пакет* гаранти*', 'гаранти* (пакет*|трудоустройств*)', '(языков*|подготовительн*) курс*', 'курс* (языка|по языку)', 'гарант', '(за|на) гарант*', 'тренинг*', 'стоимость программ*', 'программ* стоит', 'сертификат* спонсор*', 'спонсорск* сертификат*'],
      kk: ['рәсімдеу*', 'виза*', 'құжат (дайындау*|жинау*|рәсімдеу*)', 'шақыру*', 'тіркеу*', 'жұмысқа орналастыру*', 'қызмет (ақысы|құны|төлем*)', 'агенттік қызмет*', 'қызметтері*', 'біздің (қызмет|қызметіміз|қызметтер)', 'қызметіміз*', 'сақтандыру*', 'медициналық (тексеру*|анықтама*)', 'патент*', 'жұмыс рұқсат*', '(кепілдік|гарантия) пакет*', 'агенттіктің қызмет*', 'агенттігіміздің қызмет*', 'тіл курс*', 'дайындық курс*', 'курс (ақысы|құны)', '(кепілдік|гарантия) (ақы*|үшін)', 'бағдарлама (құны|ақысы)', '(демеушілік|спонсорлық) сертификат*'],
      ky: ['тариздөө*', 'виза*', 'чакыруу*', 'каттоо*', 'ишке орноштуруу*', 'кызмат (акысы|баасы|төлөм*)', 'агенттик кызмат*', 'кызматтары*', 'биздин (кызмат|кызматыбыз|кызматтар)', 'кызматыбыз*', 'камсыздандыруу*', 'медициналык (текшерүү*|маалымкат*)', 'патент*', 'иштөөгө уруксат*', '(кепилдик|гарантия) пакет*', 'агенттиктин кызмат*', 'агенттигибиздин кызмат*', 'тил курс*', 'даярдоо курс*', 'курс (акысы|баасы)', '(кепилдик|гарантия) (акы*|үчүн)', 'программанын (баасы|акысы)', 'спонсордук сертификат*', 'документтер'],
      uz: ['vakil xizmat*', 'rasmiylashtir*', 'viza*', 'taklifnoma*', "ro'yxat*", 'ishga joylash*', 'agentlik xizmat*', 'xizmat (haqi|narxi|puli|toʻlov*)', 'xizmatlar*', 'bizning (xizmat|xizmatimiz|xizmatlar)', 'xizmatimiz*', "sug'urta*", "tibbiy (ko'rik*|tekshiruv*)", 'patent*', 'ruxsatnoma*', "hujjat* (tayyorla*|yig'i*)", '(garantiya|kafolat) paket*', 'ish kafolati', 'agentligimiz xizmat*', 'agentlikning xizmat*', 'til kurs*', 'tili kurs*', 'tayyorlov kurs*', 'oʻquv kurs*', 'kurs (puli|narxi|toʻlovi|haqi)', 'kursi uchun', 'garant', 'garantiya*', 'kafolat (uchun|puli)', 'oformleni*', 'oformit*', 'registratsiya*', 'propiska*', 'priglasheni*', 'trening*', 'dastur (narxi|puli)', '(homiylik|sponsorlik) sertifikat*'],
      tg: ['ҳуҷҷатгузорӣ*', 'омода кардани ҳуҷҷат*', 'раводид*', 'виза*', 'даъватнома*', 'бақайдгирӣ*', 'ба кор ҷойгир*', 'хизматрасон*', 'хизмати (агентӣ|мо)', 'хизматҳо*', 'суғурта*', 'муоинаи тиббӣ', 'патент*', 'иҷозатнома*', '(бастаи|пакети) кафолат*', 'кафолати кор', 'курси (забон*|омӯзиш*|тайёрӣ)', 'курсҳои (забон*|тайёрӣ)', 'омӯзиши забон*', 'гарант', 'кафолат (пул*|маблағ*)', 'пули кафолат', 'регистратсия*', 'арзиши барнома*', 'сертификати (спонсорӣ|сарпарастӣ)'],
      tk: ['resmileşdir*', 'wiza*', 'çakylyk*', 'hasaba al*', 'işe ýerleşdir*', 'hyzmat (haky|bahasy|nyrhy|töleg*)', 'agentlik hyzmat*', 'hyzmatlary*', 'biziň (hyzmat|hyzmatymyz|hyzmatlar)', 'hyzmatymyz*', 'ätiýaçlandyr*', 'lukmançylyk barlag*', 'patent*', 'rugsatnama*', '(resminama*|dokument*) taýýarla*', '(kepillik|garantiýa) paket*', 'agentligiň hyzmat*', 'agentligimiziň hyzmat*', 'agentligiň hyzmaty', 'agentligimiziň hyzmaty', 'dil kurs*', 'taýýarlyk kurs*', 'okuw kurs*', 'kurs (tölegi|puly|bahasy)', 'kursy üçin', 'garant', 'garantiýa (puly|üçin)', 'kepillik (puly|üçin)', 'oformleni*', 'registrasiýa*', 'propiska*', 'çagyryş*', 'trening*', 'programmanyň (bahasy|tölegi)', 'sponsorlyk sertifikat*'],
    },
  }),
  concept({
    id: 'advance',
    // Paid before the job starts: upfront, before departure.
    patterns: {
      en: ['upfront', 'up front', 'in advance', 'beforehand', 'before (departure|you leave|the flight|travel|you fly)', 'advance payment'],
      ru: ['вперед', 'заранее', 'до (вылета|выезда|отъезда|поездки|отправки)', 'предоплат*'],
      kk: ['алдын ала', 'ұшар алдында', 'кетер алдында'],
      ky: ['алдын ала', 'учар алдында', 'кетер алдында'],
      uz: ['oldindan', 'avvaldan', "jo'nashdan oldin", 'uchishdan oldin', "yo'lga chiqishdan oldin"],
      tg: ['пешакӣ', 'пеш аз (парвоз|сафар|рафтан)'],
      tk: ['öňünden', 'gitmezden öň', 'uçmazdan öň', 'ugramazdan öň'],
    },
  }),
  concept({
    id: 'worker-pays',
    // At the worker's own expense: with a sum beside it, the worker is paying for what the recruiter arranges.
    patterns: {
      en: ['at your own (expense|cost)', 'at own (expense|cost)', 'paid by you', 'you pay (for )?(it|them|this) yourself'],
      ru: ['за (свой|ваш|собственный) сч(е|ё)т', 'оплачиваете сами', 'сами оплачиваете'],
      kk: ['өз есебіңізден', 'өз есебіңнен', 'өз қалтаңыздан'],
      ky: ['өз эсебиңизден', 'өз эсебиңден', 'өзүңүздөн', 'өзүңдөн'],
      uz: ['oʻz hisobingizdan', 'oʻz hisobingdan', 'oʻzingizdan', 'oʻzingdan'],
      tg: ['аз ҳисоби худ(атон|ат)?', 'аз кисаи худ(атон|ат)?'],
      tk: ['öz hasabyňyzdan', 'öz hasabyňdan', 'özüňizden', 'özüňden'],
    },
  }),
  concept({
    id: 'employer-pays',
    // The employer pays, or it is free: a fee, service or card in such a clause is not the worker paying.
    patterns: {
      en: ['(paid|covered|provided|reimbursed) by', 'we (will )?(pay|cover)', '(employer|company|operator|sponsor|hotel|farm|factory|plant) (pays|will pay|covers|will cover)', 'employer pays', 'company pays', "(employer|company)'s expense", 'at (our|the company|the employer) expense', 'free', 'free of charge', 'included', 'covered', 'reimburs*', 'refund*', '(family|host family|host) (pays|will pay|covers|will cover)'],
      ru: ['за счет', 'за наш* сч(е|ё)т', 'бесплатн*', '(работодател*|компани*|оператор*|отел*|гостиниц*|завод*|фабрик*|ферм*) ~ (оплачивает|оплатит|платит|берет на себя)', 'оплачивает (работодател*|компани*|фирм*|отел*|гостиниц*|завод*|фабрик*|ферм*)', 'компенсир*', 'возмеща*', 'возмещ*', '(семья|хозя*) ~ (оплачивает|оплатит|платит)'],
      kk: ['есебінен', 'тегін', 'өтеледі', '(жұмыс беруші*|компания*|оператор*|қонақүй*|отель*|зауыт*|фабрика*|ферма*) ~ төлейді', 'өзі төлейді', '(отбасы*|қожайын*) ~ төлейді', 'біздің есебімізден', '(өзіміз|біз) төлейміз', 'тарапынан (төленеді|өтеледі)', '(жұмыс беруші*|компания*) ~ (мен|пен|және) ~ төлейді'],
      ky: ['эсебинен', 'акысыз', 'тарабынан', '(иш берүүчү*|компания*|оператор*|мейманкана*|отель*|завод*|фабрика*|ферма*) ~ төлөйт', 'өзү төлөйт', '(үй бүлө*|кожоюн*) ~ төлөйт', 'биздин эсебибизден', '(өзүбүз|биз) төлөйбүз', '(иш берүүчү*|компания*) ~ (жана|менен) ~ төлөйт'],
      uz: ['hisobidan', 'bepul', 'tekin', 'qoplanadi', "(ish beruvchi*|kompaniya*|operator*|mehmonxona*|zavod*|fabrika*|ferma*) ~ to'laydi", "o'zi to'laydi", '(oila*|xoʻjayin*) ~ toʻlaydi', '(bizning )?hisobimizdan', '(oʻzimiz|biz) toʻlaymiz', 'tomonidan (toʻlanadi|qoplanadi)', '(ish beruvchi*|kompaniya*) ~ va ~ toʻlaydi'],
      tg: ['аз ҳисоби (корфармо*|ширкат*|мо|кордиҳанда*)', 'ройгон', 'бепул', '(корфармо*|ширкат*|оператор*|меҳмонхона*|завод*|фабрика*|ферма*) ~ пардохт мекунад', '(оила*|соҳиб*) ~ пардохт мекунад', 'мо пардохт мекунем', 'аз ҳисоби худамон', 'аз тарафи (корфармо*|ширкат*)', '(корфармо*|ширкат*) ~ ва ~ пардохт мекунад'],
      tk: ['tarapyndan', 'hasabyndan', 'mugt', '(iş berij*|kompaniýa*|operator*|myhmanhana*|zawod*|fabrik*|ferma*) ~ töleýär', '(maşgala*|hojaýyn*) ~ töleýär', 'hasabyna', 'biz töleýäris', 'öz hasabymyzdan', '(iş berij*|kompaniýa*) ~ we ~ töleýär'],
    },
  }),
  concept({
    id: 'employer-refunds',
    // The employer named as the one who pays a cost back ("Visa fee (£298) refunded by the farm"):
    // with the cost in one sentence it is not a recruitment fee, even across a bracket. A refund
    // with no one named ("deposit refunded after 3 months") is still the deposit a recruiter keeps.
    patterns: {
      en: ['(refunded|reimbursed|paid back) by (the )?(farm|employer|company|operator)', '(farm|employer|company|operator) (refunds|reimburses|will refund)'],
      ru: ['(работодатель|компания|ферма) ~ (возвращает|вернет|возмещает|компенсирует)'],
      kk: ['(жұмыс беруші|компания|ферма) ~ (қайтарады|өтейді)'],
      ky: ['(иш берүүчү|компания|ферма) ~ (кайтарат|кайтарып берет)'],
      uz: ['(ish beruvchi|kompaniya|ferma) ~ (qaytaradi|qoplaydi|qaytarib beradi)'],
      tg: ['(корфармо|ширкат|ферма) ~ (бармегардонад|ҷуброн мекунад)'],
      tk: ['(iş beriji|kompaniýa|ferma) ~ (gaýtarýar|gaýtaryp berýär)'],
    },
  }),
  concept({
    id: 'part-share',
    // A part of a cost, not all of it: "half the ticket is paid by the family" ("Чипта ярмини оила
    // тўлайди") is no free travel.
    patterns: {
      en: ['half', 'part of', '#%'],
      ru: ['половин*', 'част(ь|и|ично)', '#%'],
      kk: ['жартысы*', 'жартысын*', 'бөлігі*', '#%'],
      ky: ['жарымы*', 'жарымын*', 'бөлүгү*', '#%'],
      uz: ['yarmi*', 'yarmini', 'qismi*', '#%'],
      tg: ['нисф*', 'қисм*', '#%'],
      tk: ['ýarysy*', 'ýarysyny', 'bölegi*', '#%'],
    },
  }),
  concept({
    id: 'card',
    // A bank card, or the bank or wallet of one.
    patterns: {
      en: ['card', 'bank card', 'debit card', 'card number', 'kaspi*', 'sberbank*', 'sber', 'humo', 'uzcard', 'mbank', 'elcart', 'tinkoff*', 'korti milli', 'alif', 'halyk*', 'click', 'payme'],
      ru: ['карт(а|у|ы|е|ой|очк*)', 'сбер*', 'каспи*', 'тинькофф*', 'хумо', 'узкард*', 'мбанк*'],
      kk: ['карта*', 'картаға', 'каспи*'],
      ky: ['карта*', 'мбанк*', 'элкарт*'],
      uz: ['karta*', 'plastik*', 'kartochka*'],
      tg: ['корт(и|ро|ам|аш|ҳо|ҳои)', 'корт'],
      tk: ['kart', 'karta*', 'kartyna', 'kartyňyza', 'kartasyna'],
    },
  }),
  concept({
    id: 'transfer',
    negatable: true,
    // The worker sending money: transfer, send, top up.
    patterns: {
      en: ['transfer*', 'send (the |your )?(money|payment|fee)', 'send it', 'wire*', 'top up'],
      ru: ['переве(дите|сти|дете|ди|дешь)', 'перевод*', 'перечисл*', 'скин(ьте|уть|ешь|ете|ь)', 'кин(ьте|уть)', 'пополн*', 'кинь'],
      kk: ['аудар*', 'салыңыз', 'салу керек', 'жіберіңіз', 'салып (жіберіңіз|қойыңыз)'],
      ky: ['котор*', 'салыңыз', 'салуу керек', 'жибериңиз', 'салып коюңуз', 'жөнөтүңүз'],
      uz: ["o'tkaz*", 'tashla(ng|ysiz|sh kerak)', "jo'nating", 'yuboring', 'tashlab (qoʻying|berasiz|yuboring)', 'tashab qoʻying', 'kiriting'],
      tg: ['гузарон*', 'интиқол*', 'равон (кунед|мекунед)', 'фиристед', 'партоед'],
      tk: ['geçir*', 'ugrad*', 'iberiň*', 'ibermeli', 'salyň'],
    },
  }),
  // --- debt --------------------------------------------------------------------------------------
  concept({
    id: 'repay',
    negatable: true,
    // Paying back, deducting, owing: a cost turned into a debt.
    patterns: {
      en: ['pay* back', 'repay*', 'repaid', 'deduct*', 'owe', 'owed', 'owing', 'debt*', 'loan*', 'take* (it )?(from|out of)', 'taken (from|out of)', 'withheld', 'withhold*', 'installment*', 'instalment*', 'work (it )?off'],
      ru: ['вычт*', 'вычит*', 'вычет*', 'высчит*', 'удерж*', 'погаш*', 'погас(ить|ите)', 'верн(ете|ешь|уть)', 'возвра(щаете|тите)', 'отдад(ите|ишь)', 'долг*', 'в счет', 'в кредит', 'займ*', 'рассрочк*', 'отработа*', '(оплат*|заплат*|плат*) (потом|позже|после)', 'отработк*'],
      kk: ['өтей*', 'өте(йсіз|йсің|у|лу)', 'қайтар(асыз|асың|у)', 'ұстал*', 'шегер*', 'қарыз*', 'несие*', 'бөліп төле*', 'істеп (төле*|өтей*|қайтар*)', 'ұстап (қаламыз|қалады|аламыз|қалынады)', 'ұстаймыз', 'кесіледі', 'кесіп (қаламыз|аламыз)', 'алып қаламыз', 'өтеп (бересің|бересіз|беру*|шығ*)', '(толық )?жапқанша'],
      ky: ['кайтар(асыз|ып бересиз|уу)', 'кармал*', 'кармап калабыз', 'кесил*', 'кесеби*', 'карыз*', 'насыя*', 'бөлүп төлө*', 'иштеп (төлө*|кайтар*)', 'кармайбыз', 'кармап (алабыз|турабыз)', 'кесип (калабыз|алабыз|калынат)', 'кесебиз', 'алып калабыз', 'иштеп бер(есиң|есиз|үү*)', '(толук )?жапканча'],
      uz: ['qaytar(asiz|ib berasiz|ish*)', 'ushlab qol*', 'ushlan*', 'chegir*', 'qarz*', 'uz(asiz|ish)', 'nasiya*', "bo'lib to'la*", "ishlab (to'la*|uz*|qaytar*)", 'ayirib (olinadi|qolinadi|olamiz|qolamiz)', 'ayiriladi', 'kesib (qolinadi|qolamiz|olinadi|olamiz)', 'kesiladi', 'olib qolinadi', 'olib qolamiz', 'kam qilinadi', 'qoplaysiz', 'qoplab berasiz', 'ishlab berasiz', 'olinib boriladi', 'yopguncha', 'uzguncha'],
      tg: ['тарҳ*', 'мебарор(ем|анд|ад)', 'бароварда (мешавад|мегирем)', 'қарз*', 'баргардон(ед|идан)', 'кам карда (мешавад|мешаванд|мегирем|мекунем)', 'кам мекунем', 'бурида (мешавад|мегирем|мемонем)', 'аз (маош*|музд*) ~ (гирифта|кам|тарҳ) (мешава*|мекунем|мегирем|карда)', 'кор карда (медиҳед|мепӯшонед|баргардон*)', 'мепӯшонед'],
      tk: ['tutul*', 'tutar(ys|lar)', 'aýryl*', 'aýyrar*', 'gaýtar(arsyňyz|maly|yp berersiňiz)', 'bergi*', 'karz*', 'ödär*', 'ödemeli', 'işläp (töle*|öde*|gaýtar*)', 'tutýarys', 'tutýar', 'tutýarlar', 'tutuljak', 'tutup (galýarys|galarys|galýar|alýarys)', 'kesilýär', 'kesýäris', 'keseris', 'aýyrýarys', 'aýyrýar', 'ödeýärsiňiz', 'işläp berýärsiňiz', 'gaýtarýarsyňyz', 'ýapýança', 'işläp ber(ersiňiz|mek*|meli)'],
    },
  }),
  concept({
    id: 'later',
    // Later, after arrival: paying later is owing.
    patterns: {
      en: ['later', 'afterwards', 'after you (start|arrive)', 'from your first'],
      ru: ['потом', 'позже', 'позднее', 'после (приезда|прибытия|начала работы|первой)'],
      kk: ['кейін', 'кейінірек', 'соңынан', 'кейіннен', 'артынан'],
      ky: ['кийин', 'кийинчерээк'],
      uz: ['keyin', 'keyinroq', 'keyinchalik'],
      tg: ['баъд', 'баъдтар', 'пас аз', 'баъдан', 'минбаъд', 'дертар'],
      tk: ['soňra', 'soň', 'soňundan', 'soňrak', 'soňy bilen'],
    },
  }),
  concept({
    id: 'wages',
    // The worker’s pay, and pay sent to the worker on a schedule or to the worker's own card
    // ("Har hafta kartaga toʻlanadi", "пардохт ҳар 2 ҳафта ба корти худатон"). A Turkic final k or q turns voiced before a vowel (айлық → айлығы, oylik →
    // oyligi, aýlyk → aýlygy), so both stems are listed. Money sent to "your" card ("картаңызға",
    // "kartyňyza"), pay that "lands" on the card ("картага түшөт") or "is paid by card" in the
    // passive ("kart arkaly tölenýär") comes to the worker; a fee is asked in the second person
    // ("төлейсіз", "tölemeli") or to someone else's card, so "your card" is pay only with a verb
    // in the passive. A schedule is pay too: money paid every two weeks or on set days of the month
    // ("на 5 и 20 число", "айдын 5 жана 20-күнү", "пардохт ба корт ҳар 2 ҳафта") is a wage, a fee is
    // paid once; so are a rate per piece of work ("оплата 700 ₽ за карточку", "per article") and
    // the employer paying to a card in the first person ("платим на любую карту").
    patterns: {
      en: ['on the # (and #)? of (each|every) month', 'every (two|three|#) weeks', '(biweekly|bi weekly|fortnightly)', '(per|for each) (piece|article|product card|item|order|delivery|episode|page|text|design)', 'we pay (to )?(any|your) (card|bank card|account)', 'salary', 'salaries', 'wage*', 'paycheck', 'earnings', 'income', '(your|first|monthly|weekly|net|take home) pay', 'pay rate', 'payout*', 'paid (daily|weekly|monthly|every (day|week|month))', 'paid every # (days|weeks)', 'paid (once|twice|# times) a (week|month)', '(to|into) your own (card|bank card|account)', 'paid (to|into) your (card|bank card|account)', '(payment|payout|pay) (every|each) (day|week|month)', 'weekly (payment|payments|payout|payouts)', 'daily (payout*|payment*|pay)'],
      ru: ['# (и #)? числ(а|о) (каждого )?месяц*', 'каждые (две|три|#) недел*', '(раз в|каждые) (две|2) недели', '(оплата|платим|плачу|ставка) # ~ за (карточку|статью|текст|изделие|штуку|заказ|доставку|эпизод|серию|страниц*|макет|дизайн|единицу)', '(платим|выплачиваем|перечисляем|переводим) ~ на (любую|вашу|свою|вашу личную) (карту|карточку)', 'зарплат*', 'зп', 'з/п', 'заработ*', 'оклад*', 'получк*', 'оплат* труда', 'доход*', 'выплат* (ежедневно|еженедельно|каждый день|каждую неделю|раз в неделю|каждые)', 'на (вашу|свою) собственн* (карту|карточку)', '(выплачива*|перечисля*|зачисля*|приход*|поступа*) ~ на (вашу|свою|твою) (карту|карточку)', '(приходит|поступает|поступают|приходят) на карту', 'аванс и (основная|остаток|расч(е|ё)т)', '(оплата|выплата|выплаты|расч(е|ё)т) (каждую неделю|еженедельно|каждый день|ежедневно|каждый месяц|ежемесячно|раз в неделю)', '(ежедневн*|еженедельн*) (выплат*|оплат*)'],
      kk: ['айдың # (және # )?күні', 'айдың # (және # )?күндері', '(әр|екі|#) апта сайын', '(әр )?(екі|#) аптада бір (рет|мәрте)', 'жалақы*', 'айлық*', 'айлығ*', 'еңбекақы*', '(апта|ай|күн|жұма) сайын ~ (төленеді|аударылады|беріледі|картаға)', '(аптасына|айына) (бір|екі|#) рет ~ (төленеді|аударылады|беріледі)', 'өз картаңызға', 'картаңызға ~ (аударылады|төленеді|түседі|салынады)', 'картаға түседі', 'карта арқылы төленеді', 'төлем (апта|ай|күн) сайын', 'төлем (әр|күнде) (апта*|ай*|күн*)', 'есеп айырысу*', 'күнделікті төлем*', 'апталық төлем*'],
      ky: ['айдын # (жана # )?күнү', 'айдын # (жана # )?күндөрү', '(эки|#) жумада бир (жолу|ирет)', 'айлык*', 'айлыг*', 'маяна*', 'эмгек акы*', '(жума|ай|күн) сайын ~ (төлөнөт|которулат|берилет|картага)', 'ар (жума|жуманын|айдын|күнү|айда|жумада) (аягында|башында|сайын)? ~ (төлөнөт|которулат|берилет|картага)', '(жумасына|айына) (бир|эки|#) (жолу|ирет) ~ (төлөнөт|которулат|берилет)', 'өз картаңызга', 'картаңызга ~ (которулат|төлөнөт|түшөт|салынат)', 'картага түшөт', 'карта аркылуу төлөнөт', 'төлөм (жума|ай|күн) сайын', 'төлөм ар (жума*|ай*|күн*)', 'эсеп кысап*', 'күнүмдүк төлөм*', 'жумалык төлөм*'],
      uz: ['(har )?oyning # (va # )?(sanasi|kuni|sanalari|kunlari)', '(har )?(ikki|#) haftada bir (marta|bor)', 'maosh*', 'oylik*', 'oylig*', "ish haq*", 'har (kun|kuni|hafta|haftada|oy|oyda) ~ (toʻlanadi|oʻtkaziladi|beriladi)', '(haftasiga|oyiga) (bir|ikki|#) (marta|bor) ~ (toʻlanadi|oʻtkaziladi|beriladi)', '(avans|oldindan toʻlov) va (asosiy|qolgan*|oylik*)', 'oʻz kartangizga', 'kartangizga ~ (oʻtkaziladi|toʻlanadi|tushadi)', 'kartaga tushadi', 'karta orqali toʻlanadi', 'toʻlov har (kun*|hafta*|oy*)', 'toʻlov (haftasiga|oyiga|kuniga) (bir|ikki|#)', 'hisob kitob*', 'kunlik toʻlov*', 'haftalik toʻlov*'],
      tg: ['маош*', 'музд*', 'моҳона*', 'пардохт ҳар (# )?(рӯз|ҳафта|моҳ)', 'пардохт ба корт ҳар (# )?(рӯз|ҳафта|моҳ)', '(санаи|рӯзи) # (ва # )?(и )?ҳар моҳ', 'ҳар (ду|#) ҳафта (як бор|пардохт*)', '(пешпардохт|аванс) ва (асосӣ|боқимонда*|маош*)', '(ҳафтае|моҳе) (як|ду|#) (бор|маротиба) ~ (пардохт мешавад|гузаронида мешавад|дода мешавад)', 'ҳар (# )?(рӯз|ҳафта|моҳ) ~ (пардохт мешавад|гузаронида мешавад|дода мешавад)', 'ба корти (худ(атон|ат)?|шумо)', 'пардохт ҳар (# )?(рӯз|ҳафта|моҳ) ~ ба корт*', 'ҳисоббаробаркунӣ*', 'пардохти (ҳаррӯза|ҳарҳафтаина)'],
      tk: ['her aýyň # (we # )?(senesi|güni|seneleri|günleri)', '(iki|#) hepdede bir (gezek|sapar)', 'aýlyk*', 'aýlyg*', 'zähmet hak*', 'her (gün|hepde|aý) ~ (tölenýär|geçirilýär|berilýär)', '(hepdede|aýda) (bir|iki|#) (gezek|sapar) ~ (tölenýär|geçirilýär|berilýär)', 'öz kartyňyza', '(kartyňyza|kartaňyza) ~ (geçirilýär|tölenýär|düşýär|berilýär)', 'karta* düşýär', 'kart* arkaly tölenýär', 'töleg her (gün*|hepde*|aý*)', 'hasaplaşyk*', 'gündelik töleg*', 'hepdelik töleg*'],
    },
  }),
  concept({
    id: 'tax',
    // Taxes and social contributions: lawfully taken from pay.
    patterns: {
      en: ['tax*', 'national insurance', 'social (security|contributions|insurance)', 'pension*'],
      ru: ['налог*', 'ндфл', 'пенсионн*', 'страхов* взнос*', 'социальн* страхов*', 'соцстрах*'],
      kk: ['салық*', 'зейнетақы*', 'әлеуметтік сақтандыру*'],
      ky: ['салык*', 'пенсия*', 'социалдык камсыздандыруу*'],
      uz: ['soliq*', 'pensiya*', "ijtimoiy sug'urta*"],
      tg: ['андоз*', 'нафақа*', 'суғуртаи иҷтимоӣ'],
      tk: ['salgyt*', 'pensiýa*', 'sosial ätiýaçlandyryş*'],
    },
  }),
  // --- freedom of movement ----------------------------------------------------------------------
  concept({
    id: 'leave',
    // Leaving a place, a job or a country; going out.
    patterns: {
      en: ['leave (the )?(premises|compound|site|hotel|dormitory|dorm|house|home|country|city|farm|camp|job|work|apartment|accommodation|villa)', 'go out*', 'going out', 'go outside', 'go (home|back home)', '(go back|return|returning) (home|to (your )?(home country|homeland))', 'quit*', 'leaving (the )?(premises|compound|site|hotel|house|job|country)'],
      ru: ['(выходить|выйти|выход) (из|за|в город|на улицу|с территории|одн*|самостоятельно)', 'уехать', 'уезжать', 'покида*', 'покинуть', 'выезжать', 'выехать', 'выезд (из|за|с)', 'уволиться', 'вернуться домой', '(вернуться|возвращаться|ездить|поехать) (на родину|домой)'],
      kk: ['шығу*', 'шыға алмай*', 'шығасыз', 'кету*', 'кете алмай*', 'жұмыстан кет*', 'үйге қайт*', '(елге|отанға|қазақстанға) қайту*', 'сыртқа', 'қалаға (шығ*|бар*)', 'жалғыз (шығу*|жүру*)', 'кетуге', 'жұмыстан шығу*', 'үйге (қайта|кете) алмай*'],
      ky: ['чыгуу*', 'чыга албай*', 'кетүү*', 'кете албай*', 'үйгө кайт*', '(элге|мекенге|кыргызстанга) кайтуу*', 'сыртка', 'шаарга (чыг*|бар*)', 'жумуштан кет*', 'иштен кет*', 'жалгыз (чыгуу*|жүрүү*)', 'кетүүгө', 'жумуштан чыгуу*', 'үйгө кете албай*'],
      uz: ['chiqish*', 'chiqib ket*', 'ketish*', 'ketolmay*', 'uyga qayt*', 'ishdan ket*', 'tark et*', "ko'chaga chiq*", 'chiqil*', '(vatanga|oʻzbekistonga|uyga) qaytish*', 'tashqariga', 'shaharga (chiq*|bor*)', 'chiqa olmay*', 'chiqishga', 'ketib boʻlmaydi', 'yolgʻiz (yurish*|chiqish*)', 'uvoln*', 'ishdan boʻshash*'],
      tg: ['баромад*', 'рафтан', 'рафта наметавон*', 'тарк (кардан|карда)', 'ба хона баргаштан', 'ба (ватан|тоҷикистон) баргаштан*', 'ба берун', 'берун (баромадан|рафтан|мебароед|намебароед)', 'ба шаҳр (рафтан|баромадан)', 'аз кор рафтан', 'корро партофтан', 'танҳо (баромадан|гаштан)', 'рафтанатон', 'баргаштан', 'ба (ватан|хона) рафтан', 'аз кор баромадан'],
      tk: ['çykmak', 'çykyp', 'çykyş*', 'gitmek', 'gitmäge', 'gidip', 'öýe gaýt*', 'işden çyk*', '(watana|türkmenistana) gaýt*', 'daşaryk', 'daşary çyk*', 'çykmaga', 'çykyp bilmeýärsiňiz', 'şähere (çyk*|git*)', 'işden gitmek', 'ýeke (çykmak|gezmek)', 'uwoln*'],
    },
  }),
  concept({
    id: 'restriction',
    // Not allowed, or only with someone’s permission.
    patterns: {
      en: ['not allowed', 'not permitted', 'forbidden', 'prohibited', 'cannot', "can't", 'may not', 'only with (the )?(permission|approval|consent)', 'without permission', 'not possible', 'only (with|accompanied by) (a |the |your )?(supervisor|escort|manager|driver|chaperone|guard|boss|foreman|coordinator)'],
      ru: ['нельзя', 'запрещ*', 'не разреша*', 'не допуска*', 'невозможн*', 'только с (разрешени*|согласи*|ведома)', 'без разрешени*', 'не положено', 'не отпуска*', 'только (с|в сопровождении) (куратор*|охран*|менеджер*|старш*|бригадир*|сопровождающ*|водител*|супервайзер*)'],
      kk: ['болмайды', 'тыйым салын*', 'тыйым*', 'рұқсатымен', 'рұқсатсыз', 'рұқсат (берілмейді|жоқ)', 'мүмкін емес', 'жол берілмейді', 'тек (куратор*|бригадир*|менеджер*|қожайын*|супервайзер*|бақылаушы*)', 'жібермейміз'],
      ky: ['болбойт', 'тыюу*', 'уруксаты менен', 'уруксатсыз', 'уруксат (берилбейт|жок)', 'мүмкүн эмес', '(көзөмөлчү*|куратор*|бригадир*|менеджер*|кожоюн*|супервайзер*) менен гана', 'жибербейбиз'],
      uz: ['mumkin emas', 'taqiqlan*', 'man etil*', '(ruxsat|ruxsati) bilan', '(ruxsatsiz|ruxsatisiz)', "ruxsat (berilmaydi|yo'q)", '(ijozat|ijozati) bilan', 'ijozatsiz', 'chiqilmaydi', '(ketol|chiqol)maysiz', 'faqat (nazoratchi*|kurator*|brigadir*|menejer*|usta*|xoʻjayin*|supervayzer*|rahbar*) (bilan|hamrohligida)', 'qoʻyib yubormaymiz', 'qilolmaysiz', '(faqat )?guruh boʻlib', 'soprovojdayushiy*'],
      tg: ['мумкин нест', 'манъ*', '(бо|бе) иҷозати', 'иҷозат (нест|дода намешавад)', 'наметавон*', 'танҳо (бо|ҳамроҳи) (супервайзер*|нозир*|роҳбар*|менеҷер*|бригадир*|куратор*|усто*|соҳиб*)', '(бо|бе) (иҷозат|рухсат)', '(бо|бе) рухсати', 'намегузорем'],
      tk: ['bolmaýar', 'gadagan*', '(rugsat|rugsady) bilen', 'rugsatsyz', 'rugsat (berilmeýär|ýok)', 'bolanok', 'diňe (gözegçi*|kurator*|brigadir*|menejer*|ussa*|hojaýyn*|supervaýzer*) bilen', 'goýbermeýäris'],
    },
  }),
  concept({
    id: 'unskilled-job',
    // Work that needs no training: pay far above the typical wage is not what such work pays.
    patterns: {
      en: ['courier*', 'delivery (driver*|rider*|worker*)', 'cleaner*', 'cleaning (staff|job*|work)', 'housekeep*', 'maid*', 'housemaid*', 'nanny', 'nannies', 'babysitter*', 'caregiver*', 'care worker*', 'waiter*', 'waitress*', 'dishwasher*', 'loader*', 'packer*', 'warehouse (worker*|staff|operative*)', 'picker*', 'farm (worker*|work|job*)', 'fruit picking', 'labourer*', 'laborer*', 'construction worker*', 'handyman', 'kitchen (assistant*|helper*|staff)', 'promoter*'],
      ru: ['курьер*', 'уборщи*', 'клининг*', 'горничн*', 'домработниц*', 'нян(я|и|ю|ей)', 'сиделк*', 'официант*', 'посудомой*', 'грузчик*', 'упаковщи*', 'комплектовщи*', 'разнорабоч*', 'подсобн* рабоч*', 'сборщи*', 'фасовщи*', 'работник* склада', 'рабоч* на склад*', 'сбор* (урожая|ягод|клубники|фруктов)', 'промоутер*'],
      kk: ['курьер*', 'тазалаушы*', 'үй қызметші*', 'бала күтуші*', 'даяшы*', 'жүкші*', 'қойма жұмысшы*', 'құрылыс жұмысшы*', 'көмекші жұмысшы*'],
      ky: ['курьер*', 'тазалоочу*', 'үй кызматчы*', 'бала кароочу*', 'официант*', 'жүк ташуучу*', 'курулуш жумушчу*', 'кара жумуш*'],
      uz: ['kuryer*', 'kurer*', 'farrosh*', 'tozalovchi*', 'uy xizmatchi*', 'enaga*', 'ofitsiant*', 'yukchi*', 'ombor ishchi*', 'qurilish ishchi*', 'qadoqlovchi*', 'qora ish*', 'mardikor*'],
      tg: ['курйер*', 'курьер*', 'фаррош*', 'тозакунанда*', 'хизматгори хона*', 'парастор*', 'пешхизмат*', 'боркаш*', 'коргари (анбор*|сохтмон*)', 'мардикор*'],
      tk: ['kurýer*', 'arassaçy*', 'öý hyzmatkär*', 'çaga seredij*', 'ofisiant*', 'ýükçi*', 'ammar işgär*', 'gurluşyk işçi*'],
    },
  }),
  concept({
    id: 'phone',
    // A mobile phone.
    patterns: {
      en: ['phone*', 'mobile*', 'cellphone*', 'smartphone*', 'sim card*'],
      ru: ['телефон*', 'смартфон*', 'мобильн*', 'сотов*'],
      kk: ['телефон*', 'ұялы*'],
      ky: ['телефон*', 'уюлдук*'],
      uz: ['telefon*', 'mobil*', 'smartfon*'],
      tg: ['телефон*', 'мобил*'],
      tk: ['telefon*', 'ykjam*', 'smartfon*'],
    },
  }),
  // --- papers a worker needs, said to be unnecessary --------------------------------------------
  concept({
    id: 'permit',
    // A work permit, a work visa or Russia's patent for migrants.
    patterns: {
      en: ['work permit*', 'work visa*', 'permit', 'permits', 'patent'],
      ru: ['патент*', 'разрешени* на работу', 'рабоч* виз*', 'трудов* виз*'],
      kk: ['патент*', 'жұмыс рұқсат*', 'жұмысқа рұқсат*', 'жұмыс виза*'],
      ky: ['патент*', 'иштөөгө уруксат*', 'жумуш уруксат*', 'жумушчу виза*'],
      uz: ['patent*', 'ruxsatnoma*', 'ishlash uchun ruxsat*', 'ish viza*', 'razreshenie*'],
      tg: ['патент*', 'иҷозатнома*', '(раводиди|визаи) корӣ', 'иҷозати кор*'],
      // Turkmen voices a final t before a vowel (rugsat → rugsady), as the wages' k does (aýlyk → aýlygy).
      tk: ['patent*', 'rugsatnama*', 'iş rugsat*', 'iş rugsad*', 'iş wiza*', 'razreşeni*'],
    },
  }),
  concept({
    id: 'visa-free',
    // Entering without a visa: lawful for a visit, never a right to work.
    patterns: {
      en: ['visa-free', 'visa free', 'no visa (is )?(needed|required)', 'without (a )?visa', 'visa (is )?(no|not a) problem', 'no problem with (the )?visa'],
      ru: ['безвиз*', 'без виз(ы)?', 'виза не (нужна|требуется)', 'виза не проблема', '(с визой|по визе) (проблем нет|нет проблем|не проблема)'],
      kk: ['визасыз', 'виза (қажет|керек) емес', 'визаның керегі жоқ', 'виза (мәселе|проблема) емес'],
      ky: ['визасыз', 'виза керек эмес', 'визанын кереги жок', 'виза (көйгөй|маселе|проблема) эмес'],
      uz: ['vizasiz', 'viza (kerak|shart) emas', 'viza (muammo|problema|masala) emas'],
      tg: ['бе (раводид|виза)', '(раводид|виза) (лозим|шарт|даркор) нест', '(раводид|виза) (мушкил|проблема) нест'],
      tk: ['wizasyz', 'wiza (gerek|hökman) däl', 'wiza (mesele|problema) däl'],
    },
  }),
  concept({
    id: 'tourist-entry',
    // Entering as a tourist or visitor: with visa-free entry, a stay that gives no right to work.
    patterns: {
      en: ['as (a )?(tourist*|visitor*)', '(on|with) (a |the |your )?(normal |regular |usual )?(tourist|visitor) (entry|stamp)', 'tourist entry'],
      ru: ['как турист*', 'туристом', 'в качестве туриста', 'по туристическ* (въезд*|штамп*)'],
      kk: ['турист (ретінде|болып)', 'туристік (кіріп|кіру*|болып|ретінде|пен|мен)', 'турист (болып )?кіріп', 'туристпен', 'туристікпен'],
      ky: ['турист (катары|болуп)', 'туристтик (кирип|кирүү*|болуп|катары|менен)', 'турист (болуп )?кирип', 'туристтик менен', 'турист менен'],
      uz: ['turist (sifatida|boʻlib|bilan)', 'turist (boʻlib )?kirib', 'turistik (kirib|kirish*|bilan)', 'sayyoh (sifatida|boʻlib)', 'sayyohlik (kirib|kirish*|bilan)'],
      tg: ['ҳамчун (сайёҳ|турист)', 'мисли (сайёҳ|турист)', '(сайёҳӣ|туристӣ) (даромада|медароед|ворид)'],
      tk: ['turist (hökmünde|bolup|bilen)', 'turist (bolup )?girip', 'turistik (girip|giriş*|bilen)'],
    },
  }),
  concept({
    id: 'student-visa',
    // A student visa: lawful for study, and for work only within its limits.
    patterns: {
      en: ['student visa*', 'study visa*'],
      ru: ['студенческ* виз*', 'учебн* виз*'],
      kk: ['студенттік виза*', 'оқу виза*'],
      ky: ['студенттик виза*', 'окуу виза*'],
      uz: ['talaba viza*', 'talabalik viza*', 'oʻquv viza*', 'student viza*'],
      tg: ['(визаи|раводиди) (донишҷӯӣ|таҳсилӣ|студентӣ)'],
      tk: ['talyp wiza*', 'okuw wiza*', 'student wiza*'],
    },
  }),
  concept({
    id: 'skip-classes',
    // Classes that need not be attended: a student visa used as a work visa.
    patterns: {
      en: ["(don't|do not|no need to|needn't|never) (attend|go to) (the )?(classes|lessons|school|university|college)", '(classes|lessons) (are )?(optional|not (required|needed|necessary))', 'no need to study', '(work|working) full time (instead|not study*)'],
      ru: ['(на )?(занятия|учебу|учёбу|пары|уроки) (можно )?(не ходить|не обязательно ходить|ходить не (нужно|надо|обязательно))', '(не|необязательно) (ходить|посещать) (на )?(занятия|учебу|учёбу|пары|уроки)', 'учиться не (нужно|надо|будете|обязательно)'],
      kk: ['сабаққа (бармасаң*|бармасаңыз*|бармайсыз|бармайсың|бару міндетті емес)', 'сабаққа бару (керек емес|қажет емес)', 'оқымайсыз', 'толық күн жұмыс*'],
      ky: ['сабакка (барбасаң*|барбасаңыз*|барбайсыз|барбайсың|баруу милдеттүү эмес)', 'сабакка баруу (керек эмес|кереги жок)', 'окубайсыз', 'толук күн иште*'],
      uz: ['darsga (bormasangiz*|bormasang*|bormaysiz|borish shart emas|borish kerak emas)', 'darslarga (bormasangiz*|bormasang*|bormaysiz|borish shart emas|borish kerak emas)', 'oʻqimaysiz', 'toʻliq (kun |stavka )?ishlaysiz'],
      tg: ['ба дарс* (наравед|наравӣ|рафтан лозим нест|рафтан шарт нест)', 'таҳсил намекунед', 'пурра кор мекунед'],
      tk: ['sapaga (gatnaşmasaňyz*|gatnaşmasaňam|gitmeseňiz*|gitmeseňem|gitmeli däl|gatnaşmaly däl)', 'okuwa (gitmeseňiz*|gitmeseňem|gitmeli däl)', 'okamaýarsyňyz', 'doly gün işle*'],
    },
  }),
  concept({
    id: 'sort-out',
    // "We will sort it out there", "then you find a job": the recruiter promising to fix a status
    // the worker lacks, or the job found only after entering. Or "already arranged" ("ГАИ билан
    // гаплашилган", "с ГАИ договорено"; tuning on N).
    patterns: {
      en: ['(legalize|legalise|legalized|legalised) (it |you |that )?(later|afterwards|there|on the spot)', 'we (will )?(legalize|legalise)', 'will (sort|fix|handle|arrange) (it|the rest|everything|that)( out)?', 'will be (sorted|solved|fixed|settled)( out)?', 'we ((will|can) )?(sort|fix|handle|arrange) (it|the rest|everything|that)', "we'll (sort|fix|handle|arrange) (it|the rest|everything|that)", '(find|get) (a )?(job|work) (there|on the spot|after (you )?arriv*)', '(are|is|has been|have been) (arranged|sorted|taken care of|paid off)', 'we have an (arrangement|agreement) with'],
      ru: ['(решится|решается|уладится|утрясется)', '(решим|решаем|порешаем|уладим)', '(решит|решат|уладит|уладят|порешает)', '(легализуем|легализуют|узаконим|узаконят)', 'сделаем (на месте|там|потом)', '(потом|позже|там|на месте) (сделаем|оформим|решим|оформляем)', '(устроитесь|устраиваетесь|устроим) на работу', 'договорено', 'договорились', 'всё схвачено', 'все схвачено', 'вопрос решён', 'вопрос решен', 'прикормлен*'],
      kk: ['шешеді', 'шешіп береді', 'заңдастырамыз', 'шешіледі', 'шешеміз', 'шешіп (береміз|беремыз)', 'реттейміз', 'жұмысқа (орналасасыз|орналасасың|орналастырамыз)', 'өзі (жасайды|шешеді|рәсімдейді)', 'жасап (береді|береміз)', 'реттеледі', 'реттеп (береміз|береді)', 'келісілген', 'сөйлесіп қойған*', 'келісіп қойған*'],
      ky: ['чечет', 'чечип берет', 'мыйзамдаштырабыз', 'чечилет', 'чечебиз', 'чечип беребиз', 'жөнгө салабыз', 'жумушка (орношосуз|орношосуң|орноштурабыз)', 'өзү (жасайт|кылат|чечет)', 'жасап (берет|беребиз)', 'оңдоп (берет|беребиз)', 'оңдолот', 'макулдашылган', 'сүйлөшүлгөн', 'сүйлөшүп койгон*'],
      uz: ['hal qiladi', 'hal qilib beradi', '(legallashtiramiz|qonuniylashtiramiz)', 'hal (qilinadi|boʻladi)', 'hal qilamiz', 'hal qilib beramiz', 'toʻgʻrilab beramiz', 'ishga (joylashasiz|joylashasan|joylashtiramiz)', 'oʻzi qiladi', 'oʻzlari qiladi', 'oʻzimiz qilamiz', 'qilib (beradi|beramiz|berishadi)', 'toʻgʻrilaymiz', 'toʻgʻrilanadi', 'toʻgʻrilab beradi', 'rasmiylashtirib (beramiz|beradi)', 'gaplashilgan', 'gaplashib qoʻyilgan', 'gaplashib qoʻyganmiz', 'kelishilgan', 'kelishib qoʻyilgan', 'kelishib qoʻyganmiz'],
      tg: ['ҳал мекунад', 'ҳал карда медиҳад', 'қонунӣ мекунем', 'ҳал мешавад', 'ҳал мекунем', 'ҳал карда медиҳем', 'ба кор ҷойгир (мешавед|мекунем)', 'худаш мекунад', 'худашон мекунанд', 'худамон мекунем', 'дуруст (мешавад|мешаванд|мекунем|мекунад)', 'дуруст карда (медиҳем|медиҳад)', 'гап задагӣ', 'гап зада шудааст', 'созиш шудааст', 'ҳал шудааст'],
      tk: ['çözer', 'çözüp berer', 'kanunlaşdyrarys', '(çözülýär|çözüler)', 'çözeris', 'çözüp berýäris', 'düzederis', 'işe (ýerleşersiňiz|ýerleşdirýäris|ýerleşdireris)', 'özi edýär', 'özi eder', 'özleri ederler', 'özümiz ederis', 'edip (berer|berýäris|bererler|berýär)', 'düzederler', 'düzedilýär', 'ylalaşylan', 'gepleşilen', 'gepleşip goýduk', 'ylalaşyp goýduk'],
    },
  }),
  concept({
    id: 'contract',
    // A written employment contract.
    patterns: {
      en: ['contract*', 'written agreement', 'paperwork'],
      ru: ['договор*', 'контракт*', 'трудов* договор*'],
      kk: ['келісімшарт*', 'еңбек шарт*'],
      ky: ['келишим*', 'контракт*', 'эмгек келишим*'],
      uz: ['shartnoma*', 'kontrakt*', 'mehnat shartnoma*'],
      tg: ['шартнома*', 'қарордод*', 'контракт*'],
      tk: ['şertnama*', 'kontrakt*', 'zähmet şertnama*'],
    },
  }),
  concept({
    id: 'not-needed',
    // Not needed, not required, no need: what a recruiter says of papers the law requires. Or "even
    // without it, fine" ("Патент бўлмаса ҳам майли", "можно и без патента"; tuning on N).
    patterns: {
      en: ['not (needed|required|necessary)', 'no need', 'unnecessary', "don't need", 'do not need', 'even without', 'without (it|one) is (fine|ok)', 'no problem if you (do not|don t) have'],
      ru: ['не (нуж(ен|н*)|требуется|обязател*|надо)', 'нет необходимости', 'ненужн*', 'можно и без', 'даже без', 'и без (него|нее|неё) можно', 'если нет ~ не страшно', 'нет ~ ничего страшного'],
      kk: ['керек емес', 'қажет емес', 'керегі жоқ', 'қажеті жоқ', 'талап етілмейді', 'міндетті емес', 'керек болмайды', 'болмаса да (болады|жарайды|алады|аламыз)', 'жоқ болса да (болады|жарайды|аламыз)'],
      ky: ['керек эмес', 'кереги жок', 'зарыл эмес', 'талап кылынбайт', 'милдеттүү эмес', 'керек болбойт', 'болбосо да (болот|мейли|алабыз)', 'жок болсо да (болот|мейли|алабыз)'],
      uz: ['kerak emas', 'shart emas', 'kerakmas', 'talab qilinmaydi', 'hojati yoʻq', 'kerak boʻlmaydi', 'boʻlmasa ham (mayli|boʻladi|olamiz|ishlaysiz)', 'yoʻq boʻlsa ham (mayli|boʻladi|olamiz)'],
      tg: ['лозим нест', 'шарт нест', 'даркор нест', 'зарур нест', 'ҳоҷат нест', 'талаб карда намешавад', '(лозим|даркор) намешавад', 'набошад ҳам (мешавад|майлаш|мегирем)', 'надошта бошед ҳам'],
      tk: ['gerek däl', 'hökman däl', 'zerur däl', 'talap edilmeýär', 'geregi ýok', 'gerek bolmaýar', 'bolmasa-da (bolýar|bolar|alýarys)', 'bolmasa da (bolýar|bolar|alýarys)', 'ýok bolsa-da (bolýar|bolar)'],
    },
  }),
  concept({
    id: 'who-where',
    // Who the employer is and where the work is: the company's name, the country, the city, the address.
    patterns: {
      en: ['employer', 'company name', 'name of the (company|employer)', 'country', 'city', 'address', 'location', 'which (country|company|city|factory|employer)'],
      ru: ['работодател*', 'название компани*', 'страна', 'страну', 'город', 'адрес', 'место работы', 'как(ая|ой|ое|ую) (страна|страну|город|компания|компанию|завод|фирма|фирму)'],
      kk: ['жұмыс беруші*', 'компания аты', 'мекенжай*', 'қай (ел|қала|компания|зауыт|фирма)', 'ел', 'елі', 'фирма аты', 'компанияның аты', 'фирманың аты'],
      ky: ['иш берүүчү*', 'компаниянын аты', 'дарек*', 'өлкө', 'кайсы (өлкө|шаар|компания|завод|фирма)', 'фирманын аты', 'компания аты'],
      uz: ['ish beruvchi*', 'kompaniya nomi', 'manzil*', 'davlat', 'qaysi (davlat|shahar|firma|kompaniya|zavod)', 'firma nomi', 'firmaning nomi', 'kompaniyaning nomi'],
      tg: ['корфармо*', 'номи ширкат', 'суроға*', 'кишвар', 'кадом (давлат|кишвар|шаҳр|ширкат|завод)', 'номи фирма', 'номи корфармо'],
      tk: ['iş berij*', 'kompaniýanyň ady', 'salgy*', 'ýurt', 'haýsy (ýurt|şäher|kompaniýa|zawod|firma)', 'firmanyň ady', 'kompaniýa ady'],
    },
  }),
  concept({
    id: 'told-later',
    // Told only later, in person or in a private message, or left to the worker's choice.
    patterns: {
      en: ['(told|disclosed|given|named) (later|on arrival|after)', 'in (dm|pm|private|person)', '(by|of) your choice', 'we (will )?tell you (later|in person)'],
      ru: ['(сообщ*|скаж*|расскаж*|назов*) (позже|потом|при встрече|лично|по приезд*)', 'в (лс|личк*|директ*)', 'при встрече', 'по (вашему|твоему) выбору', 'уточня(ется|ем)', 'уточним'],
      kk: ['директке (жазамын|жазамыз|жазамын)', 'жеке (хатта|хабарда|чатта)', 'кейін (айтамыз|айтылады)', 'таңдауыңыз бойынша', '(телефонда|кездесуде) (айтамыз|айтылады)'],
      ky: ['(кийин|жеке кабарда) ~ айтыл*', 'кийин айтабыз', 'жеке (кабарда|билдирүүдө)', 'тандооңуз боюнча', '(телефондо|жолугушууда) (айтабыз|айтылат)'],
      uz: ['lichka*', 'keyin (aytiladi|aytamiz|bildiriladi)', "tanlovingiz bo'yicha", '(telefonda|uchrashuvda|lichkada) (aytiladi|aytamiz|aytib beramiz)'],
      tg: ['баъдтар (гуфта мешавад|мегӯем)', 'дар (шахсӣ|директ)', 'ба интихоби шумо', '(тавассути телефон|дар вохӯрӣ|баъд) (мегӯем|гуфта мешавад)'],
      tk: ['şahsy hat*', 'soň (aýdarys|aýdylar|aýdylýar)', 'saýlawyňyza görä', 'soňra (aýdarys|aýdylar|aýdylýar)', '(telefonda|duşuşykda) (aýdarys|aýdylýar)'],
    },
  }),
  concept({
    id: 'ticket',
    // The fare to the job: a ticket, a flight, the road. Narrower than `travel`: a visa or a permit paid by the employer is lawful, not a lure.
    patterns: {
      en: ['ticket*', 'flight*', 'airfare', 'air fare'],
      ru: ['билет*', 'авиабилет*', 'перелет*', 'дорог(а|у)', 'проезд*'],
      kk: ['билет*', 'әуебилет*', 'жол ақы*', 'жол кире*'],
      ky: ['билет*', 'авиабилет*', 'жол кире*'],
      uz: ['chipta*', 'aviachipta*', 'bilet*', "yo'l kira*", "yo'l puli*"],
      tg: ['чипта*', 'билет*', 'роҳкиро*', 'пули роҳ*'],
      tk: ['bilet*', 'awiabilet*', 'ýol kire*', 'ýol puly*'],
    },
  }),
  concept({
    id: 'regular-pay',
    negatable: true,
    // A bonus on top, or pay every month: with it in the sentence, money at the end of a season is
    // not pay held back ("В конце сезона — премия, это сверх ежемесячной зарплаты"). Negatable, so
    // "Pul har oy emas, 6 oyda bir marta" (not every month) still is.
    patterns: {
      en: ['bonus*', 'on top of', 'monthly (pay|salary|wage*)', 'every month'],
      ru: ['прем(ия|ии|ию|ией|иальн*)', 'бонус*', 'сверх', 'ежемесячн*', 'каждый месяц'],
      kk: ['сыйақы*', 'бонус*', 'ай сайын*', 'айына бір рет'],
      ky: ['сыйлык*', 'бонус*', 'ай сайын*', 'айына бир жолу'],
      uz: ['bonus*', 'mukofot*', 'har oy', 'oyiga bir marta'],
      tg: ['бонус*', 'мукофот*', 'ҳар моҳ', 'моҳе як бор'],
      tk: ['bonus*', 'baýrak*', 'her aý', 'aýyna bir gezek'],
    },
  }),
  concept({
    id: 'full-term',
    // Working a whole rotation, season or contract ("вернём, если отработаете вахту полностью"):
    // the condition of a bonus or a refund, not a debt worked off.
    patterns: {
      en: ['(work|complete|finish) (the |your )?(full|whole|entire) (rotation|season|contract|shift|term)'],
      ru: ['отработа* (всю |весь |полную |полный )?(вахт*|сезон*|контракт*|смен*|срок*)', 'отработа* ~ полностью', 'отработа* до конца'],
      kk: ['(вахтаны|маусымды|келісімшартты) (толық )?(істеп|аяқтап) (шықсаңыз|бітірсеңіз)'],
      ky: ['(вахтаны|сезонду|келишимди) (толук )?(иштеп|бүтүрүп) (чыксаңыз|бүтсөңүз)'],
      uz: ['(vaxtani|mavsumni|shartnomani) (toʻliq )?(ishlab|tugatib) (bersangiz|chiqsangiz|tugatsangiz)'],
      tg: ['(вахтаро|мавсимро|мавсумро|шартномаро) (пурра )?(кор карда|ба охир) (расонед|баред|тамом кунед)'],
      tk: ['(wahtany|möwsümi|şertnamany) (doly )?(işläp|tamamlap) (çyksaňyz|gutarsaňyz)'],
    },
  }),
  // --- drug drops called courier work --------------------------------------------------------------
  concept({
    id: 'parcel-courier',
    // A courier, a parcel or a package: the cover name of a drug drop ("posilka", "закладка").
    patterns: {
      en: ['courier*', 'parcel*', 'package*', 'goods'],
      ru: ['курьер*', 'посылк*', 'пакет(ы|ик*)', 'товар'],
      kk: ['курьер*', 'посылка*', 'сәлемдеме*'],
      ky: ['курьер*', 'посылка*'],
      uz: ['kuryer*', 'posilka*', 'paketlar*', 'paketcha*'],
      tg: ['курйер*', 'курьер*', 'посылка*', 'бастача*'],
      tk: ['kurýer*', 'posylka*', 'bukja*'],
    },
  }),
  concept({
    id: 'drop-point',
    // Leaving it at a spot instead of handing it to a person: a place on a map, a hiding place.
    patterns: {
      en: ['(leave|drop|put|place) (it |them |the parcels |the packages )?(at|in) (a |the )?(spot|point|hiding place)', '(spot|point|place) on (a|the) map', 'hide (it|them|the parcels|the packages)', 'hiding place*'],
      ru: ['тайник*', 'спрят(ать|ать|ьте)', 'прячете', 'прятать', '(место|точк*) на карте', '(оставля*|оставить|клад(ете|ите|ёте)|положить) ~ (в|на) (точк*|место|указанн* мест*)'],
      kk: ['картадағы (жер*|нүкте*)', 'жасыр(асыз|ып|у)'],
      ky: ['картадагы (жер*|чекит*)', 'жашыр(асыз|ып|уу)'],
      uz: ['xaritadagi (joy*|nuqta*)', 'yashir(asiz|ib|ish)'],
      tg: ['ҷой(и|ҳои) харита', 'дар харита', 'пинҳон (мекунед|кардан|карда)'],
      tk: ['kartadaky (ýer*|nokat*)', 'gizle(ýärsiňiz|mek|äp)'],
    },
  }),
  concept({
    id: 'coordinates',
    // Coordinates or a geotag of the spot, sent back.
    patterns: {
      en: ['coordinates', 'geotag*', 'gps (point|pin|location)'],
      ru: ['координат*', 'геометк*', 'геолокаци*'],
      kk: ['координат*', 'геолокация*'],
      ky: ['координат*', 'геолокация*'],
      uz: ['koordinata*', 'geolokatsiya*', 'geometka*'],
      tg: ['координат*', 'геолокатсия*'],
      tk: ['koordinat*', 'geolokasiýa*'],
    },
  }),
  concept({
    id: 'registration-number',
    // An agency's registration or licence number: a way to check it, not a registration fee
    // ("тіркеу нөмірін кеңседен тексеруге болады" beside the pay "$650–900/ай").
    patterns: {
      en: ['registration (no|number)', 'registered (under|as) (no|number)'],
      ru: ['регистрационн* номер*', 'номер* (регистрации|лицензии)'],
      kk: ['тіркеу нөмір*', 'тіркелу нөмір*'],
      ky: ['каттоо номер*', 'катталуу номер*'],
      uz: ['roʻyxat(dan oʻtish)? raqam*', 'qayd raqam*'],
      tg: ['рақами (бақайдгирӣ|қайд)'],
      tk: ['hasaba alyş belgi*', 'hasaba alnyş belgi*'],
    },
  }),
  concept({
    id: 'marriage',
    // Marrying, a groom, a bride or a matchmaker: with work or a life in another country, a promise of
    // marriage (ILO/EC, deceptive recruitment). Not a husband or a married couple alone: "we take
    // husband and wife too" is a couple hired together. Nor a groom alone (a horse groom), nor Kyrgyz
    // жуучу, a matchmaker but also a washer (идиш жуучу).
    patterns: {
      en: ['marry', 'marrying', 'marriage', 'bridegroom*', 'bride', 'brides', 'matchmak*', 'find (a|your) husband'],
      ru: ['замуж*', 'жених*', 'невест*', 'сваха', 'свах(и|у|ой)', 'сватовств*', 'брачн*'],
      kk: ['күйеуге (шығ*|беру*)', 'тұрмысқа (шығ*|беру*)', 'үйлен*', 'қалыңдық*', 'күйеу бала*', 'жаушы*'],
      ky: ['күйөөгө (чыг*|берүү*)', 'турмушка (чыг*|берүү*)', 'үйлөн*', 'колукту*', 'күйөө бала*'],
      uz: ['turmushga (chiq*|ber*)', 'uylan*', 'kuyov*', 'sovchi*', 'kelin (qidir*|bo*)'],
      tg: ['ба шавҳар (баромад*|мебаро*|додан)', 'шавҳар (кардан|мекунед)', 'издивоҷ*', 'домод*', 'арӯс*', 'хостгор*'],
      tk: ['durmuşa (çyk*|ber*)', 'öýlen*', 'gelinlige', 'sawçy*'],
    },
  }),
  concept({
    id: 'in-full',
    // The whole of the pay, in full or all at once: with the end of a season it says the pay is held
    // until then, whatever small sum is handed out monthly "for expenses" ("пулро ПУРРА дар охири
    // мавсим медиҳем, ... ҳар моҳ фақат 20 000 ₸").
    patterns: {
      en: ['in full', 'the (full|whole) (amount|sum|salary|pay)', 'all (of )?(your|the) (money|pay|salary|wages)', 'all at once', 'all together', 'in one (sum|payment)'],
      ru: ['полностью', 'целиком', '(всю|вся) (сумм*|зарплат*)', 'все деньги', 'всё сразу', 'все сразу', 'одной суммой', 'все вместе', 'всё вместе'],
      kk: ['толық', 'толығымен', 'түгел', 'бәрін бірден', 'бір жолы'],
      ky: ['толук', 'толугу менен', 'баарын бир жолу', 'бүт (акча*|айлык*)'],
      uz: ['toʻliq', 'toʻligʻicha', 'hammasini bir (yoʻla|yo‘la|marta)', 'bir yoʻla'],
      tg: ['пурра', 'пуррагӣ', 'тамоман', 'ҳамаашро якбора', 'якбора'],
      tk: ['doly', 'dolulygyna', 'hemmesini bir gezekde', 'bir gezekde'],
    },
  }),
  concept({
    id: 'extra-pay',
    // A bonus or premium: money at the end of a season that comes on top of the pay.
    patterns: {
      en: ['bonus*', 'premium', 'on top of'],
      ru: ['прем(ия|ии|ию|ией|иальн*)', 'бонус*', 'сверх'],
      kk: ['сыйақы*', 'бонус*'],
      ky: ['сыйлык*', 'бонус*'],
      uz: ['bonus*', 'mukofot*'],
      tg: ['бонус*', 'мукофот*'],
      tk: ['bonus*', 'baýrak*'],
    },
  }),
  concept({
    id: 'end-of-term',
    // The end of a season, a contract, a year or a project, going home, the harvest sold, or pay only
    // once in several months: pay held back until then is pay withheld. Converbs of "ends" are listed by form
    // (tugaganda, біткенше, gutaranda), not as stems, which would start "finished the course".
    patterns: {
      en: ['(at|after) the end of (the )?(season|contract|year|project|harvest)', 'end of (the )?(season|contract)', 'once a year', 'when the (season|contract|harvest) (ends|is over)', 'until (the )?(contract|season|harvest) (is )?(finished|over|ends|done)', 'when (you|u) (go|get|return|leave for|fly) home', 'once the harvest is sold', 'every (# |two |three |six )months', 'once every # months', '(once|twice) (in|every) (half a year|six months)', 'until (you|u) finish', '(when|once) (you|u) finish (the|your) (contract|season|# months)', 'when the (object|site|building|job|work|project) is (finished|done|complete*|handed over)', '(at|after) the end of the (object|site|building|job)'],
      ru: ['(в конце|после окончания|по окончании|по завершении|после завершения|до конца) (контракт*|сезон*|срока|года|объект*|стройк*|уборк*)', 'раз в (год|полгода)', 'в конце (сезон*|года|контракт*)', '(когда|как) (домой|на родину) (поедешь|поедете|вернешься|вернетесь|уезжаете|уедете)', 'после продажи урожая', 'раз в (#|два|три|шесть) (месяц*|мес)', '(в конце|после окончания|по окончании|до конца) путин*', '(когда|как) (объект|стройка|работа) (будет )?(сдан*|закончен*|законч*)'],
      kk: ['(маусым*|келісімшарт*|жыл*|объект*) (соңында|біткенде|аяқталғанда|аяғында)', 'жылына бір рет', '(маусым*|сезон*|келісімшарт*|жыл*|мерзім*|контракт*) (біткенше|біткен соң|аяқталған соң)', '(үйге|елге) қайтқанда', 'егін сатылғаннан кейін', '(#|екі|үш|алты) айда бір (рет|мәрте)', 'жарты жылда бір (рет|мәрте)', 'жұмысты (бітіргенде|аяқтағанда)', '(маусым*|келісімшарт*|жыл*|мерзім*|контракт*) (біткенше|біткен соң|аяқталған соң)'],
      ky: ['(сезон*|келишим*|контракт*|жыл|объект*) (аягында|бүткөндө|аяктаганда)', 'жылына бир жолу', '(сезон*|келишим*|контракт*|мөөнөт*|жыл) (бүткөнчө|бүткөндөн кийин|аяктагандан кийин)', '(үйгө|мекенге|элге) кайтканда', 'түшүм сатылгандан кийин', '(#|эки|үч|алты) айда бир (жолу|ирет)', 'жарым жылда бир (жолу|ирет)', 'ишти (бүтүргөндө|аяктаганда)'],
      // Uzbek Cyrillic keeps the hard sign of the Russian loanword (объект), which the Latin (obyekt) has not.
      uz: ['(mavsum*|kontrakt*|shartnoma*|yil*|obyekt*) (oxirida|tugagach*|tugaganidan keyin)', 'объект* (охирида|тугагач*|тугаганидан кейин)', 'yiliga bir marta', '(mavsum*|sezon*|kontrakt*|shartnoma*|yil*|obyekt*) (tugaganda|tugaguncha|tugagandan keyin|tugagandagina)', '(uyga|vatanga) (qaytishda|qaytganda|qaytayotganda|ketayotganda)', 'hosil sotilgandan keyin', '# oyda bir (marta|bor)', 'yarim yilda bir (marta|bor)', '(sezon*|ish) (oxirida|tugagach*|tugaganda)', 'ishni (tugatganda|tugatgach*)'],
      tg: ['(дар охири|баъди анҷоми|баъд аз анҷоми|пас аз анҷоми) (мавсим*|мавсум*|шартнома*|контракт*|сол*|объект*)', 'соле як бор', '(вақти|баъди) (тамом шудани|анҷоми) (мавсим*|мавсум*|шартнома*|контракт*)', '(ба Ватан|ба хона|ба ватан) (баргаштан*|баргаштанатон)', 'ҳар # моҳ', '(нимсола|ним сол) як бор', 'охири (мавсим*|мавсум*|сезон*|контракт*|шартнома*|кор)', 'то (тамом шудани|анҷоми|охири) (мавсим*|мавсум*|сезон*|шартнома*|контракт*)'],
      tk: ['(möwsüm*|şertnama*|kontrakt*|ýyl*|obýekt*) (ahyrynda|gutarandan soň)', 'ýylda bir gezek', '(möwsüm*|sezon*|şertnama*|kontrakt*|ýyl*|obýekt*) (gutaranda|gutarýança|tamamlananda)', '(öýe|watana) (gaýdanyňyzda|gaýdanda|gaýdanyňda|dolananyňyzda)', '# aýda bir (gezek|sapar)', 'ýarym ýylda bir (gezek|sapar)', '(möwsüm*|sezon*|kontrakt*|şertnama*) (soňunda|bitenden soň|gutarandan soň)'],
    },
  }),
  concept({
    id: 'border',
    // A town near a border, reached by car from the airport: how people were taken from Bangkok to scam compounds in Myanmar.
    patterns: {
      en: ['(near|close to|by|towards|toward) the border', 'border side', 'border (town|area|zone|city)', 'mae sot', 'myawaddy'],
      ru: ['(у|возле|около|рядом с|близ|ближе к|в сторону) границ*', 'приграничн*', 'мэсот', 'мае сот', 'мьявади'],
      kk: ['шекара* (маңында|жанында|қасында|жақын*|жақта*|жаққа|жағында*|жағына)', 'шекаралас*', 'мае сот'],
      ky: ['чек ара* (жанында|жакын*|боюнда|жакта*|жакка|тарапта*|тарапка)', 'мае сот'],
      uz: ['chegara* (yaqin*|yonida|oldida|boʻyida|tomon*)', 'chegaraoldi', 'mae sot'],
      tg: ['(наздики|дар назди|назди|тарафи|ба тарафи) сарҳад*', 'сарҳадӣ', 'мае сот'],
      tk: ['serhet* (golaý*|ýanynda|boýunda|tarapda*|tarapa)', 'serhetýaka*', 'mae sot'],
    },
  }),
  // --- recruitment for the war, in the words that hide it ----------------------------------------
  concept({
    id: 'war-euphemism',
    // How offers to fight for Russia name the front without naming it: "special objects", "new regions".
    patterns: {
      en: ['special object*', 'special facilit*', 'new regions', 'new territories', 'lnr', 'dnr', 'donbas*', 'donetsk', 'luhansk', 'lugansk'],
      ru: ['спецобъект*', 'специальн* объект*', 'особ* объект*', 'нов* регион*', 'нов* территори*', 'лнр', 'днр', 'донбасс*', 'донецк*', 'луганск*', 'запорожск* област*', 'херсонск* област*'],
      kk: ['арнайы объекті*', 'арнайы нысан*', 'жаңа өңір*', 'жаңа аймақ*', 'донбасс*', 'донецк*', 'луганск*'],
      ky: ['атайын объект*', 'жаңы аймак*', 'жаңы регион*', 'донбасс*', 'донецк*', 'луганск*'],
      uz: ['maxsus obyekt*', 'махсус объект*', 'yangi hudud*', 'yangi mintaqa*', 'yangi region*', 'donbass*', 'donetsk*', 'lugansk*'],
      tg: ['объект(ҳо)?и махсус', 'минтақаҳои нав', 'ҳудудҳои нав', 'донбасс*', 'донецк*', 'луганск*'],
      tk: ['ýörite desga*', 'ýörite obýekt*', 'täze sebit*', 'täze territoriýa*', 'donbass*', 'donesk*', 'lugansk*'],
    },
  }),
  concept({
    id: 'signing-bonus',
    // A large one-time payment for signing: what military contracts pay, and no civilian job does.
    patterns: {
      en: ['one-time (bonus|payment)', 'signing bonus', '(bonus|payment) (on|upon|for) signing', 'on signing'],
      ru: ['единовременн* (выплат*|бонус*|пособи*)', '(разов*|единоразов*) (выплат*|бонус*)', 'при подписании', 'за подписание', 'подъемн*'],
      kk: ['біржолғы (төлем*|бонус*)', 'бір реттік (төлем*|бонус*)', 'қол қойғанда', 'қол қойған кезде'],
      ky: ['бир жолку (төлөм*|бонус*)', 'бир жолу берилүүчү (төлөм*|бонус*|акча)', 'кол койгондо'],
      uz: ['bir martalik', 'bir yoʻla(gi)? (toʻlov*|bonus*)', 'imzolaganda', 'imzolash bilan'],
      tg: ['якдафъаина', 'якбора', 'ҳангоми имзо', '(баъди|баъд аз) имзо'],
      tk: ['bir gezeklik', 'birwagtlaýyn', 'gol çekeniňde', 'gol çekilende'],
    },
  }),
  concept({
    id: 'citizenship',
    // Citizenship promised with the job (not "citizens of", which lawful offers say).
    patterns: {
      // Or the passport of the country promised "in a simplified order": the same promise in its document.
      en: ['citizenship', 'russian passport (fast|quickly|made easy|in a simplified (order|way))'],
      ru: ['гражданств*', '(российск* паспорт*|паспорт рф) ~ (упрощенн*|быстро|без очереди)'],
      kk: ['азаматтығ*', 'азаматтық', 'ресейлік (төлқұжат*|паспорт*) ~ (жеңілдетілген|тез|кезексіз)'],
      ky: ['жарандыг*', 'жарандык', '(орусиялык|россиялык) паспорт* ~ (жеңилдетилген|тез|кезексиз)'],
      uz: ['fuqarolig*', 'fuqarolik', 'rossiya pasport* ~ (soddalashtirilgan|tez|navbatsiz)'],
      tg: ['шаҳрвандӣ', 'шаҳрвандии', 'шиносномаи (русӣ|русия) ~ (соддакардашуда|зуд|бе навбат)'],
      tk: ['raýatlyg*', 'raýatlyk', 'rus(iýa)? pasport* ~ (ýeňilleşdirilen|çalt|nobatsyz)'],
    },
  }),
  // --- where the work is, and through whom (for advice that fits) -------------------------------
  // --- isolation at work (method decision 2) -----------------------------------------------------
  concept({
    id: 'at-sea',
    // Work on a fishing vessel or at sea, where a worker cannot walk away: the ILO's own example of
    // isolation at work (ILO Work in Fishing Convention C188). Not a cruise ship (`lawful-voyage`),
    // nor a sailor or deckhand alone: river fleets hire them for a navigation season.
    patterns: {
      en: ['at sea', 'high seas', 'distant water', 'fishing (boat*|vessel*|ship*|fleet*|trawler*)', 'trawler*', 'crab (boat*|vessel*)', 'on board (a |the )?(fishing boat|fishing vessel|trawler)'],
      ru: ['в (открытом )?море', 'в океане', '(рыболовн*|промыслов*) (судн*|судах|суда|судов|флот*|шхун*)', 'траулер*', 'сейнер*', 'краболов*', 'на борту (траулера|сейнера)'],
      kk: ['теңізде', 'мұхитта', 'кемеде', 'балық (аулау|аулайтын) кеме*', 'балықшы кеме*', 'траулер*'],
      ky: ['деңизде', 'океанда', 'кемеде', 'балык (уулоо|уулоочу) кеме*', 'траулер*'],
      uz: ['dengizda', 'okeanda', 'kemada', 'baliq (ovlash|ovlovchi) kema*', 'baliqchi kema*', 'trauler*'],
      tg: ['дар баҳр', 'дар уқёнус', 'дар киштӣ', 'киштии моҳигирӣ', 'траулер*'],
      tk: ['deňizde', 'ummanda', 'gämide', '(balykçy|balyk tutýan) (gämi*|gämä)', 'trauler*'],
    },
  }),
  concept({
    id: 'remote-place',
    // A workplace far from any town: a remote village, farm or camp, the taiga, tundra, steppe or
    // desert, a summer pasture, "200 km from town". A village named near home is not remote.
    patterns: {
      en: ['remote (village*|area*|farm*|camp*|site*|region*|location*|place*|settlement*|pasture*)', 'far from (town*|the town|the city|any town|cities|people|civili(s|z)ation)', '# km from (the )?(nearest )?(town|city|village|road)', 'in the (taiga|tundra|steppe|desert)', '(mountain|summer) pasture*', 'middle of (the )?(nowhere|steppe|desert|taiga)'],
      ru: ['отдал(е|ё)нн* (сел*|деревн*|аул*|район*|участ*|мест*|посел*|ферм*|кошар*|стойбищ*)', 'глух* (сел*|деревн*|аул*|тайг*)', 'глуши', 'далеко от (город*|цивилизац*|люд*|посел*|трасс*)', '# км от (город*|ближайш*|трасс*|посел*|сел*|райцентр*)', 'в тайге', 'в тундре', 'в степи', 'на (отгонн* )?пастбищ*', 'на отгоне', 'на кошаре'],
      kk: ['шалғай (ауыл*|жер*|аудан*|елді мекен*)', 'алыс (ауыл*|жер*|елді мекен*)', 'қаладан # (км|шақырым)', 'қаладан алыс', 'жайлау*', 'тайгада', 'тундрада', 'қыстау*', 'шөлде'],
      ky: ['алыскы (айыл*|жер*|аймак*|кыштак*)', 'шаардан # (км|чакырым)', 'шаардан алыс', 'жайлоо*', 'тайгада', 'тундрада', 'кыштоо*', 'отар*'],
      uz: ['chekka (qishloq*|hudud*|joy*|tuman*)', 'olis (qishloq*|joy*|hudud*|tuman*)', 'shahardan # km', 'shahardan uzoq*', 'choʻlda', 'choʻlning ichida', 'yaylov*', 'taygada', 'tundrada'],
      tg: ['деҳаи дурдаст', 'дурдаст', 'аз шаҳр # (км|километр)', 'дур аз шаҳр', 'дар биёбон', 'чарогоҳ*', 'дар тайга', 'дар тундра'],
      tk: ['uzak (oba*|ýer*|sebit*)', 'çetki (oba*|ýer*|sebit*)', 'şäherden # (km|kilometr)', 'şäherden uzak*', 'çölde', 'çölüň içinde', 'öri meýdan*', 'taýgada', 'tundrada'],
    },
  }),
  concept({
    id: 'long-stay',
    // Months in one place: "6 months", "half a year", "the whole season". With a remote place or
    // the sea, a stay the worker cannot end. Month words alone, not the monthly pay (айлық, oylik).
    patterns: {
      en: ['# months', '(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) months', 'for months', 'half a year', 'whole (season|year)', 'all season', 'entire season'],
      ru: ['# (месяц|месяца|месяцев|мес)', '(два|три|четыре) месяц*', '(пять|шесть|семь) месяц*', '(восемь|девять|десять) месяц*', 'несколько месяц*', 'полгода', 'пол года', 'весь сезон', 'на сезон', 'до конца сезона', 'целый год', 'месяцами'],
      kk: ['# (ай|айға)', '(екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|бірнеше) (ай|айға)', 'жарты жыл*', 'маусым бойы', 'бүкіл маусым', 'айлап'],
      ky: ['# (ай|айга)', '(эки|үч|төрт|беш|алты|жети|сегиз|тогуз|он|бир нече) (ай|айга)', 'жарым жыл*', 'сезон бою', 'бүт сезон', 'айлап'],
      uz: ['# (oy|oyga)', '(ikki|uch|toʻrt|besh|olti|yetti|sakkiz|toʻqqiz|oʻn|bir necha) (oy|oyga)', 'yarim yil*', 'butun mavsum', 'mavsum davomida', 'oylab'],
      tg: ['# (моҳ|моҳа)', '(ду|се|чор|панҷ) (моҳ|моҳа)', '(шаш|ҳафт|ҳашт) (моҳ|моҳа)', '(нӯҳ|даҳ|якчанд) (моҳ|моҳа)', 'ним сол*', 'тамоми мавсим', 'тамоми мавсум', 'моҳҳо'],
      tk: ['# (aý|aýa|aýlap)', '(iki|üç|dört|bäş|alty|ýedi|sekiz|dokuz|on|birnäçe) (aý|aýa|aýlap)', 'ýarym ýyl*', 'bütin möwsüm', 'möwsüm dowamynda', 'aýlap'],
    },
  }),
  concept({
    id: 'cut-off',
    // No way out or no contact: no signal, no transport or road, contact only by radio, no going ashore.
    patterns: {
      en: ['no (phone |mobile |cell )?(signal|coverage|reception)', 'no (internet|connection|network)', 'no (transport|road|roads|bus|buses)', 'only (by )?radio', 'by radio only', 'no way (out|back|to leave)', '(cannot|can\'t|not) (go|come) ashore', 'no shore leave', 'no (port|shore) (calls|stops|leave)', 'without (going|coming) ashore'],
      ru: ['нет (связи|сети|интернета|транспорт*|дорог*|автобус*)', 'без (связи|интернета|транспорт*)', '(связи|сети|транспорта|дороги) нет', 'связ* ~ (только )?(по|через) раци*', '(связь|телефон|сеть) не ловит', 'на берег ~ (не сход*|нельзя|не выпуска*|только)', 'без (захода|заходов) в порт*'],
      kk: ['байланыс(ы)? (жоқ|болмайды)', 'телефон (ұстамайды|тартпайды)', 'интернет жоқ', 'көлік (жоқ|қатынамайды)', 'жол жоқ', 'рация* (арқылы )?ғана', 'жағаға ~ (шықпайсыз|шығуға болмайды|тек)'],
      ky: ['байланыш(ы)? (жок|болбойт)', 'телефон (тартпа*|кармабай*)', 'интернет жок', '(унаа|транспорт) жок', 'жол жок', 'рация* (аркылуу )?гана', 'жээкке ~ (чыкпайсыз|чыгууга болбойт|гана)'],
      uz: ['aloqa (yoʻq|boʻlmaydi|ishlamaydi)', 'telefon (ushlamaydi|ishlamaydi)', 'internet yoʻq', 'transport yoʻq', 'yoʻl yoʻq', 'faqat ratsiya*', 'ratsiya orqali', 'qirgʻoqqa ~ (chiqmaysiz|chiqilmaydi|chiqish mumkin emas|faqat)'],
      tg: ['алоқа (нест|намегирад)', 'телефон (намегирад|кор намекунад)', 'интернет нест', 'нақлиёт нест', 'роҳ нест', 'танҳо (бо|тавассути) ратсия', 'ба соҳил ~ (намебароед|баромадан мумкин нест|танҳо)'],
      tk: ['aragatnaşy(k|gy) (ýok|bolmaýar)', 'telefon (tutmaýar|işlemeýär)', 'internet ýok', 'ulag ýok', 'ýol ýok', 'diňe rasiýa*', 'kenara ~ (çykmaýarsyňyz|çykyp bolmaýar|diňe)'],
    },
  }),
  concept({
    id: 'lawful-voyage',
    // What keeps a remote or sea job from reading as isolation: a cruise, the seafarers' convention
    // and repatriation, flights home, a rotation of so many days on and off ("вахта 30/30", "60/30").
    patterns: {
      en: ['cruise*', 'maritime labour convention', 'seafarer employment agreement', 'repatriation', '(flight|flights) home', 'return (flight*|ticket*)', '(rotation|schedule|shift pattern) # #', '# (days|weeks) on', 'fly in fly out'],
      ru: ['круиз*', 'репатриац*', '(билет*|перел(е|ё)т*|дорог*) (домой|обратно|туда и обратно|в обе стороны)', 'обратн* (билет*|дорог*|перел(е|ё)т*)', '(вахт*|график*) # #', '# на #'],
      kk: ['круиз*', '(үйге|кері) (билет*|ұшу*|жол*)', 'екі жаққа', '(вахта*|кесте*) # #'],
      ky: ['круиз*', '(үйгө|кайра) (билет*|учуу*)', 'эки тарапка', '(вахта*|график*) # #'],
      uz: ['kruiz*', '(uyga|qaytish) (chipta*|bilet*|parvoz*)', 'ikki tomon*', '(vaxta*|grafik*) # #'],
      tg: ['круиз*', 'чиптаи (бозгашт|баргашт)', 'ба ду тараф', '(вахта*|ҷадвал*) # #'],
      tk: ['kruiz*', '(öýe|yzyna) (bilet*|uçuş*)', 'iki tarap*', '(wahta*|grafik*) # #'],
    },
  }),
  // --- pay by results only, pay to start (method decision 3) ---------------------------------------
  concept({
    id: 'results-only-pay',
    negatable: true,
    // Pay only by results, with no base: commission only, "earn only from sales", no fixed salary.
    // Negatable: "we have no commission-only positions" is not one.
    patterns: {
      en: ['commission only', 'only commission', '(100%|purely|pure|straight) commission', 'no (base|fixed|basic) (salary|pay|wage)', 'without (a )?(base|fixed|basic) (salary|pay|wage)', '(earn|earnings|income|pay) (only )?(from|on|by) (your )?(sales|results|orders|referrals) only', '(earn|earnings|income|pay) only (from|on|by|for) (your )?(sales|results|orders|referrals)', 'paid (only )?per result*'],
      ru: ['только (процент*|комисси*)', '(без|нет) (оклад*|ставк*|фиксированн*)', 'оклада нет', 'оплата только (за результат|от продаж|процент*)', '(заработок|доход|оплата) только (от|с) (продаж*|результат*|заказ*)', 'только (с|от) продаж', 'чистый процент', '100% (процент*|комисси*)'],
      kk: ['тек пайыз*', 'тек (сатылым*|сатудан)', 'тұрақты (жалақы|айлық) жоқ', 'окладсыз', 'оклад жоқ', 'тіркелген жалақы жоқ'],
      ky: ['пайыз гана', 'гана пайыз*', 'сатуудан гана', 'туруктуу (айлык|маяна) жок', 'окладсыз', 'оклад жок'],
      uz: ['faqat foiz*', 'faqat (sotuvdan|savdodan|natijaga)', 'belgilangan (maosh|oylik) yoʻq', 'doimiy (maosh|oylik) yoʻq', 'oklad yoʻq', 'okladsiz'],
      tg: ['танҳо фоиз*', 'танҳо аз фурӯш', 'маоши (собит|доимӣ|асосӣ) нест', 'бе маоши (собит|доимӣ|асосӣ)', 'оклад нест'],
      tk: ['diňe göterim*', 'diňe satuwdan', '(hemişelik|kesgitli|esasy) aýlyk ýok', 'okladsyz', 'oklad ýok'],
    },
  }),
  concept({
    id: 'base-pay',
    negatable: true,
    // A base salary beside the commission: a sales job, not pay by results only ("оклад + %").
    patterns: {
      en: ['base (salary|pay)', 'basic (salary|pay)', 'fixed (salary|pay|part)', 'guaranteed (salary|minimum|pay)', '(salary|wage) (plus|and|with) (commission|bonus)'],
      ru: ['оклад*', 'ставк*', 'фиксированн* (часть|оплат*|зарплат*|выплат*)', 'гарантированн* (оплат*|зарплат*|минимум*)'],
      kk: ['оклад*', 'тұрақты (жалақы|айлық)', 'негізгі жалақы', 'тіркелген жалақы'],
      ky: ['оклад*', 'туруктуу (айлык|маяна)', 'негизги айлык'],
      uz: ['oklad*', 'belgilangan (maosh|oylik)', 'asosiy (maosh|oylik)', 'doimiy (maosh|oylik)'],
      tg: ['оклад*', 'маоши (собит|доимӣ|асосӣ)'],
      tk: ['oklad*', '(hemişelik|kesgitli|esasy) aýlyk'],
    },
  }),
  concept({
    id: 'pay-to-start',
    // Paying or "activating" to begin earning: an activation, a starter pack, a balance to top up.
    patterns: {
      en: ['activation', 'activate (your )?(account|profile|access|job|work)', 'starter (kit|pack|fee)', 'starting (fee|deposit|kit|pack)', '(entry|joining) fee', 'top up (your )?(balance|account|deposit)', 'pay (to|before you) (start|begin) (earning|working)'],
      ru: ['активаци*', 'активир*', 'стартов* (взнос*|пакет*|депозит*|набор*)', 'вступительн* взнос*', 'пополн* (баланс*|счет|депозит*)', 'чтобы начать (зарабатывать|работать)'],
      kk: ['активация*', 'белсендір*', 'бастапқы (жарна*|төлем*|депозит*)', 'балансты толтыр*', 'табыс табуды бастау үшін'],
      ky: ['активация*', 'активдештир*', 'баштапкы (төлөм*|салым*|депозит*)', 'балансты толтур*', 'иштеп баштоо үчүн'],
      uz: ['aktivatsiya*', 'faollashtir*', 'boshlangʻich (toʻlov*|badal*|depozit*)', 'balansni toʻldir*', 'kirish badali', 'ishlashni boshlash uchun'],
      tg: ['фаъолсоз*', 'активатсия*', 'пардохти (ибтидоӣ|аввалия)', 'саҳми ибтидоӣ', 'тавозунро пур*', 'барои оғози кор'],
      tk: ['aktiwasiýa*', 'işjeňleşdir*', 'başlangyç (töleg*|goýum*|depozit*)', 'balansy doldur*', 'işe başlamak üçin'],
    },
  }),
  concept({
    id: 'first-pay-share',
    // A share of the first pay, or a sum taken from it: "half of your first salary", "половина первой
    // зарплаты", "ilkinji aýlygyňyzyň ýarysy", "7 000 биринчи айлыктан". Beside the agency's service it is the agency's fee, taken from the wages
    // (decision 5 of "Method decisions after seven batches").
    patterns: {
      en: ['(half|part|#%) of (your |the )?first (salary|month|wage*|pay)', 'your first (salary|month’s pay|month\'s pay)', 'from (your |the )?first (salary|wage*|pay|month*)'],
      ru: ['(половин*|част*|#%) (от )?(первой|первого) (зарплат*|заработ*|месяц*|получк*)', 'первая зарплата', 'первую зарплату', '(из|с) (первой|первых) (зарплат*|получк*)', '(из|с) (первого|первых) (заработ*|месяц*)', 'из первых (двух|трех|#) (зарплат*|месяц*)', 'с первых (двух|трех|#) (зарплат*|месяц*)'],
      kk: ['бірінші (айлығыңыздың|айлықтың|жалақыңыздың|жалақының) (жартысы|бөлігі)', 'бірінші айлығыңыз', 'бірінші (айлықтан|жалақыдан|айлығыңыздан)', 'алғашқы (айлықтан|айлығыңыздан|айлығынан|жалақыдан|жалақыңыздан)', '(алғашқы|бірінші) (#|екі|үш) (айлықтан|айдың айлығынан|жалақыдан)'],
      ky: ['биринчи (айлыгыңыздын|айлыктын|маянаңыздын) (жарымы|бөлүгү)', 'биринчи айлыгыңыз', 'биринчи (айлыктан|маянадан|айлыгыңыздан)', 'алгачкы (айлыктан|айлыгыңыздан|айлыгынан|маянадан)', '(алгачкы|биринчи) (#|эки|үч) (айлыктан|айдын айлыгынан|маянадан)'],
      uz: ['birinchi (oyligingizning|oylikning|maoshingizning|maoshning) (yarmi|qismi)', 'birinchi oyligingiz', 'birinchi (oylikdan|maoshdan|oyligingizdan|maoshingizdan)', 'dastlabki (oylikdan|oyligingizdan|oyligidan|maoshdan|maoshingizdan|oyliklardan)', '(birinchi|dastlabki) (#|ikki|uch) (oylikdan|oyliklardan|oyning oyligidan|maoshdan)'],
      tg: ['(нисфи|қисми) (маоши|музди) (моҳи )?(аввал|аввалин|якум)', 'маоши (моҳи )?аввали(н|атон)', 'аз (маоши|музди) (моҳи )?(аввал|аввалин|якум)', 'аз (маоши|музди) (#|ду|се) моҳи (аввал|аввалин|якум)'],
      tk: ['ilkinji (aýlygyňyzyň|aýlygyň|aýlygyň) (ýarysy|bölegi)', 'ilkinji aýlygyňyz', 'ilkinji (aýlykdan|aýlygyňyzdan)', 'ilkinji (#|iki|üç) (aýlykdan|aýyň aýlygyndan)'],
    },
  }),
  concept({
    id: 'live-in',
    // Living in the employer's home: "live-in", "проживание в семье", "үйдө жашап иштейсиз", "öýde
    // ýaşap işlemeli". With domestic work abroad it is isolation in a private household (decision 6
    // of "Method decisions after seven batches").
    patterns: {
      en: ['live in', 'live-in', 'living in (the )?(family|employer’s|employer\'s|family’s|family\'s) (home|house)', 'live with the family', 'stay(s|ing)? (in|at) the (family|employer)’s (home|house)', '(live|living|stay|staying) with the (employer|host family)'],
      ru: ['с проживанием (в семье|у (работодател*|хозя*|семьи))', 'проживание (в семье|у (работодател*|хозя*))', '(живете|живёте|жить|проживать) (в семье|у (работодател*|хозя*|семьи))', 'в доме (работодател*|хозя*|семьи)', 'проживание (вместе )?с семьей', 'живете (вместе )?с семьей', 'жить (вместе )?с семьей'],
      kk: ['үйде тұрып', '(отбасында|жұмыс берушінің үйінде|қожайынның үйінде) (тұрып|тұрасыз|тұру*)', 'үйінде тұрасыз', 'отбасымен (бірге )?(тұр*|тұрасыз)'],
      ky: ['үйдө жашап', '(үй бүлөдө|иш берүүчүнүн үйүндө|кожоюндун үйүндө) (жашап|жашайсыз|жашоо*)', 'үйүндө жашайсыз', 'үй бүлө менен (бирге )?жаша*'],
      uz: ['uyda yashab', '(oilada|ish beruvchining uyida|xoʻjayinning uyida) (yashab|yashaysiz|yashash*)', 'uyida yashaysiz', 'oila bilan birga', 'oila(si)? bilan (birga )?(yashash|yashaysiz|yashab)'],
      tg: ['дар хона (зиндагӣ|истиқомат) карда', '(дар оила|дар хонаи (корфармо|соҳиб*)) (зиндагӣ|истиқомат) (карда|мекунед)', 'дар хонаи (корфармо|соҳиб*) мемонед', 'бо оила (зиндагӣ|якҷо|ҳамроҳ)', 'бо оилаи (корфармо|соҳиб*)'],
      tk: ['öýde ýaşap', '(maşgalada|iş berijiniň öýünde|hojaýynyň öýünde) (ýaşap|ýaşaýarsyňyz|ýaşamaly)', 'öýünde ýaşaýarsyňyz', 'maşgala bilen (bile )?ýaşa*'],
    },
  }),
  concept({
    id: 'domestic-work',
    // Work in a private household: a nanny, a carer, a housekeeper (with `live-in`).
    patterns: {
      en: ['nanny', 'nannies', 'babysitter*', 'caregiver*', 'carer*', 'housekeep*', 'maid*', 'housemaid*', 'domestic (worker*|helper*|work)', 'au pair'],
      ru: ['нян(я|и|ю|ей)', 'сиделк*', 'домработниц*', 'гувернантк*', 'помощниц* по хозяйству', 'горничн*'],
      kk: ['бала күтуші*', 'күтуші*', 'үй (қызметшісі*|жұмысшысы*)', 'няня*', 'сиделка*'],
      ky: ['бала багуучу*', 'бала кароочу*', 'кароочу*', 'үй (кызматчысы*|жумушчусу*)', 'няня*', 'сиделка*'],
      uz: ['enaga*', 'tarbiyachi*', 'qarovchi*', 'uy (ishchisi*|xizmatchisi*|bekasi*)', 'hamshira*', 'nyanya*', 'sidelka*'],
      tg: ['доя*', 'парастор*', 'хизматгор*', 'ниҳолпарвар*', 'няня*', 'сиделка*'],
      tk: ['çaga bakyjy*', 'hasta bakyjy*', 'garrylara seredýän', 'öý hyzmatçy*', 'bakyjy*', 'nýanýa*', 'sidelka*'],
    },
  }),
  concept({
    id: 'study-and-work',
    // Enrolment sold as a way to work abroad: "study + work", "учёба и работа", "o'qish va ish",
    // "okuw we iş", "work full time while you study" — a student's status used as a work visa
    // (decision 4 of "Method decisions after seven batches"). Not the lawful part-time allowance
    // of a student visa (`work-limit`).
    patterns: {
      en: ['study (and )?work', 'work (while|and) (you )?study*', 'study and work at the same time', 'enrol* ~ and work'],
      ru: ['уч(е|ё)ба (и )?работа', 'учиться и работать', 'работа (во время|и) уч(е|ё)б*', 'учеба с работой', 'поступ* ~ и работа*'],
      kk: ['оқу (және )?жұмыс', 'оқып (жүріп )?жұмыс істеу*', 'оқумен қатар жұмыс'],
      ky: ['окуу (жана )?иш', 'окуп (жүрүп )?иштөө*', 'окуу менен катар иш*'],
      uz: ['oʻqish (va )?ish', 'oʻqib (turib )?ishlash*', 'oʻqish bilan birga ish*'],
      tg: ['таҳсил (ва )?кор', 'хондан ва кор кардан', 'ҳам таҳсил ҳам кор'],
      tk: ['okuw (we )?iş', 'okap (ýörkä )?işlemek', 'okuw bilen bilelikde iş*'],
    },
  }),
  concept({
    id: 'work-limit',
    // The lawful limit of a student's work — part-time, so many hours a week — or a training whose
    // work is the study itself, under a training contract (Germany's Ausbildung, dual training, an
    // apprenticeship): `study-and-work` is not a student visa used for work there.
    patterns: {
      en: ['part time', 'part-time', '(up to|no more than|max*) # hours (a|per) week', '# hours (a|per) week (during|in) term*', 'ausbildung*', 'dual*', 'apprentice*', 'vocational training', 'training contract'],
      ru: ['неполн* (день|рабоч*|занятост*)', 'частичн* занятост*', '(до|не более) # час* в неделю', 'ausbildung*', 'dual*', 'дуальн*', 'профессиональн* обучени*', 'ученическ* договор*', 'аусбилдунг*'],
      kk: ['толық емес (күн|жұмыс*)', 'аптасына # сағатқа дейін', 'ausbildung*', 'dual*', 'кәсіптік оқу*', 'аусбильдунг*'],
      ky: ['толук эмес (күн|иш*)', 'жумасына # саатка чейин', 'ausbildung*', 'dual*', 'кесиптик окуу*', 'аусбилдунг*'],
      uz: ['toʻliq boʻlmagan (kun|ish*)', 'haftasiga # soatgacha', 'ausbildung*', 'dual*', 'kasbiy taʼlim*', 'kasb taʼlimi*', 'ausbildung*'],
      tg: ['нопурра (рӯз|кор*)', 'то # соат дар ҳафта', 'ausbildung*', 'dual*', 'таълими касбӣ', 'омӯзиши касбӣ'],
      tk: ['doly däl (gün|iş*)', 'hepdede # sagada çenli', 'ausbildung*', 'dual*', 'hünär okuw*', 'hünär taýýarlyg*'],
    },
  }),
  // --- lawful costs (method decision 4) -----------------------------------------------------------
  concept({
    id: 'remainder',
    // The rest of the pay, after an advance: "the rest at the end of the season", "остаток в конце
    // сезона", "боқимонда дар охири мавсим". With the end of a term in one clause it is pay held
    // until then, whatever is handed out meanwhile (decision 2 of "Method decisions after seven batches").
    patterns: {
      en: ['the rest', 'the remainder', 'the balance', 'what remains'],
      ru: ['остаток', 'остальн*', 'оставш* (сумм*|часть|деньги)'],
      kk: ['қалғаны', 'қалғанын', 'қалған (ақша*|сома*|бөлігі*)'],
      ky: ['калганы', 'калганын', 'калган (акча*|сумма*|бөлүгү*)'],
      uz: ['qolgani', 'qolganini', 'qolgan (pul*|summa*|qism*)'],
      tg: ['боқимонда*', 'боқии (пул*|маош*)'],
      tk: ['galany', 'galanyny', 'galan (pul*|mukdar*|bölegi*)'],
    },
  }),
  concept({
    id: 'as-guarantee',
    // Pay kept "as a guarantee" or "as a deposit": the worker's own wages held so that the worker
    // stays. Not pay that is guaranteed ("гарантированная зарплата", "kafolatlangan oylik").
    patterns: {
      en: ['as (a )?(guarantee|security|deposit|pledge)'],
      ru: ['(в качестве|как) (гаранти*|залог*|депозит*)', 'в залог', 'под залог', 'как гарантия', 'как страховк*', 'в качестве страховк*'],
      kk: ['кепілдік (ретінде|үшін)', 'кепіл (ретінде|ретiнде)', 'кепілге', 'кепілдік ақы (ретінде)?'],
      ky: ['кепилдик (катары|үчүн)', 'кепил (катары)', 'күрөөгө', 'кепил акы (катары)?'],
      uz: ['kafolat (sifatida|uchun|tariqasida)', 'garov (sifatida|uchun)', 'garovga', 'kafolat puli sifatida', 'garov puli sifatida'],
      tg: ['ҳамчун (кафолат|гарав|замонат)', 'ба гарав', 'барои кафолат', 'ҳамчун пули (кафолат|гарав)'],
      tk: ['kepillik (hökmünde|üçin)', 'girew (hökmünde|üçin)', 'girewe', 'kepil (hökmünde|üçin)', 'kepillik puly hökmünde'],
    },
  }),
  concept({
    id: 'per-period',
    // A rate per week or month: housing or meals taken from pay at a stated rate ("£70 a week",
    // "550 zł/мес", "ҳафтасига £70", "айына 600 zł") are a charge for what the worker uses, not the
    // repayment of something advanced (decision 3 of "Method decisions after seven batches").
    patterns: {
      en: ['(a|per|each|every) (week|month|day|night)', 'weekly', 'monthly', '# week', '# month', '# (zł|zl|pln|eur|euro|usd|gbp|aed) (week|month)'],
      ru: ['в (месяц|неделю|сутки|день)', 'ежемесячно', 'еженедельно', 'мес', 'нед'],
      kk: ['айына', 'аптасына', 'тәулігіне', 'ай сайын', 'апта сайын', '# (zł|zl|евро|доллар|рубль|теңге|лира) ай'],
      ky: ['айына', 'жумасына', 'суткасына', 'ай сайын', 'жума сайын', '# (zł|zl|евро|доллар|рубль|сом|лира) ай'],
      uz: ['oyiga', 'haftasiga', 'kuniga', 'har oy', 'har hafta', '# (zł|zl|yevro|evro|euro|dollar|rubl|soʻm|som|tenge|lira) oy', '# (zł|zl|евро|доллар|рубль|сўм|сум|тенге|лира) ой'],
      tg: ['дар (як )?(моҳ|ҳафта|шабонарӯз)', 'ҳар моҳ', 'ҳар ҳафта', 'моҳона', 'ҳафтаина', '# (zł|zl|евро|доллар|рубл|сомонӣ|лира) моҳ'],
      tk: ['aýda', 'hepdede', 'gije gündizde', 'her aý', 'her hepde', 'aýlyk töleg', '# (zł|zl|ýewro|euro|dollar|rubl|manat|lira) aý'],
    },
  }),
  concept({
    id: 'housing',
    // Housing or meals, the one cost an employer may lawfully take from pay at a stated amount in the contract.
    patterns: {
      en: ['accommodation', 'housing', 'caravan*', 'dormitory', 'hostel', 'room', 'rent', 'meals', 'live in', 'living in', 'lodging'],
      ru: ['жиль*', 'проживани*', 'общежити*', 'комнат*', 'аренд*', 'питани*', 'хостел*', 'живете', 'живёте', 'жить'],
      kk: ['жатақхана*', 'тұрғын үй*', 'тұру', 'бөлме*', 'тамақ*', 'пәтер*'],
      ky: ['жатакана*', 'турак жай*', 'жашоо', 'бөлмө*', 'тамак*', 'батир*'],
      uz: ['yotoqxona*', 'turar joy*', 'yashash*', 'xona*', 'ovqat*', 'ijara*', 'kvartira*', 'karavan*'],
      tg: ['хобгоҳ*', 'манзил*', 'истиқомат*', 'ҳуҷра*', 'хӯрок*', 'иҷора*'],
      tk: ['ýatakhana*', 'ýaşaýyş*', 'otag*', 'nahar*', 'kärende*', 'kwartira*'],
    },
  }),
  concept({
    id: 'in-contract',
    // Written in the contract: "(maoshdan ushlanishi shartnomada yozilgan)", "bu şertnamada ýazylan";
    // or deducted openly, on the payslip ("120 €/oy, oylikdan ochiq ushlanadi"): a stated term, not a
    // debt the worker cannot see.
    patterns: {
      en: ['in (the|your) (contract|agreement)', '(stated|written|set out|specified) in (the |your )?(contract|agreement)', 'under the contract', '(openly|transparently) (deducted|taken)', '(shown|listed) on (the |your )?payslip*'],
      ru: ['в (договоре|контракте)', 'по договору', 'согласно (договору|контракту)', 'прописан* в (договоре|контракте)', '(открыто|прозрачно) (удержива*|вычита*)', 'в расч(е|ё)тн* лист*'],
      kk: ['келісімшартта', 'шартта', 'келісімшартқа (жазылған|сәйкес)', 'ашық (ұсталады|шегеріледі)'],
      ky: ['келишимде', 'келишимге (жазылган|ылайык)', 'контрактта', 'ачык (кармалат|кесилет)'],
      uz: ['shartnomada', 'shartnomaga (koʻra|muvofiq|yozilgan)', 'ochiq (ushlanadi|ushlab qolinadi|chegiriladi)', 'hisob varaq(a|as)i*'],
      tg: ['дар шартнома', 'дар қарордод', 'мувофиқи шартнома', 'ошкоро (нигоҳ дошта|тарҳ)'],
      tk: ['şertnamada', 'şertnama (laýyklykda|görä)', 'açyk (tutulýar|aýrylýar)'],
    },
  }),
  concept({
    id: 'travel',
    // Travel to the job: tickets, flights, visas, a rotation camp, a border. Travel advice is given only when the offer involves leaving home.
    patterns: {
      en: ['ticket*', 'flight*', 'airfare', 'airport*', 'visa', 'visas', 'work permit*', 'departure', 'relocat*', 'move to', 'fly (to|out)', 'border', 'shift camp', 'accommodation (provided|included)'],
      ru: ['билет*', 'перелет*', 'авиабилет*', 'аэропорт*', 'виз(а|у|ы|ой|е)', 'визов*', 'вылет*', 'отъезд*', 'переезд*', 'вахт*', 'разрешени* на работу', 'патент*', 'границ*', 'поездк*'],
      kk: ['билет*', 'әуежай*', 'виза*', 'ұшақ*', 'вахта*', 'шекара*', 'көшіп келу*'],
      ky: ['билет*', 'аэропорт*', 'виза*', 'учак*', 'вахта*', 'чек ара*'],
      uz: ['chipta*', 'bilet*', 'aeroport*', 'viza*', 'samolyot*', "jo'nash*", 'vaxta*', 'chegara*', 'uchish*'],
      tg: ['чипта*', 'билет*', 'фурудгоҳ*', 'раводид*', 'виза*', 'ҳавопаймо*', 'вахта*', 'сарҳад*', 'парвоз*'],
      tk: ['bilet*', 'howa menzil*', 'wiza*', 'uçar*', 'uçuş*', 'serhet*', 'wahta*'],
    },
  }),
  concept({
    id: 'agency',
    // An agency or intermediary: where advice to check a licence applies.
    patterns: {
      en: ['agenc*', 'recruiter*', 'intermediar*', 'recruitment (company|firm)'],
      ru: ['агентств*', 'рекрутер*', 'рекрутинг*', 'посредник*'],
      kk: ['агенттік*', 'делдал*'],
      ky: ['агенттик*', 'ортомчу*'],
      uz: ['agentlik*', 'vositachi*', 'rekruting*'],
      tg: ['агентӣ', 'агентии', 'агентство*', 'миёнарав*'],
      tk: ['agentlik*', 'araçy*'],
    },
  }),
  // --- batch M's misses as classes (branch offer-m; docs/offer-check.md, "Tuning on M") ----------
  concept({
    id: 'visitor-visa',
    // A visa that gives a visitor's status, named by its kind: a business visa, a Schengen (short-stay)
    // visa, a visit visa named in two languages ("Қонақ (visit) визасымен"). Read only with papers
    // "made there" or "sorted out" in the same sentence (`tourist-visa-work`): a business visa for a
    // business trip is lawful.
    patterns: {
      en: ['business visa*', 'schengen visa*', 'schengen (tourist|short stay) visa*'],
      ru: ['бизнес виз*', 'делов* виз*', 'шенгенск* виз*', 'виз* шенген*', 'шенген'],
      kk: ['бизнес виза*', 'іскерлік виза*', 'шенген виза*', 'шенгенск* виз*', '(visit|tourist|business) виза*'],
      ky: ['бизнес виза*', 'ишкердик виза*', 'шенген виза*', 'шенгенск* виз*', '(visit|tourist|business) виза*'],
      uz: ['biznes viza*', 'shengen viza*', 'shengen'],
      tg: ['бизнес виза*', 'визаи (бизнес|тиҷоратӣ|шенген*)', 'раводиди (тиҷоратӣ|шенген*)', 'шенген*', '(visit|tourist|business) виза*'],
      tk: ['biznes wiza*', 'işewür wiza*', 'şengen wiza*', 'şengen'],
    },
  }),
  concept({
    id: 'arranged-there',
    // Papers made at the destination, after arrival: "the work visa is done there in 1–2 months", "iş
    // rugsady Polşada ýerinde resmileşdirilýär", "our partner registers you after arrival", "our
    // lawyer changes your status". With a
    // visitor's visa or a tourist entry in the same sentence, the worker arrives without the right
    // to work (`tourist-visa-work`).
    patterns: {
      en: ['after (your |you )?arriv*', '(on|upon) arrival', 'on site', 'on the spot', 'once (you are |you re )?there', 'when you arrive', 'change* (your |the )?status'],
      ru: ['на месте', 'по (приезд*|прибыти*)', 'после (приезд*|прибыти*)', 'уже там', 'там (сделаем|оформим|оформят|сделают|делаем|оформляем|оформляют|делают)', '(смен*|помен*|измен*) ~ статус*'],
      kk: ['сол жақта', 'сонда', 'барған(нан)? (соң|кейін)', 'келген(нен)? (соң|кейін)', 'келгенде', 'орнында', 'мәртебе* ~ (ауыстыр*|өзгерт*)', 'статус* ~ (ауыстыр*|өзгерт*)'],
      ky: ['ошол жакта', 'ошол жерде', 'баргандан (кийин|соң)', 'келгенден (кийин|соң)', 'барганда', 'келгенде', 'жеринде', 'статус* ~ (алмаштыр*|өзгөрт*)'],
      uz: ['joyida', 'u yerda', 'oʻsha yerda', 'borgach*', 'borganingizdan (keyin|soʻng)', 'yetib borgach*', 'kelganingizdan (keyin|soʻng)', 'status* ~ oʻzgartir*', 'maqom* ~ oʻzgartir*'],
      tg: ['дар ҷо(й|яш)', 'дар ҳамон ҷо', 'дар онҷо', 'баъд аз (расидан|омадан)', 'пас аз (расидан|омадан)', 'баъди (расидан|омадан)', '(мақом*|статус*) ~ иваз*'],
      tk: ['ýerinde', 'ol ýerde', 'şol ýerde', 'baranyňyzdan soň', 'baranyňyzda', 'barandan soň', 'gelenden soň', 'status* ~ (üýtget*|üýtged*)'],
    },
  }),
  concept({
    id: 'lawful-claim',
    // An unlawful arrangement said to be lawful or the official procedure: "this is the normal
    // procedure", "Польшада бұл заңды". With a visitor's status or classes skipped in the same sentence
    // it is false information about the law (`false-legal-assurance`). Not "everyone works like this",
    // which says what people do, not what the law is (`fla-ru-medium-turkey-tourist-season`'s writer
    // counts it as nothing beside the tourist entry).
    patterns: {
      en: ['(this|it|that) is (the )?(normal|standard|usual|official) procedure', '(this|it|that) is (completely |fully |totally |perfectly )?(legal|allowed|lawful)', 'perfectly legal'],
      ru: ['(это|так) (законно|легально|разрешено)', 'это (нормальная|обычная|стандартная|официальная) процедура', 'вполне (законно|легально)', 'это не запрещено'],
      kk: ['бұл заңды', 'бұл заңсыз емес', 'бұл (қалыпты|кәдімгі|ресми) (процедура|тәртіп)', 'бұл рұқсат етілген'],
      ky: ['бул мыйзамдуу', 'бул мыйзамсыз эмес', 'бул (кадимки|нормалдуу|расмий) (процедура|тартип)', 'бул уруксат берилген'],
      uz: ['bu qonuniy', 'bu qonunga zid emas', 'bu (oddiy|odatiy|normal|rasmiy) (tartib|protsedura)'],
      tg: ['ин қонунӣ', 'ин (тартиби|расмиёти) (муқаррарӣ|оддӣ|маъмулӣ|расмӣ)'],
      tk: ['bu kanuny', 'bu kanunalaýyk', 'bu (adaty|kadaly|resmi) (tertip|prosedura)'],
    },
  }),
  concept({
    id: 'police',
    // The police or traffic police. With "we solve it" in one sentence (`false-legal-assurance`): a
    // recruiter promising to deal with the police for a worker who has no right to be there.
    patterns: {
      en: ['police', 'policem*', 'cops', 'traffic police'],
      ru: ['полици*', 'полицейск*', 'милици*', 'гаи', 'гибдд', 'дпс', 'мент(ы|ами|ов)'],
      kk: ['полиция*', 'полицей*', 'гаи', 'жол полиция*'],
      ky: ['милиция*', 'милиционер*', 'полиция*', 'гаи'],
      uz: ['politsiya*', 'militsiya*', 'militsioner*', 'gai', 'yhxb', 'dps'],
      tg: ['милиса*', 'милитсия*', 'полис', 'полиса', 'полисҳо', 'пулис*', 'гаи'],
      tk: ['polisiýa*', 'polis', 'milisiýa*', 'gai'],
    },
  }),
  concept({
    id: 'foreign-language',
    // A language the worker does not read and the destination writes: a contract only in it is one
    // the worker cannot check (`no-contract`). Not English, Russian, Turkish or a Central Asian language.
    patterns: {
      en: ['in (chinese|arabic|korean|japanese|hebrew)', '(chinese|arabic|korean|japanese|hebrew) only'],
      ru: ['на (китайском|арабском|корейском|японском|иврите)'],
      kk: ['(қытай|араб|корей|жапон) тілінде'],
      ky: ['(кытай|араб|корей|жапон) тилинде'],
      uz: ['(xitoy|arab|koreys|koreya|yapon) tilida'],
      tg: ['бо забони (чинӣ|арабӣ|кореягӣ|ҷопонӣ)'],
      tk: ['(hytaý|arap|koreý|ýapon) dilinde'],
    },
  }),
  concept({
    id: 'translation',
    // A translation, or a language the worker reads, beside the contract's language.
    patterns: {
      en: ['translat*', 'russian', 'uzbek', 'kazakh', 'kyrgyz', 'tajik', 'turkmen'],
      ru: ['перевод*', 'русск*', 'узбекск*', 'казахск*', 'кыргызск*', 'киргизск*', 'таджикск*', 'туркменск*'],
      kk: ['аударма*', 'орыс*', 'қазақ*'],
      ky: ['котормо*', 'орус*', 'кыргыз*'],
      uz: ['tarjima*', 'rus*', 'oʻzbek*'],
      tg: ['тарҷума*', 'русӣ', 'тоҷикӣ'],
      tk: ['terjime*', 'rus*', 'türkmen*'],
    },
  }),
  concept({
    id: 'fine',
    // A fine or penalty: taken from pay it is the table's wage manipulation (`fines`), not a debt the
    // worker repays ("брак чыкса айлыктан штраф кармалат"; tuning on M, branch offer-m).
    patterns: {
      en: ['fines', 'fined', 'penalt*'],
      ru: ['штраф*'],
      kk: ['айыппұл*', 'штраф*'],
      ky: ['айыппул*', 'айып пул*', 'штраф*'],
      uz: ['jarima*', 'shtraf*'],
      tg: ['ҷарима*', 'штраф*'],
      tk: ['jerime*', 'ştraf*'],
    },
  }),
  // --- batch N's classes (tuning on N, branch offer-n) -----------------------------------------------
  concept({
    id: 'pay-yourself',
    // The worker paying a cost directly, themself, not through the recruiter: with a state body in
    // the sentence, a fee paid to the state (`state-fee`).
    patterns: {
      en: ['you pay (it |this )?(yourself|directly)', 'paid by you directly', 'you pay (it |this )?(online|on the (official|government) (website|site))'],
      ru: ['(оплачиваете|платите|оплатите|заплатите) (сами|самостоятельно|лично)', '(сами|самостоятельно|лично) (оплачиваете|платите|оплатите|заплатите)'],
      kk: ['өзіңіз ~ төлейсіз', 'өзіңіз ~ (үкімет*|елшілік*|консулдық*) ~ төлейсіз', 'өзің ~ төлейсің'],
      ky: ['өзүңүз ~ төлөйсүз', 'өзүңүз ~ (өкмөт*|элчилик*|консулдук*) ~ төлөйсүз', 'өзүң ~ төлөйсүң'],
      uz: ['oʻzingiz ~ toʻlaysiz', 'oʻzingiz ~ (hukumat*|elchixona*|konsullik*) ~ toʻlaysiz', 'oʻzing ~ toʻlaysan'],
      tg: ['худатон ~ (пардохт мекунед|месупоред)', 'худатон ~ (ҳукумат*|сафорат*|консулгарӣ*) ~ (пардохт мекунед|месупоред)', 'худат ~ (пардохт мекунӣ|месупорӣ)'],
      tk: ['özüňiz ~ töleýärsiňiz', 'özüňiz ~ (hökümet*|ilçihana*|konsullyk*) ~ töleýärsiňiz', 'özüň ~ töleýärsiň'],
    },
  }),
  concept({
    id: 'interview',
    // An interview or an application: papers "not needed for now" at that step are not a status put off.
    patterns: {
      en: ['interview*', 'to apply', 'application'],
      ru: ['собеседовани*', 'для (анкеты|заявки)', 'на этапе отбора'],
      kk: ['сұхбат*', 'өтінім*'],
      ky: ['маек*', 'интервью*', 'арыз*'],
      uz: ['suhbat*', 'ariza*'],
      tg: ['мусоҳиба*', 'ариза*'],
      tk: ['söhbetdeşlik*', 'arza*'],
    },
  }),
  concept({
    id: 'invitation',
    // An invitation the recruiter makes or sends ("приглашение делаем сами"): beside a visitor's
    // visa, a private invitation for a visit used to bring a worker.
    patterns: {
      en: ['invitation*', 'invite letter*', 'letter of invitation'],
      ru: ['приглашени*'],
      kk: ['шақыру*'],
      ky: ['чакыруу*'],
      uz: ['taklifnoma*', 'chaqiruv*'],
      tg: ['даъватнома*'],
      tk: ['çakylyk*'],
    },
  }),
  concept({
    id: 'course',
    // A paid course or training sold as the way to a job: a language school, a training centre. Not
    // study itself (oʻqish, okuw), whose tuition is the price of a school, not of the job.
    patterns: {
      en: ['course*', 'training', 'language school', 'classes'],
      ru: ['обучени*', 'курсы', 'курсов', 'курсах', 'языков* (школ*|курс*)'],
      kk: ['оқыту*', 'курстар*', 'курсы', 'тіл (мектебі*|курсы*)'],
      ky: ['окутуу*', 'курстар*', 'курсу', 'тил (мектеби*|курсу*)'],
      uz: ['oʻqitish*', 'kurslar*', 'kursi', 'til (maktabi*|kursi*)'],
      tg: ['омӯзиш*', 'курсҳо*', 'курси'],
      tk: ['kurslar*', 'kursy', 'okuw kursy*', 'dil (mekdebi*|kursy*)'],
    },
  }),
  // deferral of the essentials, hazards, housing, pay held (tuning on N)
  concept({
    id: 'before-departure',
    // Before the worker leaves home, or at an embassy: what is done then can be checked in time
    // ("the contract is signed at the embassy before departure").
    patterns: {
      en: ['before (your )?(departure|you (leave|fly|travel)|leaving|flying|travel*)', 'at the embassy', 'in (your )?home country'],
      ru: ['до (выезда|отъезда|вылета|поездки)', 'перед (выездом|отъездом|вылетом|поездкой)', 'в посольств*', 'дома до'],
      kk: ['(кеткенге|ұшқанға|жүргенге) (дейін|шейін)', '(кетер|ұшар|жүрер) алдында', 'елшілікте'],
      ky: ['(кеткенге|учканга|жөнөгөнгө) чейин', '(кетээрден|учаардан|жөнөөдөн) (мурун|мурда)', 'элчиликте'],
      uz: ['(ketish|joʻnash|uchish)dan (oldin|avval)', '(ketishingiz|joʻnashingiz)dan (oldin|avval)', 'elchixonada'],
      tg: ['пеш аз (сафар|рафтан|парвоз|баромадан)', 'дар сафорат'],
      tk: ['(gitmezden|ugramazdan|uçmazdan) (öň|ozal)', 'ilçihanada'],
    },
  }),
  concept({
    id: 'on-arrival',
    // The time after the worker has arrived, or is aboard: an essential put off until then can no
    // longer be refused ("you sign your contract on board", "Polshaga borganingizda imzolaysiz").
    // Not a place ("on site", "joyida", "ol ýerde"), which as often says where the housing or the
    // training is: with place words, `k-tk-medium-oman-gurlusyk` went high against its label.
    patterns: {
      en: ['on board', 'aboard', '(on|upon|after) (your )?arrival', 'after (you )?arriv*', 'when you (arrive|get there|come)', 'once (you are |you re )?there'],
      ru: ['на борту', 'по (приезд*|прибыти*)', 'после (приезд*|прибыти*)', 'когда (приедете|прилетите|приедешь)'],
      kk: ['кемеде', 'келгенде', 'барғанда', 'барған(нан)? (соң|кейін)', 'келген(нен)? (соң|кейін)'],
      ky: ['кемеде', 'барганда', 'келгенде', 'баргандан (кийин|соң)', 'келгенден (кийин|соң)'],
      uz: ['kemada', 'borganingizda', 'borgach*', 'borganingizdan (keyin|soʻng)', 'yetib (borgach*|borganingizda|kelganingizda)', 'kelganingizda', 'kelgach*'],
      tg: ['дар киштӣ', 'баъд аз (расидан|омадан)', 'пас аз (расидан|омадан)', 'баъди (расидан|омадан)', 'ҳангоми (расидан|омадан)'],
      tk: ['gämide', 'baranyňyzda', 'baranyňyzdan soň', 'barandan soň', 'gelenden soň', 'geleniňizde'],
    },
  }),
  concept({
    id: 'signed',
    // Signing, making or handing over a contract, or explaining the job: the act an essential needs.
    patterns: {
      en: ['sign*', 'receive*', 'get', 'given', 'issued', 'concluded', 'explain*', 'discuss*', 'clarif*'],
      ru: ['подпис*', 'заключ*', 'оформ*', 'получ*', 'выда*', 'объясн*', 'расскаж*', 'обсуд*', 'узна(ете|ешь)'],
      kk: ['қол қой*', 'жасал*', 'жасаймыз', 'беріл*', 'аласыз', 'түсіндір*', 'айтыл*', 'білесіз', 'қол қоя*', 'қол қойыл*'],
      ky: ['кол кой*', 'түзүл*', 'түзөбүз', 'берил*', 'аласыз', 'түшүндүр*', 'айтыл*', 'билесиз', 'кол коё*', 'кол коюл*'],
      uz: ['imzola*', 'tuzil*', 'tuzamiz', 'beriladi', 'olasiz', 'tushuntir*', 'aytiladi', 'aytamiz', 'bilasiz'],
      tg: ['имзо*', 'баста мешавад', 'мебандем', 'дода мешавад', 'мегиред', 'фаҳмон*', 'гуфта мешавад', 'мефаҳмед'],
      tk: ['gol çek*', 'baglaş*', 'berilýär', 'alarsyňyz', 'düşündir*', 'aýdylýar', 'bilersiňiz'],
    },
  }),
  concept({
    id: 'job-terms',
    // What the job is: its content, duties, schedule or conditions. Put off until arrival, it is the
    // ILO/EC's deception about the nature of the job ("Иш мазмуни ва жадвал жойида тушунтирилади").
    patterns: {
      en: ['duties', 'job (content|description|duties|details)', 'what the (job|work) is', 'the work itself', 'working conditions', 'your (tasks|duties|schedule)'],
      ru: ['обязанност*', 'суть работы', 'содержани* работы', 'условия работы', 'чем (будете|будешь) заниматься', 'график работы'],
      kk: ['міндет(тер)?і', 'жұмыс (мазмұны|түрі|шарттары|кестесі)', 'жұмыстың (мазмұны|түрі|шарттары)'],
      ky: ['милдет(тер)?и', 'иш(тин)? (мазмуну|түрү|шарттары|графиги)'],
      uz: ['ish (mazmuni|turi|sharoit*|jadvali|vazifa*)', 'vazifa(lar)?ingiz', 'nima ish'],
      tg: ['вазифа(ҳо)?и кор*', 'мазмуни кор', 'шароити кор', 'ҷадвали кор'],
      tk: ['iş(iň)? (mazmuny|görnüşi|şertleri|tertibi)', 'wezipe(ler)?iňiz'],
    },
  }),
  concept({
    id: 'status-papers',
    // The papers a migrant's stay and work rest on: registration, a residence permit, "the
    // documents" or "the paperwork" of the stay. Not a passport by itself (`document`).
    patterns: {
      en: ['registration', 'residence (permit*|registration)', 'legal status', 'paperwork', 'the papers', 'documents'],
      ru: ['регистраци*', 'прописк*', 'внж', 'вид на жительство', 'документ*', 'оформлени*'],
      kk: ['тіркеу*', 'тіркел*', 'құжат*', 'рәсімдеу*', 'прописка*', 'регистрация*'],
      ky: ['каттоо*', 'каттал*', 'каттап', 'документ*', 'тариздөө*', 'прописка*', 'регистрация*'],
      uz: ['registratsiya*', 'propiska*', 'hujjat*', 'roʻyxatga ol*', 'rasmiylashtir*'],
      tg: ['бақайдгирӣ', 'ба қайд*', 'ҳуҷҷат*', 'регистратсия*', 'прописка*'],
      tk: ['hasaba al*', 'registrasiýa*', 'resminama*', 'dokument*', 'propiska*'],
    },
  }),
  concept({
    id: 'for-now',
    // "For now", "not yet", "at first": a requirement put off, not waived for good.
    patterns: {
      en: ['for now', 'for the time being', 'not yet', 'at first', 'at the start'],
      ru: ['пока', 'пока что', 'на первое время', 'сначала', 'поначалу'],
      kk: ['әзірге', 'қазірше', 'алғашында', 'қазір'],
      ky: ['азыр', 'азырынча', 'алгач', 'башында'],
      uz: ['hozircha', 'hozir', 'dastlab', 'boshida', 'avvaliga'],
      tg: ['ҳоло', 'ҳоло ки', 'ҳозир', 'ҳозирча', 'аввал'],
      tk: ['häzirlikçe', 'häzir', 'entek', 'ilki', 'başda'],
    },
  }),
  concept({
    id: 'fixer',
    // Someone of the recruiter's who will make a legal obstacle go away: "our lawyer", "our people".
    // With "will solve it" (`sort-out`) in the sentence it is false information about the law.
    patterns: {
      en: ['our lawyer*', 'our (people|person|guy|man|contacts|connections)', 'we have (our )?(people|contacts|connections)'],
      ru: ['наш* юрист*', 'наш* адвокат*', 'наш* (люди|человек|связи)', 'свои люди', 'у нас (есть )?(связи|свои люди)'],
      kk: ['біздің (заңгер*|юрист*|адвокат*)', 'заңгеріміз*', 'юристіміз*', 'біздің адамдар*'],
      ky: ['биздин (юрист*|адвокат*)', 'юристибиз*', 'биздин (адамдар|кишилер)'],
      uz: ['bizning (yurist*|advokat*)', 'yuristimiz*', 'advokatimiz*', 'bizning odamlar*', 'tanishlarimiz*'],
      tg: ['(ҳуқуқшинос|юрист|адвокат)и мо', 'одамони (мо|худамон)', 'шиносҳои мо'],
      tk: ['biziň (ýurist*|hukukçy*|adwokat*)', 'ýuristimiz*', 'biziň adamlarymyz*', 'tanyşlarymyz*'],
    },
  }),
  concept({
    id: 'nobody-checks',
    // "Nobody checks": the law said not to apply in practice — false information about the law.
    patterns: {
      en: ['(nobody|no one|no-one) (checks|will check|controls|cares|asks)', 'no (checks|inspections)'],
      ru: ['никто не (проверя*|провер*|контролир*|спрос*)', 'проверок (нет|не бывает)', 'не проверяют'],
      kk: ['ешкім (тексермейді|тексермейді|сұрамайды)', 'тексеру (жоқ|болмайды)'],
      ky: ['эч ким (текшербейт|сурабайт)', 'текшерүү (жок|болбойт)'],
      uz: ['hech kim (tekshirmaydi|soʻramaydi|qaramaydi)', 'tekshiruv (yoʻq|boʻlmaydi)', 'tekshirishmaydi'],
      tg: ['ҳеҷ кас (тафтиш намекунад|намепурсад|санҷиш намекунад)', '(тафтиш|санҷиш) нест'],
      tk: ['hiç kim (barlamaýar|soramaýar)', 'barlag (ýok|bolmaýar)'],
    },
  }),
  concept({
    id: 'leave-early',
    // Leaving before the end of the season or contract.
    patterns: {
      en: ['leave* (early|before the end)', 'quit* (early|before the end)', 'before the (end of the )?(season|contract) (ends|is over)'],
      ru: ['(уедет|уедете|уйдёт|уйдет|уйдете|уйдёте|уехать|уйти|уезжает) (раньше|досрочно|до конца)', 'досрочн* (уход|отъезд|расторжени*)', 'раньше срока'],
      kk: ['ерте кет*', 'мерзімінен (бұрын|ерте)', '(маусым|келісімшарт) (біткенше|аяқталғанша) кет*'],
      ky: ['эрте кет*', 'мөөнөтүнөн (мурун|эрте)', '(сезон|келишим) (бүткөнчө|аяктаганча) кет*'],
      uz: ['erta ket*', 'muddatidan (oldin|avval)', '(mavsum|shartnoma) (tugamasdan|oxirigacha) ket*', 'oldinroq ket*'],
      tg: ['пеш аз (охири|анҷоми|тамом шудани) (мавсим|мавсум|шартнома|кор)', 'барвақт (равад|равед|рафтан)', 'пеш аз мӯҳлат'],
      tk: ['ir git*', 'möhletinden (öň|ozal)', '(möwsüm|şertnama) (gutarmanka|gutarmazdan öň) git*'],
    },
  }),
  concept({
    id: 'forfeit',
    // Pay or a deposit lost: not paid, not returned, not received.
    patterns: {
      en: ['(is|are|will be) not (paid|returned|refunded)', 'not (paid|returned|refunded)', 'lose* (your |the |all )?(pay|salary|wages|deposit|money)', 'forfeit*', '(get|receive*) nothing', 'will not (get|receive) (your |the )?(pay|salary|wages|money)'],
      ru: ['не (выплачива*|выплат*|возвраща*|верн*|получ*)', 'теря(ет|ете|ешь) (зарплат*|деньги|залог)', 'сгора*', 'ничего не получ*'],
      kk: ['берілмейді', 'төленбейді', 'қайтарылмайды', 'алмайды', 'ала алмайды'],
      ky: ['берилбейт', 'төлөнбөйт', 'кайтарылбайт', 'албайт', 'ала албайт'],
      uz: ['berilmaydi', 'toʻlanmaydi', 'qaytarilmaydi', 'ololmaydi', 'olmaydi'],
      tg: ['намегир(ад|ед|анд)', 'дода намешавад', 'пардохт намешавад', 'баргардонда намешавад'],
      tk: ['berilmeýär', 'tölenmeýär', 'gaýtarylmaýar', 'alyp bilmeýär', 'almaýar'],
    },
  }),
  concept({
    id: 'to-family',
    // Pay sent to the worker's parents or family, not to the worker.
    patterns: {
      en: ['to your (parents|family|father|mother)', 'to the (parents|family)'],
      ru: ['родителям', '(вашей|твоей) семье'],
      kk: ['ата-анаңызға', 'ата-анаңа', 'ата анаңызға', 'отбасыңызға'],
      ky: ['ата-энеңизге', 'ата-энеңе', 'ата энеңизге', 'үй-бүлөңүзгө'],
      uz: ['ota-onangizga', 'ota onangizga', 'ota-onangga', 'oilangizga'],
      tg: ['ба (падару модар|падару модаратон|волидайн*|волидон*|оилаатон)'],
      tk: ['ene-ataňyza', 'ene atanyza', 'ene-ataňa', 'maşgalaňyza'],
    },
  }),
  concept({
    id: 'height-work',
    // Work at height or on ropes: facades, roofs, industrial climbing (промальп), scaffolding.
    patterns: {
      en: ['(work|working) at height*', 'rope access', 'industrial climb*', 'facade*', 'façade*', 'roof*', 'scaffold*', 'high rise'],
      ru: ['на высоте', 'высотн*', 'промальп*', 'промышленн* альпинист*', 'фасад*', 'кровл*', 'кровел*', 'крыш*', 'леса(х)?', 'монтажник*'],
      kk: ['биіктікте', 'биіктік*', 'промальп*', 'фасад*', 'шатыр(да|дан|ға)', 'төбе(де|ден)', 'монтажшы*'],
      ky: ['бийиктикте', 'бийиктик*', 'промальп*', 'фасад*', 'чатыр(да|дан|га)', 'монтажчы*'],
      uz: ['balandlikda', 'balandlik*', 'promalp*', 'fasad*', 'tom(da|dan|ga)', 'montajchi*', 'qavat'],
      tg: ['дар баландӣ', 'баландӣ', 'промалп*', 'фасад*', 'бом(и|ҳо)?', 'монтажчӣ*'],
      tk: ['beýiklikde', 'beýiklik*', 'promalp*', 'fasad*', 'üçek*', 'montažçy*'],
    },
  }),
  concept({
    id: 'no-protection',
    // Safety gear at the worker's own cost or absent, no safety training: "каска и пояс свои",
    // "страховка камарини ўзингиз олиб келасиз", "ошол жерде үйрөнөсүз" with no experience.
    patterns: {
      en: ['(bring|buy) your own (harness*|helmet*|gear|equipment|ppe|safety)', 'own (harness*|helmet*|safety gear|ppe)', 'no (safety )?(harness*|helmet*|training|safety gear|ppe)', 'without (safety )?(training|harness*|equipment)'],
      ru: ['(каск*|пояс*|страховк*|снаряжени*|спецодежд*|верёвк*|веревк*) ~ (свои|своё|свое|свой|за свой сч(е|ё)т)', 'без (страховк*|обучени*|допуск*|снаряжени*)', '(своя|своё|свое|свои) (каска|страховка|снаряжение|пояс)'],
      kk: ['(каска*|белдік*|страховка*|арқан*) ~ (өзіңіз*|өз есебіңізден|өзіңізден)', '(каска|белдік|арқан|страховка)сыз'],
      ky: ['(каска*|кур*|ремень*|аркан*|страховка*) ~ (өзүңүз*|өз эсебиңизден|өзүңүздөн)', '(каска|аркан|страховка)сыз'],
      uz: ['(kaska*|kamar*|arqon*|strahovka*) ~ (oʻzingiz*|oʻz hisobingizdan)', '(kaska|kamar|arqon|strahovka)siz', 'bizda yoʻq'],
      tg: ['(каска*|камарбанд*|ресмон*|страховка*) ~ (аз худатон|худатон|аз ҳисоби худ*)', 'бе (каска|камарбанд|страховка|омӯзиш)'],
      tk: ['(kaska*|guşak*|ýüp*|strahowka*) ~ (özüňiz*|öz hasabyňyzdan)', '(kaska|guşak|strahowka)syz'],
    },
  }),
  concept({
    id: 'tent',
    // A tent, a dugout or a hut as housing.
    patterns: {
      en: ['tent', 'tents', 'hut', 'huts', 'shack*'],
      ru: ['палатк*', 'шалаш*', 'землянк*'],
      kk: ['шатыр(лар)?(да|ларда)', 'палатка*', 'күрке*'],
      ky: ['чатыр(лар)?(да|ларда)', 'палатка*', 'алачык*'],
      uz: ['chodir*', 'palatka*', 'kapa*'],
      tg: ['хайма*', 'палатка*', 'чодир*'],
      tk: ['çadyr*', 'palatka*'],
    },
  }),
  concept({
    id: 'trailer',
    // A trailer, a site cabin, a container or a barrack as housing: lawful in many rotation jobs,
    // read only when crowded or without water.
    patterns: {
      en: ['trailer*', 'caravan*', 'container*', 'barrack*', 'cabin*'],
      ru: ['вагончик*', 'бытовк*', 'контейнер*', 'барак*', 'вагон(е|ах|ы)'],
      kk: ['вагон*', 'контейнер*', 'барак*'],
      ky: ['вагон*', 'контейнер*', 'барак*'],
      uz: ['vagon*', 'konteyner*', 'barak*'],
      tg: ['вагон*', 'контейнер*', 'барак*'],
      tk: ['wagon*', 'konteýner*', 'barak*'],
    },
  }),
  concept({
    id: 'crowd-count',
    // Eight or more people together.
    patterns: {
      en: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|workers)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|workers)'],
      ru: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)'],
      kk: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|кісі|жұмысшы)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|кісі|жұмысшы)'],
      ky: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|киши|жумушчу)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|киши|жумушчу)'],
      uz: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (kishi|odam|ishchi)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (kishi|odam|ishchi)'],
      tg: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас)'],
      tk: ['(8|9|10|11|12|13|14|15|16|18|20|25|30) (adam|kişi|işçi)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (adam|kişi|işçi)'],
    },
  }),
  concept({
    id: 'no-water',
    // Water brought by tanker or drawn from a well, or none: housing without running water.
    patterns: {
      en: ['water (by|from) (a )?(tanker|truck|well|barrel)', 'no (running )?water', 'no (shower*|toilet*)'],
      ru: ['вод* (из колодца|привоз*|в бочк*|цистерн*)', 'вод* ~ (цистерн*|из колодца|привозят)', 'без (воды|душа|туалета)', 'воды нет'],
      kk: ['су ~ (цистерна*|құдықтан|тасылады)', 'су жоқ'],
      ky: ['суу ~ (цистерна*|кудуктан|ташылат)', 'суу жок'],
      uz: ['suv ~ (sisterna*|quduqdan|tashiladi)', 'suv yoʻq'],
      tg: ['об аз чоҳ', 'об ~ (систерна*|аз чоҳ|оварда мешавад)', 'об нест'],
      tk: ['suw ~ (sisterna*|guýudan|daşalýar)', 'suw ýok'],
    },
  }),
  concept({
    id: 'six-days',
    // Six working days a week: with a day of twelve hours by the clock, 72 hours.
    patterns: {
      en: ['(6|six) days (a|per) week', 'six-day week', '6 day week', '6/1'],
      ru: ['(6|шесть) дней в неделю', 'шестидневк*', '6/1', '6 через 1'],
      kk: ['аптасына (6|алты) күн', '6/1'],
      ky: ['жумасына (6|алты) күн', '6/1'],
      uz: ['haftasiga (6|olti|5 6) kun', 'haftada (6|olti) kun', '6/1'],
      tg: ['ҳафтае (6|шаш) рӯз', 'ҳафтае (6|шаш) рӯзи корӣ', '6/1'],
      tk: ['hepdede (6|alty) gün', '6/1'],
    },
  }),
];

/** The id of every concept: the labels its parts carry in a combined flag's evidence. */
export const conceptIds: readonly string[] = concepts.map((c) => c.id);
