/**
 * Flags: recruitment risk signals, each pointing to an ILO/EC operational indicator (2009) in one
 * dimension, with a strength (the ILO grade, lowered where an advertisement can only hint at the
 * indicator). A flag's id is also the message id of its explanation in the widgets.
 *
 * Sources: ILO/EC Operational indicators of trafficking in human beings (2009); ILO General
 * principles for fair recruitment (2016) and definition of recruitment fees (2019); IOM IRIS;
 * Polaris; US TIP reports 2023–2025 on Central Asia; Uzbekistan's Migration Agency on Korea's EPS;
 * Volodko, Cockbain & Kleinberg (2020). Patterns in languages other than en and ru are drafts for
 * native review.
 */
import type { FlagRule } from '../../sdk/offer-check/rule-schema.js';

type Flag = Omit<FlagRule, 'kind'>;
const flag = (f: Flag): FlagRule => ({ kind: 'flag', ...f });

export const flags: FlagRule[] = [
  // --- deceptive recruitment -------------------------------------------------------------------
  flag({
    id: 'sex-industry-hint',
    dimension: 'deceptive-recruitment',
    strength: 'strong',
    indicator: 'deceived-nature-of-job',
    advice: ['ask-exact-job', 'call-hotline'],
    // Pay per drink ("consumation"), escort, "no intimacy" and "keep men company" are how sexual exploitation is advertised.
    patterns: {
      en: ['escort*', 'consumation', 'consummation', 'drinks commission', '(lady|ladies) drink*', 'commission (on|from) drinks', 'adult (entertainment|work|job*)', 'intim*', 'sugar (daddy|baby)', 'keep (men|male guests|guests|clients) company', 'entertain (men|male guests|male clients)', 'sit (and talk |and drink )?with (the )?(guests|clients|men)', '(encourage|persuade|get|push) (the )?(guests|clients) to (order|buy) (drinks|cocktails|alcohol)', 'outcall*', 'go out with (guests|clients) (to|after)'],
      ru: ['эскорт*', 'консумаци*', 'консумация', 'интим*', '(вип|vip) досуг*', 'досуг для (мужчин|vip|вип)', 'без интим*', 'составить компанию (гостям|мужчинам|клиентам)', 'общени* с мужчинами', 'работа с мужчинами', 'процент* (с|от) (напитк*|коктейл*)', '(сидеть|посидеть|подсаживаться|подсаживаетесь) (за столом )?(с|к) (гостями|гостям|клиентами|клиентам|мужчинами)', '(раскручивать|раскрутка|стимулировать|стимулирование|побуждать) ~ (гостей|клиентов) ~ (напитк*|коктейл*|заказ*|алкогол*)', '(раскрутка|раскручивать) на (напитк*|коктейл*|алкогол*)', 'выезд* (с|к) (гостями|гостям|клиентами|клиентам)'],
      kk: ['эскорт*', 'консумация*', 'ер адамдармен (сөйлесу|уақыт өткізу)', 'интим*', '(қонақтармен|клиенттермен) (бірге )?(отыру|отырып|отырасыз)', '(қонақтарды|клиенттерді) (сусынға|коктейльге|ішімдікке) (көндіру|тапсырыс беруге)', '(қонақтармен|клиенттермен) выезд*', 'выезд* (қонақтармен|клиенттермен)'],
      ky: ['эскорт*', 'консумация*', 'эркектер менен (баарлашуу|убакыт өткөрүү)', 'интим*', '(коноктор менен|кардарлар менен) (бирге )?(отуруу|отуруп|отурасыз)', '(конокторду|кардарларды) (суусундукка|коктейлге|ичимдикке) (көндүрүү|заказ)', 'выезд* (коноктор|кардарлар) менен', '(коноктор|кардарлар) менен выезд*'],
      uz: ['eskort*', 'konsumatsiya*', 'intim*', 'erkaklar bilan (suhbat*|vaqt oʻtkaz*)', 'mijozlar bilan vaqt oʻtkaz*', '(mehmonlar|mijozlar) bilan (birga )?(oʻtirish|oʻtirib|oʻtirasiz)', '(mehmonlarni|mijozlarni) (ichimlik*|kokteyl*) ~ (buyurtma*|undash|undaysiz)', 'vyezd* (mehmonlar|mijozlar) bilan', '(mehmonlar|mijozlar) bilan vyezd*'],
      tg: ['эскорт*', 'консуматсия*', 'интим*', 'бо мардон (вақт гузарон*|суҳбат*)', 'ҳамроҳ(ӣ|ии) (ба )?меҳмонон', 'бо (онҳо|меҳмонон|мизоҷон) (нишаста|нишастан)', 'ба фармоиши (нӯшокиҳо|нӯшокӣ|коктейл*) ~ ҳавасманд', '(меҳмононро|мизоҷонро) ~ ба (нӯшокиҳо|нӯшокӣ) ~ ҳавасманд', 'выезд* бо (меҳмонон|мизоҷон)'],
      tk: ['eskort*', 'konsumasiýa*', 'intim*', 'erkekler bilen (wagt geçir*|gürrüňdeş*)', '(myhmanlar|müşderiler) bilen (bile )?(oturmak|oturyp|oturmaly)', '(myhmanlary|müşderileri) (içgi*|kokteýl*) ~ (sargyt*|höweslendir*)', 'wyezd* (myhmanlar|müşderiler) bilen', '(myhmanlar|müşderiler) bilen wyezd*'],
    },
  }),
  flag({
    id: 'drug-courier',
    dimension: 'deceptive-recruitment',
    strength: 'strong',
    // The ILO/EC table's "deceived about the nature of the job" (strong), which ends in "forced into
    // illicit activities": "parcels" left at a spot on a map, photographed and sent as coordinates are
    // drug drops, the commonest way young migrants in Russia are recruited into dealing (and then
    // threatened with the police). A courier who hands parcels to people at an address is not this.
    indicator: 'deceived-nature-of-job',
    advice: ['ask-exact-job', 'call-hotline'],
    when: [{ all: ['parcel-courier', 'drop-point', 'coordinates'], within: 'sentence' }],
    // The one who makes the drops by the slang name; not "закладка" alone, which is also the laying
    // of a foundation ("закладка фундамента").
    patterns: {
      en: ['stash (courier*|drop*|job*)', 'drug drop*'],
      ru: ['закладчик*', 'кладм(е|э)н*'],
      kk: ['закладчик*'],
      ky: ['закладчик*'],
      uz: ['zakladchik*', 'kladmen*'],
      tg: ['закладчик*'],
      tk: ['zakladçik*'],
    },
  }),
  flag({
    id: 'military-recruitment',
    dimension: 'deceptive-recruitment',
    strength: 'strong',
    indicator: 'deceived-nature-of-job',
    advice: ['call-hotline', 'keep-in-touch'],
    // High-pay offers for Russia used to bring Central Asian men into the war (US TIP 2024–2025).
    // Or two of the signs that hide it: the front named "special objects" or "new regions", a large
    // bonus on signing, citizenship with the job (US TIP 2024–2025 on Central Asian migrants).
    when: [{ all: ['war-euphemism', 'signing-bonus'] }, { all: ['war-euphemism', 'citizenship'] }, { all: ['signing-bonus', 'citizenship'] }],
    patterns: {
      en: ['military (service )?contract*', 'special military operation', 'combat zone', '(ministry|mod) of defen(c|s)e (contract*|service)', 'volunteer (fighters|battalion*|corps)', 'contract with (the )?(russian )?ministry of defen(c|s)e', '(dig*|building) ~ (trench*|dugout*|fortification*)', 'trench*', 'dugout*', 'fortification*'],
      ru: ['сво', 'зон* (сво|боевых действий)', 'специальн* военн* операци*', 'военн* служб* по контракт*', 'контракт* с (министерств* обороны|мо рф|минобороны)', 'минобороны', 'добровольческ* (отряд*|батальон*|корпус*)', 'лнр', 'днр', 'министерств* обороны (рф|россии|российской федерации)', 'окоп*', 'блиндаж*', 'фортификац*', 'оборонительн* (сооружени*|рубеж*|лини*)'],
      kk: ['әскери келісімшарт*', 'сво', 'қорғаныс министрлігі* (мен|пен) келісімшарт*', '(ресей|рф) қорғаныс министрлігі*', 'окоп*', 'блиндаж*', 'қорғаныс (құрылыс*|нысан*)'],
      ky: ['аскердик келишим*', 'сво', 'коргоо министрлиги* менен (келишим*|контракт*)', '(россия*|орусия*) ~ коргоо министрлиги*', 'окоп*', 'блиндаж*', 'коргонуу (курулуш*|объект*)'],
      uz: ['harbiy shartnoma*', 'rossiya mudofaa vazirligi*', 'mudofaa vazirligi bilan shartnoma*', 'okop*', 'blindaj*', 'mudofaa inshoot*'],
      tg: ['шартномаи ҳарбӣ', 'вазорати мудофиаи русия', 'вазорати мудофиа* ~ (шартнома*|контракт*)', 'окоп*', 'блиндаж*', 'сангар*'],
      tk: ['harby şertnama*', 'goranmak ministrligi* bilen (şertnama*|kontrakt*)', 'russiýa* ~ goranmak ministrligi*', 'okop*', 'blindaž*', 'gorag desga*'],
    },
  }),
  flag({
    id: 'entertainment-job',
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-nature-of-job',
    advice: ['ask-exact-job', 'ask-company-details'],
    // "Hostess", dancer or model work abroad: the classic lure for Kyrgyz and Uzbek women to Türkiye and the UAE (US TIP).
    patterns: {
      en: ['hostess*', 'dancer*', 'go go', 'gogo', 'club (girl*|work*|job*)', 'nightclub*', 'night club*', 'bar girl*', 'karaoke*', 'massage (salon*|parlor*|parlour*)', 'models (wanted|needed)', 'model (job*|work)', 'entertainer*', 'vip (girl*|hostess*)', 'strip (club*|dancer*)', 'stripper*'],
      ru: ['хостес*', 'хостесс*', 'танцовщиц*', 'гоу гоу', 'ночн* клуб*', 'караоке*', 'массажистк*', 'массажн* салон*', 'работа моделью', 'фотомодел*', 'модел* (для|на) (работ*|съемк*)', 'официантк* (в|для) (клуб*|бар*)', 'аниматор* (в|для) (клуб*|бар*)', 'мастер* массаж*', 'стриптиз*'],
      kk: ['хостес*', 'биші*', 'түнгі клуб*', 'караоке*', 'массаж салон*', 'түнгі бар*', 'модель болып жұмыс*', 'массажист*', 'хостесс*'],
      ky: ['хостес*', 'бийчи*', 'түнкү клуб*', 'караоке*', 'массаж салон*', 'түнкү бар*', 'модель болуп иште*', 'массажист*', 'хостесс*'],
      uz: ['xostes*', 'raqqosa*', 'tungi klub*', 'karaoke*', 'massaj salon*', 'modellik', 'tungi bar*', 'model boʻlib ishla*', 'fotomodel*', 'massajist*', 'xostess*', 'tansovshitsa*', 'striptiz*'],
      tg: ['хостес*', 'раққоса*', 'клуби шабона', 'караоке*', 'салони массаж', 'бари шабона', 'клубҳои шабона', 'модел шуда кор*', 'массажист*', 'хостесс*'],
      tk: ['hostes*', 'tansçy*', 'gijeki klub*', 'karaoke*', 'massaž salon*', 'gijeki bar*', 'model bolup işle*', 'fotomodel*', 'massažist*', 'hostess*', 'striptiz*'],
    },
  }),
  flag({
    id: 'details-in-private',
    dimension: 'deceptive-recruitment',
    strength: 'weak',
    indicator: 'deceived-conditions-of-work',
    advice: ['ask-exact-job', 'ask-company-details'],
    // The job, place or employer are kept for a private message or a meeting (Polaris: "won't give details").
    patterns: {
      en: ['details (in|via|by|on) (dm|pm|private|direct|message*|telegram|whatsapp|inbox)', 'more (info|information|details) (in|via|on) (dm|pm|private|telegram|whatsapp|inbox)', 'dm (me|us) for (details|info|more)', '(country|location|employer) (will be )?(disclosed|told|given) (later|on arrival|after)'],
      ru: ['подробност* (в|по) (лс|личк*|личн*|директ*|телеграм*|ватсап*|вотсап*|whatsapp|telegram)', 'подробност* при (встреч*)', '(пишите|писать|обращаться|все вопросы) в (лс|личку|директ)', '(вся )?информаци* (в|по) (лс|личк*|директ*)', '(страна|место работы|работодатель|страну) (уточняется|уточним|сообщим*|при встрече)', 'работе (расскаж*|сообщ*) (при встрече|лично|в лс)'],
      kk: ['толығырақ (жеке|лс|директ*|телеграм*|ватсап*)', 'толық ақпарат (жеке|лс|директ*)'],
      ky: ['толук маалымат (жеке|лс|директ*|телеграм*)', 'кененирээк (жеке|лс|директ*)'],
      uz: ['batafsil (lichka*|shaxsiy*|direct*|direkt*|telegram*)', 'batafsil maʼlumot (lichka*|shaxsiy*|telegram*)', 'lichkaga yozing*', 'davlat (keyin|uchrashuvda) (aytiladi|bildiriladi)'],
      tg: ['маълумоти (муфассал|пурра) (дар )?(шахсӣ|телеграм*|лс|директ*)', 'ба шахсӣ нависед'],
      tk: ['giňişleýin (maglumat )?(şahsy*|lichka*|direkt*|telegram*)', 'şahsy habara ýazyň'],
    },
  }),
  flag({
    id: 'employer-hidden',
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    // ILO/EC: deceived about the nature of the job, its location or the employer. An offer that
    // keeps back who employs and where ("Қайси давлат, қайси фирма — батафсил личкада", "Страна —
    // по вашему выбору") cannot be checked, and the worker learns the rest when it is too late.
    indicator: 'deceived-nature-of-job',
    advice: ['ask-company-details', 'ask-exact-job'],
    when: [
      { all: ['who-where', 'told-later'], within: 'sentence' },
      // What the job is — its content, duties or schedule — explained only after arrival ("Иш
      // мазмуни ва жадвал жойида тушунтирилади"): the deferral of an essential (tuning on N, branch
      // offer-n). Not "details at the interview", which comes before anyone leaves.
      { all: ['job-terms', 'signed', 'on-arrival'], none: ['before-departure'], within: 'sentence' },
      { all: ['job-terms', 'signed', 'arranged-there'], none: ['before-departure'], within: 'sentence' },
    ],
  }),
  flag({
    id: 'free-travel',
    dimension: 'deceptive-recruitment',
    strength: 'weak',
    indicator: 'deceived-travel-recruitment-conditions',
    advice: ['ask-who-pays-travel'],
    // Fair employers do pay travel (ILO Employer Pays), so alone it is weak; with other signals it is the 2025 lure to Thailand.
    negatable: true,
    // A fare and the employer paying it in one clause, in any order and words ("Билет, виза и квартира
    // — за наш счёт", "Chipta Dushanbe – Bangkok ROYGON"), unless it is to be paid back or only a
    // part of it is paid (`part-share`: "Чипта ярмини оила тўлайди").
    when: [{ all: ['ticket', 'employer-pays'], none: ['worker-pays', 'repay', 'later', 'part-share'], within: 'clause' }],
    patterns: {
      en: ['free (air )?(ticket*|flight*|visa*|travel|airfare)', 'we pay (for )?(your )?(ticket*|flight*|visa*|travel|airfare)', '(ticket*|flight*|airfare|visa*) ~ (paid|covered) by (the )?(employer|company|us)', '(ticket*|flight*|airfare) (is |are )?free', 'visa and (ticket*|flight*) (free|included|provided)', '(company|employer|we) (pays|pay|covers|cover|will pay|will cover) (for )?(your |the )?(air )?(ticket*|flight*|airfare|travel)'],
      ru: ['бесплатн* (авиа)?(билет*|перелет*|виз*|дорог*|проезд*)', '(билет*|перелет*|авиабилет*|дорог*|проезд*|виз*) за счет (работодател*|компани*|фирм*|нас)', '(оплачиваем|оплатим|покупаем|купим|берем на себя) ~ (билет*|перелет*|авиабилет*|дорог*|проезд*|визу)', '(билет*|перелет*|авиабилет*|дорог*|виз*) ~ (оплачива*|оплатит*|оплачен*) (работодател*|компани*|нами)', '(перелет*|билет*|авиабилет*|виз*|дорог*) ~ бесплатн*', '(билет*|перелет*|авиабилет*|дорог*|проезд*|виз*) ~ (оплачиваем|оплатим|берем на себя|покупаем|купим)', '(билет*|перелет*|авиабилет*|дорог*|проезд*|виз*) ~ за наш* сч(е|ё)т'],
      kk: ['тегін (әуе )?(билет*|виза*|жол*)', '(билет*|жол ақы*|виза*) (жұмыс беруші*|компания*) есебінен', '(билет*|виза*) тегін', '(билет*|жол*|виза*) ~ (өзіміз төлейміз|төлейміз|өз есебімізден)'],
      ky: ['акысыз (авиа)?(билет*|виза*|жол*)', '(билет*|виза*|жол кире*) (иш берүүчү*|компания*) (тарабынан|эсебинен)', '(билет*|виза*) акысыз', '(билет*|жол кире*|виза*) ~ (биз төлөйбүз|төлөйбүз|алып беребиз)'],
      uz: ['bepul (aviachipta*|chipta*|bilet*|viza*|yoʻl*)', '(chipta*|bilet*|aviachipta*|viza*|yoʻl kira*) (ish beruvchi*|kompaniya*) hisobidan', '(chipta*|bilet*|aviachipta*|viza*) ~ bepul', 'tekin (chipta*|bilet*|viza*)', '(chipta*|bilet*|yoʻl kira*|viza*) ~ (biz toʻlaymiz|toʻlaymiz|olib beramiz)'],
      tg: ['(чипта*|билет*|раводид*|виза*) ~ (ройгон|бепул)', 'ройгон (чипта*|билет*|раводид*)', '(чипта*|билет*|раводид*) аз ҳисоби (корфармо*|ширкат*)', '(чипта*|билет*|раводид*) ~ (мо мехарем|мехарем|харидорӣ мекунем|пардохт мекунем)'],
      tk: ['mugt (bilet*|wiza*|uçar*|ýol*)', '(bilet*|wiza*|ýol*) mugt', '(bilet*|wiza*) (iş berij*|kompaniýa*) tarapyndan', '(bilet*|wiza*) ~ (biz töleýäris|töleýäris|alyp berýäris)'],
    },
  }),
  flag({
    id: 'easy-money',
    dimension: 'deceptive-recruitment',
    strength: 'weak',
    indicator: 'deceived-wages',
    advice: ['ask-pay-in-writing'],
    // Negatable, so a warning against ads that promise easy money is not one ("«Осон пул» ваъда қилган эълонлардан эҳтиёт бўлинг").
    negatable: true,
    patterns: {
      en: ['easy money', 'quick money', 'fast money', 'big money', 'money fast', 'passive income', 'earn (big|fast|easy)'],
      ru: ['(легк*|быстр*|больш*) (деньг*|заработ*)', 'пассивн* доход*', 'деньги (сразу|быстро)'],
      kk: ['оңай (ақша|табыс)', 'тез (ақша|табыс)', 'көп ақша'],
      ky: ['оңой (акча|киреше)', 'тез (акча|киреше)', 'көп акча'],
      uz: ['oson (pul|daromad)', 'tez (pul|daromad)', 'katta pul*', 'koʻp pul'],
      tg: ['пули (осон|зуд|калон)', 'даромади (осон|зуд)'],
      tk: ['aňsat (pul|girdeji)', 'çalt (pul|girdeji)', 'köp pul'],
    },
  }),
  flag({
    id: 'pay-too-good',
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-wages',
    advice: ['ask-pay-in-writing', 'ask-exact-job'],
    // Pay far above what such work pays: very high pay, or high pay for work that needs no experience.
    when: [
      { all: ['pay-very-high'], none: ['experience-required'] },
      { all: ['pay-high', 'no-experience'] },
      { all: ['pay-high', 'entertainment-job'] },
      { all: ['high-pay-claim', 'no-experience', 'abroad'] },
      // Against the wage of the country whose currency the pay is in (src/data/wages), per hour,
      // shift, day, week or month, and scaled to full time when the offer names a short day.
      { all: ['pay-far-above-local'], none: ['experience-required'] },
      { all: ['pay-above-local', 'unskilled-job'] },
      { all: ['pay-above-local', 'no-experience'] },
      { all: ['pay-above-local', 'short-hours'] },
      { all: ['pay-above-local', 'entertainment-job'] },
    ],
  }),
  flag({
    id: 'tourist-visa-work',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-legal-documentation',
    advice: ['ask-work-visa'],
    // Work on a tourist or visit visa, or without a permit, leaves the worker without rights and open to threats of denunciation.
    negatable: true,
    // A permit said to be unnecessary, in any words: "патент алуунун кереги жок", "work permit is not really needed".
    // A visit, guest or pilgrim visa, or entering as a tourist, is a visitor's status in any country:
    // none lets a person work. Visa-free entry with the rest "sorted out there" is the same promise.
    when: [
      // The waiver in one clause, the reason it is lawful anywhere in the sentence ("патент керек
      // емес (ЕАЭО)": citizens of the Eurasian Economic Union need none in Russia).
      { all: ['permit-waived'], none: ['employer-pays', 'eaeu', 'eaeu-patent'], within: 'sentence' },
      { all: ['visa-free', 'sort-out'], none: ['eaeu'], within: 'sentence' },
      { all: ['visa-free', 'tourist-entry'], none: ['eaeu'], within: 'sentence' },
      // A permit or residence status "legalised later" while the worker already works ("the work
      // permit we legalize later", "икамет масаласини кейин ҳал қиламиз"): work before the permit.
      { all: ['permit', 'sort-out', 'later'], none: ['eaeu', 'employer-pays'], within: 'clause' },
      // The papers of the stay — registration, "the documents" — not needed "for now", or to be sorted
      // out later by the recruiter ("Документ азыр керек эмес, каттоону кийин өзүбүз чечебиз"): the
      // worker starts without the status the law asks for (deferral of an essential; tuning on N).
      { all: ['status-papers', 'not-needed', 'for-now'], none: ['eaeu', 'before-departure', 'interview'], within: 'sentence' },
      { all: ['status-papers', 'not-needed'], none: ['eaeu', 'before-departure', 'interview'], within: 'sentence' },
      { all: ['status-papers', 'later', 'sort-out'], none: ['eaeu', 'employer-pays', 'before-departure'], within: 'sentence' },
      // "Nobody checks": the status the worker is given said not to be enforced — the deception about
      // the status itself, one entry with it, not a second (tuning on N: the writers of F and M count
      // "nobody checks" beside a visitor's or student status once).
      { all: ['nobody-checks'] },
      // A visitor's visa with an invitation the recruiter makes itself: a private invitation for a
      // visit, used to bring a worker (tuning on N).
      { all: ['visitor-visa', 'invitation'], none: ['eaeu'], within: 'sentence' },
      // A visitor's visa named by its kind (business, Schengen) or a tourist entry, with the papers
      // "made there", "done on site" or "sorted out" in the same sentence: the worker arrives with no
      // right to work, and the status is to follow ("Biznes wiza bilen barýarsyňyz, iş rugsady
      // Polşada ýerinde resmileşdirilýär"; tuning on M, branch offer-m).
      { all: ['visitor-visa', 'arranged-there'], none: ['eaeu'], within: 'sentence' },
      { all: ['visitor-visa', 'sort-out'], none: ['eaeu'], within: 'sentence' },
      { all: ['tourist-entry', 'arranged-there'], none: ['eaeu'], within: 'sentence' },
      { all: ['tourist-entry', 'sort-out'], none: ['eaeu'], within: 'sentence' },
      // A student visa whose classes need not be attended is a work visa in name only.
      { all: ['student-visa', 'skip-classes'], within: 'sentence' },
      // Enrolment sold as the way to a job abroad, "study + work", with no lawful limit of hours named
      // in the offer (decision 4 of "Method decisions after seven batches").
      { all: ['study-and-work'], none: ['work-limit', 'eaeu'] },
      // Visa-free entry in a job offer that names no work permit anywhere: entry as a visitor, and
      // work without the permit the country asks for (decision 4). Not for the union's citizens.
      // "Employer pays" is not among its exceptions: "visa-free" is itself a "free".
      { all: ['visa-free'], none: ['eaeu', 'eaeu-patent', 'permit', 'official-body'] },
    ],
    // Unless the sentence says why it is lawful: citizens of the Eurasian Economic Union need no patent in Russia.
    unless: { any: ['eaeu', 'eaeu-patent'], within: 'sentence' },
    // Korea's K-ETA is the travel authorisation of visa-free visitors: a job reached on it is work
    // on a visitor's entry (decision 4 of "Method decisions after seven batches").
    patterns: {
      en: ['(on|with) (a )?(tourist|visit|visitor) visa*', 'tourist visa*', '(tourist|visit) visa (is )?(ok|fine|enough)', 'work without (a )?(permit|work permit|visa|papers|documents)', 'no work permit (needed|required)', 'visa on arrival', 'visa (is |will be )?(a )?tourist (one|visa)?', '(come|enter|arrive) (first )?on a (visit|tourist|visitor) visa', 'no (work )?permit (is )?(needed|required)', 'we (will )?sort (out )?(the )?(visa|papers|documents)', '(visit|visitor|guest|umrah) visa*', 'as (a )?tourist*', 'c-3 visa*', 'k eta', 'visa run*', 'border run*', '(leave|exit) and (re-enter|re enter|come back in|enter again)'],
      ru: ['(по|на) (туристическ*|гостев*) виз*', 'туристическ* виз*', 'без (разрешения на работу|патента|рабочей визы|документов)', '(патент|разрешение на работу|рабочая виза) не (нужен|нужна|нужно|требуется)', 'патент* (не нужен|не обязателен|не требуется)', '(вопрос* с визой|визу|документы|регистраци*) (решим|решаем|порешаем)', '(гостев*|визитн*|умр*) виз*', 'виз* (c-3|с-3)', 'по туристическ*', 'как турист*', 'виз* (будет |оформим |делаем )?(туристическ*|гостев*)', 'без (внж|вида на жительство)', 'визит виз*', 'виз* визит', 'частн* виз*', 'виз* посещени*', 'k eta', 'визаран*', 'бордер ран*', 'выехать и (заехать|въехать)', 'выезд и (заезд|въезд)', 'выезжать и (заезжать|въезжать)', 'выезд заезд', 'перезаезд*'],
      kk: ['туристік виза*', 'қонақ виза*', 'виза* (туристік|қонақтық)', 'умра виза*', 'турист (ретінде|болып)', 'туристік (болып|ретінде)', 'жұмыс рұқсатынсыз', 'рұқсатсыз жұмыс*', 'патент (қажет емес|керек емес|міндетті емес)', 'визит виза*', 'қонақтық виза*', 'k eta', 'шығып кіріп*', 'шығып (қайта )?кіресіз', 'визаран*', 'құжатсыз', 'турист(ік)? (болып )?кіріп жұмыс*', '(құжат*|виза*) ~ (сонда|сол жерде|орнында) (реттел*|шешіл*|жасал*)', 'қонақ (visit|tourist) виза*', '(visit|tourist) виза*'],
      ky: ['туристтик виза*', 'конок виза*', 'виза* (туристтик|коноктук)', 'умра виза*', 'турист (катары|болуп)', 'туристтик (болуп|катары)', 'уруксатсыз иште*', 'иштөөгө уруксатсыз', 'патент (керек эмес|кереги жок|милдеттүү эмес)', 'визит виза*', 'коноктук виза*', 'k eta', 'чыгып кирип*', 'чыгып (кайра )?киресиз', 'визаран*', 'документсиз', 'турист(тик)? (болуп )?кирип иште*', '(документ*|виза*) ~ (ошол жерде|жеринде|тигил жакта) (оңдол*|чечил*|жасал*)', 'конок (visit|tourist) виза*', '(visit|tourist) виза*'],
      uz: ['turist(ik)? viza*', 'viza* (turistik|sayyohlik|mehmon)', 'visit viza*', 'mehmon viza*', 'umra viza*', 'turist (sifatida|boʻlib)', 'sayyohlik viza*', 'ruxsatnomasiz', 'ishlash uchun ruxsatsiz', 'patent (shart emas|kerak emas)', 'viza masala* (oʻzimiz )?hal qilamiz', 'vizit viza*', 'mehmonlik viza*', 'k eta', 'chiqib kirib*', 'chiqib (qaytib )?kirasiz', 'vizaran*', 'hujjatsiz', 'registratsiyasiz ishla*', 'регистрациясиз ишла*', 'turist(ik)? (boʻlib |sifatida )?kirib ishla*', 'sayyoh (boʻlib |sifatida )?kirib ishla*', '(hujjat*|viza*) ~ (u yerda|joyida) (toʻgʻrila*|hal qil*|qilinadi|qilib beriladi)'],
      tg: ['(раводиди|визаи) (сайёҳӣ|туристӣ|меҳмонӣ|умра)', '(раводид|виза) (сайёҳӣ|туристӣ|меҳмонӣ)', 'ҳамчун сайёҳ', 'бе иҷозатнома*', 'патент (шарт|лозим|даркор|ҳатмӣ) нест', '(раводид*|ҳуҷҷат*) ~ (худамон|худ) ҳал мекунем', 'визит виза*', 'визаи визит*', 'k eta', 'баромада (даромада|ворид шуда|баргашта)', 'баромаду (даромада|ворид)', 'визаран*', 'бе ҳуҷҷат*', '(сайёҳӣ|туристӣ|ҳамчун сайёҳ) (даромада|рафта|ворид шуда) кор (мекунед|карда)', '(ҳуҷҷат*|раводид*|виза*) ~ (дар ҷояш|дар ҷой|дар он ҷо|онҷо) (дуруст|ҳал|тайёр) (мешава*|мекунем)', '(visit|tourist) виза*'],
      tk: ['syýahat(çy|çylyk)? wiza*', 'wiza* (syýahatçylyk|turistik|myhman)', 'turist(ik)? wiza*', 'myhman wiza*', 'umra wiza*', 'turist (hökmünde|bolup)', 'rugsatnamasyz', 'patent (gerek|hökman) däl', 'wizit wiza*', 'myhmançylyk wiza*', 'k eta', 'çykyp girip*', 'çykyp (gaýtadan )?girýärsiňiz', 'wizaran*', 'resminamasyz', 'dokumentsiz', 'turist(ik)? (bolup )?girip işle*', '(resminama*|dokument*|wiza*) ~ (ol ýerde|ýerinde) (düzedil*|çözül*|edil*)'],
    },
  }),
  flag({
    id: 'no-contract',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-contract',
    advice: ['ask-written-contract'],
    // A contract said to be unnecessary, in any words: "келишим түзүүнүн кереги жок".
    // Or a contract only in a language the worker cannot read, with no translation named in the
    // sentence ("shartnoma xitoy tilida, HR tushuntirib beradi"): the ILO's "a written contract in a
    // language the worker understands" (tuning on M, branch offer-m).
    when: [
      { all: ['contract', 'not-needed'], within: 'clause' },
      { all: ['contract', 'foreign-language'], none: ['translation'], within: 'sentence' },
      // The contract signed, given or seen only after arrival or on board, in any words ("You will
      // receive and sign your employment contract on board", "Polshaga borganingizda ofisda
      // imzolaysiz"): the worker has left home before reading it (deferral of an essential; tuning on
      // N). Not a contract signed before departure or at an embassy, nor where what comes on arrival is
      // the housing ("Shartnoma Toshkentda tuziladi, joyiga borgach yotoqxona beriladi").
      { all: ['contract', 'signed', 'on-arrival'], none: ['before-departure', 'housing'], within: 'sentence' },
    ],
    // The Russian loanword for official registration with the local negation ("Оформление йўқ",
    // "оформление жок", "оформление нест", "oformleniýe ýok"): informal work, as "без оформления" in Russian.
    patterns: {
      en: ['no contract*', 'without (a )?(contract|papers|written contract)', '(contract|agreement) (is |will be )?((signed|given|made) )?(only )?(on|upon|after) (arrival|the spot)', '(sign|get) (the |your )?(contract|agreement) (only )?(on|upon|after) (arrival|the spot)', 'cash in hand', 'off the books', 'unofficial (job|work|employment)', 'no (paperwork|written contract)', 'contract (is )?not (needed|required|signed)', '(verbal|oral) (agreement|deal|contract)', 'on (a )?handshake', 'we (do not|don\'t) (sign|make|give) (a |any )?contract*', '(work is |working )?informal', 'no papers', 'not get a copy of the (contract|agreement)'],
      ru: ['без (договор*|контракт*|официальн* оформлени*|оформлени*|трудов* договор*)', '(договор*|контракт*) ((подпиш*|заключ*|оформ*) )?(только )?(на месте|по приезд*|после приезд*)', 'неофициальн* (трудоустройств*|работ*)', '(оформлени*|договор*|контракт*) не (нуж(ен|н*)|требуется)', 'договор* не (заключа*|подпис*|оформля*)', '(оформления|договора|контракта) нет', 'устн* (договор*|соглашени*)', 'на словах', '(договор*|контракт*) не (заключаем|оформляем|подписываем|делаем|даем)', '(не заключаем|не оформляем|не подписываем) (договор*|контракт*)', 'копи* ~ (договор*|контракт*) ~ не (выда*|даем|даём|получ*)', 'неофициальн*', '(договор*|контракт*) (оформля*|подписыва*|заключа*) ~ (на месте|на объекте|по приезд*|после приезд*)', '(договор*|контракт*) ((подпиш*|заключ*|оформ*) )?(только )?(по|после) прибыти*'],
      kk: ['оформлени* (жоқ|жасалмайды)', 'келісімшартсыз', '(келісімшарт*|контракт*|договор*) (сонда|келгенде|барғанда|орнында)( (жасалады|қол қойылады))?', 'ресми емес (жұмыс|жұмысқа орналастыру)', 'келісімшарт (жасалмайды|жоқ|болмайды)', 'рәсімдеу (жоқ|болмайды)', '(келісімшарт*|шарт*|договор*) (жасамаймыз|жасалмайды|жасамайды|жоқ|қол қойылмайды)', 'ауызша (келісім*|уағдаластық*)', 'бейресми', 'көшірме* ~ бермейміз', '(келісімшарт*|контракт*|договор*) ~ (сонда|сол жерде|барған соң|келгенде|орнында) (жасалады|қол қойылады|жасаймыз)'],
      ky: ['оформлени* (жок|болбойт|жасалбайт)', 'келишимсиз', 'контрактсыз', '(келишим*|контракт*|договор*) (барганда|келгенде|ошол жерде|жеринде)( (түзүлөт|кол коюлат))?', 'расмий эмес (жумуш|ишке орноштуруу)', 'келишим (түзүлбөйт|жок|болбойт)', 'тариздөө (жок|болбойт)', '(келишим*|контракт*|договор*) (түзбөйбүз|түзүлбөйт|жок|кол коюлбайт)', 'оозеки (келишим*|макулдаш*)', 'расмий эмес', 'көчүрмө* ~ бербейбиз', '(келишим*|контракт*|договор*) ~ (ошол жерде|барганда|келгенде|жеринде) (түзүлөт|кол коюлат|түзөбүз)'],
      uz: ['oformleni* (yoʻq|boʻlmaydi|qilinmaydi)', 'shartnomasiz', '(shartnoma*|kontrakt*|dogovor*) (u yerda|joyida|joyiga borgach*|borgach*|yetib borgach*)( (tuziladi|imzolanadi))?', 'norasmiy (ish*|ishga joylash*)', 'rasmiylashtirishsiz', 'shartnoma (kerak emas|shart emas)', 'shartnoma (tuzilmaydi|imzolanmaydi|yoʻq|boʻlmaydi)', 'rasmiylashtirish (yoʻq|boʻlmaydi|qilinmaydi)', '(shartnoma*|dogovor*|kontrakt*|pantrakt*) (yoʻq|tuzmaymiz|tuzilmaydi|qilmaymiz)', "og'zaki (kelish*|shartnoma*|kelishuv*)", 'nusxa* ~ bermaymiz', '(shartnoma*|kontrakt*|dogovor*) ~ (joyida|u yerda|borgach*|yetib borgach*) (tuziladi|imzolanadi|tuzamiz|imzolaysiz)', '(shartnoma*|kontrakt*|dogovor*) ~ borganingizdan keyin ~ (tuziladi|imzolanadi|tuzamiz|imzolaysiz)', '(shartnoma*|kontrakt*|dogovor*) ~ (oʻsha yoqda|u yoqda|borganingizdan keyin) ~ (imzolaymiz|tuzamiz|imzolanadi|tuziladi)'],
      tg: ['оформлени* (нест|намешавад)', 'бе (шартнома|қарордод)', '(шартнома*|контракт*|қарордод*|договор*) (дар ҷой|дар ҷояш|баъд аз расидан)( (баста мешавад|имзо мешавад|имзо мекунед))?', 'ғайрирасмӣ', '(шартнома|қарордод) (баста намешавад|нест|имзо намешавад)', '(шартнома*|қарордод*|договор*) (намебандем|баста намешавад|нест)', '(аҳд*|созиш*|шартнома*) (шифоҳӣ|даҳонӣ)', 'ғайрирасмӣ', 'неофициально', 'нусха* ~ намедиҳем', '(шартнома*|қарордод*|контракт*) ~ (дар ҷояш|дар ҷой|дар он ҷо|баъд аз расидан) (баста мешавад|имзо мешавад|имзо мекунед|мебандем)'],
      tk: ['oformleni* (ýok|bolmaýar|edilmeýär)', 'şertnamasyz', '(şertnama*|kontrakt*|dogowor*) (baranyňyzdan soň|baranyňyzda|ýerinde)( (baglaşylýar|gol çekilýär))?', 'resmi däl (iş|işe ýerleşdiriş)', 'şertnama (baglaşylmaýar|ýok|bolmaýar)', 'resmileşdirme ýok', '(şertnama*|dogowor*|kontrakt*) (baglaşmaýarys|baglaşylmaýar|ýok)', 'dilden (ylalaş*|şertnama*)', 'neofisialno', 'nusga* ~ bermeýäris', '(şertnama*|kontrakt*|dogowor*) ~ (ol ýerde|ýerinde|baranyňyzdan soň|baranyňyzda) (gol çekilýär|baglaşylýar|baglaşarys)'],
    },
  }),
  flag({
    id: 'recruitment-fee',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-travel-recruitment-conditions',
    advice: ['never-pay-fees', 'check-agency-licence'],
    // ILO: no recruitment fees or related costs may be charged to workers (definition of 2019).
    negatable: true,
    onNegated: 'no-fees-stated',
    // Concepts in one clause: a service with a sum ("visa support costs 300 EUR", "agentlik xizmati
    // 1500$"), a fee for a service, a sum or a fee in advance — never where the clause speaks of
    // wages or says the employer pays.
    when: [
      { all: ['service', 'money-sum'], none: ['wages', 'employer-pays', 'official-body', 'tax', 'cost-refunded', 'registration-number', 'state-fee'], within: 'clause' },
      // Across a colon, a dash or a bracket in one sentence: "Price of our service: 550 USD (agency
      // service + visa support)", "Шақыру + виза + жұмыс рұқсаты — 1 700 $".
      // Neither rule beside an agency's registration number, which names no fee (`registration-number`).
      { all: ['service', 'money-sum'], none: ['wages', 'employer-pays', 'official-body', 'tax', 'cost-refunded', 'registration-number'], within: 'sentence' },
      { all: ['fee', 'service'], none: ['wages', 'employer-pays', 'official-body', 'tax', 'cost-refunded', 'state-fee'], within: 'clause' },
      { all: ['advance', 'money-sum'], none: ['wages'], within: 'clause' },
      // A sum at the worker's own expense, for what the recruiter arranges: "виза и билет за свой счёт (2 500 $)".
      { all: ['worker-pays', 'money-sum'], none: ['wages', 'employer-pays', 'official-body', 'cost-refunded'], within: 'sentence' },
      { all: ['advance', 'fee'], none: ['wages', 'employer-pays'], within: 'clause' },
      { all: ['deposit', 'money-sum'], none: ['wages', 'employer-pays', 'cost-refunded'], within: 'sentence' },
      // Travel said to be paid for the worker and taken back from the pay, in one sentence ("Билет
      // пен виза шығынын отбасы өзі төлейді, сосын айына 300 $-дан жалақыдан ұсталады", "Жол
      // кирешесин компания төлөйт — кийин биринчи эки айлыктан кармалат"): the "free" travel
      // deceives about the travel and recruitment conditions (a medium of the ILO/EC table, beside
      // the debt itself, `cost-deducted-from-pay`, a medium at recruitment). A fare openly taken
      // from the pay ("билет вычтем из первой зарплаты") is the debt alone.
      { all: ['free-travel', 'repay'], none: ['tax', 'cost-refunded', 'owes-nothing'], within: 'sentence' },
      // Paying or "activating" to begin earning (an activation with its sum, a starter pack, a
      // balance to top up): a fee for the work itself, whatever it is called (method decision 3).
      { all: ['pay-to-start', 'money-sum'], none: ['wages', 'employer-pays'], within: 'sentence' },
      // The agency's service paid with a share of the first pay ("Агентству за трудоустройство —
      // половина первой зарплаты"): a fee whose sum is the wages (decision 5 of "Method decisions after
      // seven batches").
      { all: ['service', 'first-pay-share'], none: ['employer-pays', 'official-body', 'tax', 'cost-refunded'], within: 'sentence' },
      // A course or training with its price, in an offer of work abroad ("Обучение японскому в
      // нашем центре 4 месяца — 1 200 $"): a training fee charged for the way to a job, a
      // recruitment-related cost (ILO 2019; tuning on N).
      { all: ['course-fee', 'abroad'] },
    ],
    // A visa fee paid "directly to the government" or at an embassy is not paid to the recruiter,
    // nor one the employer or a scheme operator pays ("Visa fee is paid by the operator").
    // Nor a service charge paid to the worker on top of the wages ("oylik 4 500 000 soʻm + xizmat haqi"),
    // nor a cost the employer refunds, said anywhere in the sentence (`cost-refunded`).
    unless: { any: ['official-body', 'employer-pays', 'wages', 'cost-refunded', 'state-fee'], within: 'clause' },
    patterns: {
      en: ['(pay|paying) (a |the |an )?(fee*|deposit|registration fee*|processing fee*|visa fee*|medical fee*|training fee*|uniform)', '(registration|processing|placement|agency|service|recruitment|visa|document*|application) (fee|fees)', '(processing|preparation|registration) of (the )?(documents|papers|visa|work permit)', '(fee|fees|cost|price) (for|of) (the )?(documents|visa|processing|registration|job|employment|placement)', 'upfront (payment|fee*)', '(advance|deposit) payment', 'prepayment*', 'one (time|off) fee', '(half|50%) (upfront|in advance|before departure)', 'pay in advance', 'service (cost|price)', '(document preparation|documents|paperwork|processing|placement|registration) ~ # (eur|euro|euros|usd|dollars|gbp|pounds|aed)', '(document preparation|documents|paperwork|processing|placement|registration) ~ (#$|$#)'],
      ru: ['предоплат*', 'оплат* (за )?(оформлени*|визы|визу|документ*|обучени*|медкомисси*|медосмотр*|форм*|услуг* агентств*|регистраци*|анкет*|приглашени*)', '(взнос*|сбор*|комисси*) (за )?(оформлени*|регистраци*|трудоустройств*|услуг*)', 'стоимость (оформлени*|визы|услуг*|трудоустройств*|пакета документов)', '(оплатить|оплатите|заплатить|заплатите|внести|внесите|оплачиваете) ~ (оформлени*|визу|документ*|обучени*|взнос*|регистраци*|приглашени*)', 'платн* (оформлени*|трудоустройств*)', '(оформлени*|виза|визу|визы|документ*|приглашени*) ~ #$', '(оформлени*|виза|визу|визы|документ*|приглашени*) ~ # (долларов|доллар|usd|евро|euro|у.е)', '(оформлени*|виза|визу|визы|документ*|приглашени*) ~ $#', 'услуги (агентства )?платн*', 'услуги (стоят|стоимостью|обойдутся)', '(половину|часть|50%|половина) (вперед|сразу|заранее|предоплатой)', 'оплата (вперед|заранее)', 'стоимость наших услуг'],
      kk: ['алдын ала төлем*', '(рәсімдеу*|виза*|құжат*) (үшін )?(төлем*|ақысы|ақы)', 'тіркеу (ақысы|жарнасы)', 'қызмет (құны|ақысы)', 'алдын ала (төлейсіз|төлеу*|төлейсің)', 'жартысын алдын ала'],
      ky: ['алдын ала төлөм*', '(каттоо*|виза*|документ*|тариздөө*) (үчүн )?(төлөм*|акысы|акы)', 'кызмат (акысы|баасы)', 'алдын ала (төлөйсүз|төлөө*)', 'жарымын алдын ала'],
      uz: ['oldindan toʻlov*', '(rasmiylashtirish*|viza*|hujjat*|oʻqish*) (uchun )?(toʻlov*|pul|puli)', 'xizmat haqi*', 'roʻyxatdan oʻtish (uchun )?(toʻlov*|pul*)', 'xizmat (narxi|haqqi)', 'oldindan (toʻlaysiz|toʻlash*|toʻlanadi)', 'yarmini oldindan'],
      tg: ['пешпардохт*', 'пардохт барои (ҳуҷҷат*|раводид*|виза*|омӯзиш*|бақайдгирӣ)', 'ҳаққи хизмат*', 'арзиши хизмат*', 'пешакӣ (пардохт*|месупоред|супоред|медиҳед|мепардозед)', '(пули|пардохти) пешакӣ', 'нархи хизмат*', 'нисфашро пешакӣ'],
      tk: ['öňünden töleg*', '(resminamalar*|wiza*|resmileşdir*) (üçin )?töleg*', 'hyzmat haky*', 'hyzmat (bahasy|nyrhy)', 'öňünden (tölemeli|tölärsiňiz|tölenýär)', 'ýarysyny öňünden'],
    },
  }),
  flag({
    id: 'personal-card-payment',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    // The fee's own indicator ("recruitment fees and related costs"): a private card is where a fee
    // is paid, and money sent to one is a fee even where no fee word stands beside it. A fee, the
    // card it goes to and the sum are one indicator, as the writers of every batch count them; the
    // card stood as an indicator of its own (an unlicensed intermediary) from the redesign until
    // "Method decisions after seven batches", decision 1, which also says why the highs that
    // counting had held stay high. The questionnaire's unlicensed agency keeps that indicator.
    indicator: 'deceived-travel-recruitment-conditions',
    advice: ['never-pay-fees'],
    // Money to a private bank card (Kaspi, Humo, Uzcard, Sberbank) instead of a company account, with no receipt.
    negatable: true,
    onNegated: 'no-fees-stated',
    // A card and a transfer in one sentence ("2000 rubl Sberbank kartaga (Dilshod A.) o'tkazasiz"),
    // unless it is the salary that goes to the card.
    when: [
      { all: ['personal-card'] },
      { all: ['card', 'transfer'], none: ['wages'], within: 'sentence' },
      { all: ['card', 'fee'], none: ['wages', 'employer-pays'], within: 'clause' },
      { all: ['card', 'money-sum'], none: ['wages'], within: 'clause' },
      // Money "in advance to the card of Safar N." with no verb: what is paid before the job starts
      // is no salary ("1 500$, пешакӣ ба корти Сафар Н.", "öňünden karta").
      { all: ['card', 'advance'], none: ['wages'], within: 'clause' },
    ],
    // Nor the worker's own card that the pay goes to ("выплаты каждую неделю на карту Humo").
    unless: { any: ['wages'], within: 'clause' },
    patterns: {
      en: ['(transfer|send|pay) (money |the fee |it )?to (my|this|the|a|our) (card|bank card)', 'card number'],
      ru: ['(переведите|перевести|перевод|скиньте|скинуть|кинуть|оплата|оплатить|перечислите) (деньги |сумму )?на (карту|карточку|каспи|kaspi|сбер*|тинькофф*|humo|uzcard|мбанк*|элкарт*|корти милли)', 'на (карту|карточку) (сбербанк*|каспи|kaspi|тинькофф*|humo|uzcard)', 'номер карты'],
      kk: ['(картаға|каспиге|kaspi) (аударыңыз|аудару*|салыңыз|жіберіңіз)'],
      ky: ['картага (которуңуз|салыңыз|которуу*)', '(мбанк|элкарт) (аркылуу|картага)'],
      uz: ['kartaga (oʻtkazing|tashlang|oʻtkazish*|pul tashla*)', '(humo|uzcard) (kartaga|karta raqam*)', 'karta raqam*'],
      tg: ['ба корт* (гузаронед|интиқол*|равон кунед)', 'рақами корт*'],
      tk: ['kartyna (geçiriň|geçirmeli|ugradyň)', 'kart belgisi*'],
    },
  }),
  flag({
    id: 'official-channel-bypass',
    negatable: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    indicator: 'false-information-law-authorities',
    advice: ['use-official-channel'],
    // Uzbekistan's Migration Agency: anyone promising to get you selected for Korea's EPS (E-9) is a fraudster; EPS goes only through the state agency.
    patterns: {
      en: ['without (the )?(eps |language )?(exam|test|topik)', '(get|help) you (into|pass|through) (the )?(eps|e-9|e9|selection|quota|lottery)', 'bypass* (the )?(queue|exam|test|selection)', 'skip the (queue|line|exam)', '(exam|topik|language test) (is )?not (required|needed|necessary)', 'no need (to pass|for) (the )?(exam|topik|language test)', 'we (will )?(pass|handle|sort out) (the |your )?(test|exam)', '(entry )?ban* ~ (remove*|lift*|clear*)', '(remove|lift|clear) (your |the )?(entry )?ban*', 'without waiting in (the )?(queue|line)', '(a person|someone|our (man|person)|people) in the ministry', '(outside|beyond|above) the quota', 'without (retaking|resitting) (the )?(exam|test)', 'on the quota list directly', '(quota*|visa*) ~ through (our |my )?(connections|contacts|acquaintances|people)'],
      ru: ['(без|минуя) (экзамен*|тест*|отбор*|очеред*|квот*|topik|eps)', '(поможем|помогаем|поможет) (пройти|попасть) ~ (eps|e-9|отбор*|программ*|квот*)', 'вне очереди', 'экзамен* ~ (не нужно|не нужен|не надо|не обязател*)', '(запрет*|бан) ~ (снимем|снимаем|уберем|убираем|закроем|решим|решаем)', '(снимем|снимаем|уберем|убираем) (запрет*|бан)', '(тест*|экзамен*) ~ (решим|решаем|сдадим за вас|закроем)', 'без очереди', '(человек|люди|свой человек) в министерстве', '(вне|сверх) квот*', 'без пересдачи', 'по квоте напрямую', '(квот*|виз*) ~ через (знакомых|связи|своих людей)', '(квот*|виз*) по знакомству'],
      kk: ['емтихансыз', 'сынақсыз', 'тестсіз', '(тест*|емтихан*) ~ (шешеміз|тапсырып береміз)', 'кезексіз', 'емтихан* ~ (қажет емес|керек емес|қажеті жоқ|керегі жоқ|тапсырмайсыз)', '(тыйым*|запрет*) ~ (алып тастаймыз|алып тастаймыз|шешеміз)', 'очередьсіз', 'кезексіз', 'министрлікте адам*', 'квотадан (тыс|тыш)', 'емтихан(ын)?сыз', 'таныс* арқылы (квота*|виза*)', '(квота*|виза*) ~ таныс* арқылы'],
      ky: ['экзаменсиз', 'сынаксыз', 'тестсиз', '(тест*|экзамен*) ~ (чечебиз|тапшырып беребиз)', 'кезексиз', 'экзамен* ~ (керек эмес|кереги жок|тапшырбайсыз)', '(тыюу*|запрет*) ~ (алып салабыз|чечебиз)', 'очередсиз', 'кезексиз', 'министрликте адам*', 'квотадан (тышкары|сырт)', 'экзамен(и)?сиз', 'тааныш* аркылуу (квота*|виза*)', '(квота*|виза*) ~ тааныш* аркылуу'],
      uz: ['imtihonsiz', 'testsiz', '(test*|imtihon*) ~ (hal qilamiz|topshirib beramiz)', '(eps|e-9) ~ (oʻtkazib|kiritib) (beramiz|qoʻyamiz)', 'navbatsiz', 'imtihon* ~ (shart emas|kerak emas|topshirmaysiz)', '(taqiq*|zapret*) ~ (olib tashlaymiz|hal qilamiz)', 'navbatsiz', 'navbatda turmang', 'vazirlikda (odam*|tanish*)', 'kvotadan tashqari', 'qayta topshirmasdan', 'natijasini ~ toʻgʻrilab', 'kvota tugagan boʻlsa ham', 'imtixonsiz', '(test*|imtixon*) ~ (hal qilamiz|topshirib beramiz)', 'imti(h|x)on* ~ (shart emas|kerak emas|topshirmaysiz|vaqt yoʻqotma*)', 'tanish* orqali (kvota*|viza*)', '(kvota*|viza*) ~ tanish* orqali', 'imti(h|x)onisiz', 'imti(h|x)onlarisiz'],
      tg: ['бе имтиҳон*', 'бе тест*', '(тест*|имтиҳон*) ~ (ҳал мекунем|супурда медиҳем)', 'бе навбат', 'имтиҳон* ~ (лозим нест|шарт нест|намесупоред)', '(манъ*|запрет*) ~ (мебардорем|бардошта медиҳем|ҳал мекунем|тоза (мешавад|мешаванд|мекунем))', 'бе навбат', 'дар вазорат (одам*|шинос*)', 'аз квота берун', 'квота тамом шуда бошад ҳам', '(квота*|виза*|раводид*) ~ (тавассути|ба воситаи) шиносҳо*'],
      tk: ['ekzamensiz', 'testsiz', '(test*|ekzamen*) ~ (çözeris|tabşyryp berýäris)', 'nobatsyz', 'ekzamen* ~ (gerek däl|hökman däl|tabşyrmaly däl)', '(gadagan*|zapret*) ~ (aýyrýarys|çözýäris)', 'nobatsyz', 'ministrlikde (adam*|tanyş*)', 'kwotadan daşary', 'gaýtadan tabşyrman', 'netijesini ~ düzederis', 'kwota gutaran bolsa-da', 'tanyş* arkaly (kwota*|wiza*)', '(kwota*|wiza*) ~ tanyş* arkaly'],
    },
  }),
  flag({
    id: 'guaranteed-visa',
    negatable: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    // The same ILO/EC entry as going around a state programme ("false information about law or
    // authorities, or about successful migration"), and counted once with it: a visa, a place or a
    // result said to be certain ("виза 100%", "100% kafolat") is false information about
    // successful migration — only an embassy or a state programme decides. Unlike going around the
    // programme's own steps, it says nothing about the status the worker will have, so it is one
    // indicator (docs/offer-check.md, "Method decisions after seven batches", decision 1).
    indicator: 'false-information-law-authorities',
    advice: ['use-official-channel'],
    patterns: {
      en: ['(guarantee*|100%) ~ (visa|selection|placement|job)', '(visa|job) guaranteed', '100% (result|success)', 'visa 100%', 'fast track* ~ (visa*|selection|application*)'],
      ru: ['гарант* (виз*|трудоустройств*|отбор*|прохождени*|выезд*)', '100% (гарант*|виза|трудоустройств*)', '100% (результат|успех)', '(гарантия|гарантируем) 100%', '(виза|визу) 100%', '(ускорим|ускоряем) ~ (виз*|оформлени*|отбор*)'],
      kk: ['кепілді (виза*|жұмысқа орналастыру*)', '100% (кепілдік|нәтиже)', 'виза* 100%', 'виза* (тездетеміз|жылдамдатамыз)'],
      ky: ['кепилденген (виза*|жумушка орноштуруу*)', '100% (кепилдик|натыйжа)', 'виза* 100%', 'виза* (тездетебиз|ылдамдатабыз)'],
      uz: ['(kafolatlangan|kafolat bilan) (viza*|ish*|ishga joylash*)', '100% (kafolat*|viza)', '100% (natija|kafolat)', 'viza* 100%', 'viza* tezlashtir*'],
      tg: ['(кафолат*|кафолатнок) (раводид*|виза*|кор*)', '100% (кафолат|натиҷа)', '(раводид*|виза*) 100%'],
      tk: ['kepillendirilen (wiza*|iş*)', '100% (kepillik|netije)', 'wiza* 100%'],
    },
  }),
  flag({
    id: 'false-legal-assurance',
    firm: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    // The ILO/EC table's "false information about law, attitude of authorities": the recruiter
    // promising to deal with the police ("ГАИ билан муаммо бўлса ўзимиз ҳал қиламиз", "агар полиса
    // дошта гирад мо худамон ҳал мекунем"), or saying that a visitor's status used for work is lawful
    // or usual ("you travel on a Schengen visa …, this is the normal procedure", "Сабаққа бармасаңыз
    // да визаңыз жойылмайды, Польшада бұл заңды"). The same indicator as going around a state
    // programme and a visa "guaranteed", counted once with them; beside a visitor's status it is the
    // second entry the writers count (tuning on M, branch offer-m).
    indicator: 'false-information-law-authorities',
    advice: ['use-official-channel'],
    when: [
      { all: ['police', 'sort-out'], within: 'sentence' },
      { all: ['lawful-claim', 'tourist-visa-work'], within: 'sentence' },
      { all: ['lawful-claim', 'skip-classes'], within: 'sentence' },
      // "Our lawyer will solve it": the law to be dealt with by the recruiter's people (tuning on N;
      // "the traffic police are arranged" is `police` + `sort-out`, whose words now say it).
      { all: ['fixer', 'sort-out'], within: 'sentence' },
    ],
  }),
  flag({
    id: 'marriage-offer',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'promise-of-marriage',
    advice: ['keep-in-touch', 'ask-company-details'],
    // Marrying, a groom or a matchmaker with work or life in another country, in one sentence
    // ("КОРЕЯГА ТУРМУШГА ЧИҚИШ", "Корейские женихи ищут невест", "marry a farmer in China").
    when: [{ all: ['marriage', 'abroad'], within: 'sentence' }],
    patterns: {
      en: ['(marry|marriage) (a |to a |with a )?(foreigner|foreign man|foreign husband)', '(find|meet) (a )?(husband|groom) abroad', 'marriage agency'],
      ru: ['(замуж|выйти замуж|брак*) (за )?(иностран*|рубеж*)', 'знакомств* с иностранц*', 'брачн* агентств*'],
      kk: ['шетелдік* (күйеу*|ер адам*)'],
      ky: ['чет элдик* (күйөө*|эркек*)'],
      uz: ['chet ellik* (kuyov*|erkak*) bilan (tanish*|turmush*)', 'turmushga chiqish* ~ chet el*'],
      tg: ['шавҳар* ~ хориҷ*', 'издивоҷ* ~ хориҷ*'],
      tk: ['daşary ýurtly* (är*|adam*) bilen (tanyş*|durmuş*)'],
    },
  }),
  flag({
    id: 'messenger-only',
    context: true,
    dimension: 'deceptive-recruitment',
    strength: 'weak',
    indicator: 'deceived-conditions-of-work',
    advice: ['ask-company-details'],
    // Only a Telegram or WhatsApp contact and no company e-mail or website: hard to check who the employer is.
    when: [{ all: ['messenger-contact'], none: ['official-contact'] }],
    patterns: {
      en: ['only (via|on|through|in|by) (telegram|whatsapp|viber|dm|direct|imo)', '(telegram|whatsapp) only', 'contact (only )?(via|on) (telegram|whatsapp)'],
      ru: ['(только|исключительно) (в|через) (телеграм*|телегу|ватсап*|вотсап*|whatsapp|telegram|директ|лс|личку|вайбер*|viber)', '(пишите|писать|звонить|связь) (только )?(в|через) (телеграм*|ватсап*|вотсап*|whatsapp|telegram)'],
      kk: ['тек (телеграм*|ватсап*|директ*)', 'тек (whatsapp|telegram) (арқылы)?'],
      ky: ['(телеграм*|ватсап*) гана', 'жалаң (телеграм*|ватсап*)', '(whatsapp|telegram) (аркылуу )?гана'],
      uz: ['faqat (telegram*|whatsapp*|lichka*|direkt*)'],
      tg: ['танҳо (тавассути |дар )?(телеграм*|ватсап*)', 'танҳо (тавассути |дар )?(whatsapp|telegram)'],
      tk: ['diňe (telegram*|whatsapp*|direkt*|imo)'],
    },
  }),
  // --- coercive recruitment --------------------------------------------------------------------
  flag({
    id: 'passport-copy-request',
    dimension: 'coercive-recruitment',
    strength: 'weak',
    indicator: 'confiscation-of-documents',
    advice: ['never-send-documents'],
    // Honest agencies also need a passport copy at some point; sending it to an unchecked stranger is the risk.
    // The request comes verb first ("пришлите копию паспорта") or object first ("копию паспорта
    // присылайте в Телеграм"; the usual order in the Turkic languages and Tajik). Negatable, and its
    // gaps never skip a negation: "копию паспорта никому не отправляйте" is advice, not a request.
    negatable: true,
    patterns: {
      en: [
        '(send|upload|forward|share) (us |me )?(a |the |your )?(copy|copies|photo|photos|picture|scan|scans) of (your )?passport*',
        '(send|share|upload) (us |me )?(your )?passport (copy|copies|photo|photos|scan|scans|details|number)',
        'passport (copy|photo|scan) (required|needed|first)',
        '(passport (copy|copies|photo|photos|scan|scans)|(copy|photo|scan) of (your )?passport) ~ (to|via|on|in) (telegram|whatsapp|viber|dm|pm|direct|inbox)',
      ],
      ru: [
        '(скиньте|скинуть|скинь|скидывайте|скидывать|пришлите|пришли|прислать|присылайте|присылать|отправьте|отправь|отправить|отправляйте|отправлять|вышлите|выслать|высылайте|высылать|киньте|кидайте|направьте|направить) ~ (фото|фотографи*|копи*|ксерокопи*|скан*) паспорт*',
        '(фото|копи*|скан*) паспорт* (в|на) (лс|личку|телеграм*|ватсап*|вотсап*|whatsapp|telegram|директ|почту)',
        '(скиньте|пришлите|отправьте|вышлите|присылайте|отправляйте|скидывайте) (ваш |свой )?паспорт*',
        '(фото|фотографи*|копи*|ксерокопи*|скан*) ~ паспорт* ~ (скиньте|скинуть|скинь|скидывайте|скидывать|пришлите|пришли|прислать|присылайте|присылать|отправьте|отправь|отправить|отправляйте|отправлять|вышлите|выслать|высылайте|высылать|киньте|кидайте|направьте|направить)',
        'паспорт* ~ (скиньте|скинуть|скинь|скидывайте|скидывать|пришлите|пришли|прислать|присылайте|присылать|отправьте|отправь|отправить|отправляйте|отправлять|вышлите|выслать|высылайте|высылать|киньте|кидайте|направьте|направить)',
      ],
      kk: [
        'паспорт* (көшірме*|суреті*|фото*|сканы*) ~ (жіберіңіз|жіберіңіздер|жіберіңдер|жібер|жіберу*|салыңыз|салыңдар|тастаңыз|тастаңдар|жолдаңыз)',
        'паспорт* ~ (жіберіңіз|жіберіңіздер|жіберіңдер|жібер|жіберу*|салыңыз|салыңдар|тастаңыз|тастаңдар|жолдаңыз)',
      ],
      ky: [
        'паспорт* (көчүрмө*|сүрөт*|фото*|скан*) ~ (жибериңиз|жибергиле|жибер|жиберүү*|салыңыз|салгыла|таштаңыз|таштагыла|жөнөтүңүз)',
        'паспорт* ~ (жибериңиз|жибергиле|жибер|жиберүү*|салыңыз|салгыла|таштаңыз|таштагыла|жөнөтүңүз)',
      ],
      uz: [
        'pasport* (nusxa*|rasm*|surat*|foto*|skan*) ~ (yuboring|yuboringlar|yuborasiz|yuborish*|yubor|tashlang|tashlanglar|tashlab yuboring|joʻnating|joʻnatasiz|joʻnatish*)',
        'pasport* ~ (yuboring|yuboringlar|yuborasiz|yuborish*|yubor|tashlang|tashlanglar|tashlab yuboring|joʻnating|joʻnatasiz|joʻnatish*)',
      ],
      tg: [
        '(нусха*|акс*|сурат*|скан*) ~ (шиноснома*|паспорт*) ~ (фиристед|фиристонед|равон кунед|равон намоед|ирсол кунед|ирсол намоед|партоед)',
        '(шиноснома*|паспорт*) ~ (фиристед|фиристонед|равон кунед|равон намоед|ирсол кунед|ирсол намоед|партоед)',
      ],
      tk: [
        'pasport* (nusga*|surat*|skan*) ~ (iberiň|iberiňiz|ibermeli|ugradyň|ugradyňyz|ugratmaly|taşlaň)',
        'pasport* ~ (iberiň|iberiňiz|ibermeli|ugradyň|ugradyňyz|ugratmaly|taşlaň)',
      ],
    },
  }),
  flag({
    id: 'documents-via-messenger',
    firm: true,
    dimension: 'coercive-recruitment',
    strength: 'medium',
    indicator: 'confiscation-of-documents',
    advice: ['never-send-documents', 'ask-company-details'],
    suppresses: ['passport-copy-request'],
    when: [
      { all: ['passport-copy-request', 'messenger-contact'] },
      { all: ['passport-copy-request', 'messenger-mention'] },
    ],
  }),
  flag({
    id: 'cost-deducted-from-pay',
    firm: true,
    dimension: 'coercive-recruitment',
    strength: 'medium',
    indicator: 'debt-bondage',
    advice: ['ask-who-pays-travel', 'ask-pay-in-writing'],
    // Costs taken from future pay are a debt the worker did not see; debt is how people are held.
    negatable: true,
    // Repaying and wages in one clause ("кийин айлыктан төлөйсүз", "potom vychtem iz zp"), unless
    // it is tax; paying later out of wages; paying back later.
    // Nor housing or meals at a stated amount that the contract says are deducted (`contract-deduction`):
    // a lawful deduction the worker can read before signing (method decision 4).
    when: [
      { all: ['repay', 'wages'], none: ['tax', 'contract-deduction', 'fine'], within: 'clause' },
      { all: ['fee', 'later', 'wages'], none: ['contract-deduction', 'fine'], within: 'clause' },
      { all: ['repay', 'later'], none: ['contract-deduction', 'fine'], within: 'clause' },
    ],
    // Nor a fine taken from pay (`fine`): that is the fines' own indicator, wage manipulation (tuning on M).
    unless: { any: ['tax', 'contract-deduction', 'fine'], within: 'clause' },
    patterns: {
      en: ['deducted from (your )?(salary|salaries|wage*|pay|earnings|first (salary|salaries|wage*|pay|month*))', '(repay|pay back|paid back) ~ (from|out of) (your )?(salary|wage*|earnings|pay)', '(loan|advance) for (the |your )?(ticket*|flight*|visa*|travel)', 'salary advance for (ticket*|flight*|visa*)', 'we (will |can )?help (you )?(to )?(get|take out|take|arrange|with) (a )?(loan|credit)', 'we (will )?(deduct|take) (it|the cost|the ticket|the fee|this) from (your )?(salary|wages|pay)', '(recovered|recouped|repaid|taken back) from (your )?(first )?(# |two |three )?(salary|salaries|wage*|pay|earnings)'],
      ru: ['(вычита*|вычтут|вычтем|удержива*|удерж*|высчитыва*|вычесть) ~ (из|с) ~ (зарплат*|заработ*|зп|з/п)', 'счет (будущ*|первой|первых) (зарплат*|заработ*)', '(билет*|дорог*|перелет*|визу|оформлени*) в долг', '(кредит|займ*|заем) на (билет*|дорог*|визу|оформлени*|перелет*)', '(поможем|помогаем) ~ (кредит*|займ*|заем|микрозайм*|рассрочк*)', '(вернете|вернешь|возвращаете|отдадите) (с|из) (зарплат*|первой зарплат*|заработ*)'],
      kk: ['(жалақыдан|айлықтан) (ұсталады|шегеріледі|алынады)', '(жалақыдан|айлықтан) ~ қайтарылады', '(тапқан ақшаңыздан|табысыңыздан) ~ (ұсталады|шегеріледі|алынады)', '(несие*|кредит*) ~ (көмектесеміз|рәсімдеп береміз|алып береміз)', '(жалақыдан|айлықтан|жалақыңыздан|айлығыңыздан) (ұсталады|ұстаймыз|шегеріледі|шегереміз|алынады)'],
      ky: ['(айлыктан|маянадан) (кармалат|кармалып калат|кесилет|алынат)', '(айлыктан|маянадан) ~ кайтарылат', '(тапкан акчаңыздан|тапкан акчаңардан|кирешеңизден) ~ (кармалат|кесилет|алынат)', '(насыя*|кредит*) ~ (жардам беребиз|тариздеп беребиз|алып беребиз)', '(айлыктан|маянадан|айлыгыңыздан) (кармайбыз|кесебиз|кармалат|кесилет)'],
      uz: ['(maoshdan|oylikdan|ish haqidan) (ushlab qolinadi|chegiriladi|ushlanadi|olinadi)', '(ishlagan pulingizdan|topgan pulingizdan|daromadingizdan) ~ (ushlab qolinadi|chegiriladi|ushlanadi|olinadi)', '(kredit*|nasiya*) ~ (yordam beramiz|rasmiylashtirib beramiz|olib beramiz|koʻmaklashamiz)', 'qarzga (chipta*|bilet*|viza*)', '(oylikdan|maoshdan) qaytarasiz', '(maoshdan|oylikdan|ish haqidan|maoshingizdan|oyligingizdan) (ushlab qolamiz|chegiramiz|olamiz)', '(maoshdan|oylikdan|ish haqidan) ~ qaytariladi'],
      tg: ['аз (маош*|музд*) (нигоҳ дошта|тарҳ|гирифта) мешавад', 'аз (маош*|музд*) ~ баргардонда мешавад', '(қарз*|кредит*) ~ (кӯмак мекунем|ёрӣ мерасонем|гирифта медиҳем)', 'аз маош* ~ (тарҳ|нигоҳ)', 'аз (маош*|музд*) ~ (мегирад|мегиранд|мегирем|гирифта мешавад)', 'боқимонда* ~ аз (маош*|музд*)', 'аз (маош*|музд*) ~ ҳисоб (мекунем|мекунанд|карда мешавад)'],
      tk: ['(aýlykdan|zähmet hakyndan) (tutulýar|aýrylýar|alynýar)', '(aýlykdan|zähmet hakyndan) ~ gaýtarylýar', 'gazan(an|ýan) (pulyňyzdan|pulyňdan|puluňyzdan|puluňdan) ~ (tutulýar|aýrylýar|alynýar)', '(karz*|kredit*) ~ (kömek edýäris|kömek ederis|alyp berýäris|resmileşdirip berýäris)', '(aýlykdan|zähmet hakyndan|aýlygyňyzdan) (tutular|tutarys|aýrylar|aýyrarys|alnar)'],
    },
  }),
  flag({
    id: 'work-off-debt',
    dimension: 'coercive-recruitment',
    strength: 'strong',
    indicator: 'debt-bondage',
    advice: ['never-pay-fees', 'call-hotline'],
    suppresses: ['cost-deducted-from-pay'],
    // Not a debt when the clause promises the opposite ("if you leave early you owe us NOTHING"),
    // nor where "work off" has a whole rotation or season as its object, the condition of a refund
    // or a bonus ("вернём с первой зарплаты, если отработаете вахту полностью"; `full-term`).
    unless: { any: ['owes-nothing', 'full-term'], within: 'clause' },
    patterns: {
      en: ['work off (the |your |a )?(debt|cost*|ticket*|loan)', '(pay|repay) (off )?(the |your )?debt (by|through|with) (work*|working)', 'owe (us|the company|the agency|the agent)'],
      ru: ['отработа* (долг*|билет*|дорог*|перелет*|виз*|стоимост*|расход*)', '(долг|стоимость|билет|перелет|расходы) ~ отработа*', 'отработаешь', 'отработаете', '(будете|будешь) должн*'],
      kk: ['қарыз* (өтейсің|өтейсіз|жұмыспен өтейсіз)', '(жұмыс )?істеп (өтейсіз|өтейсің|қайтарасыз|қайтарасың|төлейсіз|төлейсің)'],
      ky: ['карыз* (иштеп )?(төлөйсүз|кайтарасыз|иштеп бересиз)', 'иштеп (төлөйсүз|төлөйсүң|кайтарасыз|кайтарасың)'],
      uz: ['qarz* (ishlab|ishlab berasiz|ishlab qaytarasiz|uzasiz)', "ishlab (qaytarasiz|qaytarasan|berasiz|uzasiz|uzasan|to'laysiz|to'laysan)"],
      tg: ['қарз* ~ (кор карда|бо кор) (медиҳед|пардохт мекунед|мепардозед)', 'кор карда (баргардонед|медиҳед|мепардозед)', 'бо кор (бармегардон*|баргардон*)'],
      tk: ['bergi* (işläp )?(ödärsiňiz|gaýtararsyňyz)', 'işläp (ödärsiňiz|ödärsiň|gaýtararsyňyz|gaýtararsyň|tölärsiňiz|tölärsiň)'],
    },
  }),
  flag({
    id: 'wage-withholding',
    firm: true,
    dimension: 'coercive-recruitment',
    strength: 'medium',
    indicator: 'withholding-of-money',
    advice: ['ask-pay-in-writing'],
    // Wages and the end of a season, contract or year in one sentence, in any order and words
    // ("Oylik 300 000 tenge, lekin MAVSUM OXIRIDA bir yo'la beriladi", "акча жыл аягында бир жолу").
    when: [
      { all: ['wages', 'end-of-term'], none: ['tax', 'regular-pay'], within: 'sentence' },
      // Money that piles up with the boss until the worker goes home ("Ақша қожайында жиналады,
      // үйге қайтқанда бәрін бірден аласың") is the pay, though not named as pay.
      { all: ['money', 'end-of-term'], none: ['tax', 'regular-pay'], within: 'sentence' },
      // The whole pay at the end, whatever is handed out monthly meanwhile: "every month" then
      // names only an allowance ("пулро ПУРРА дар охири мавсим медиҳем, ... ҳар моҳ фақат 20 000 ₸").
      { all: ['money', 'in-full', 'end-of-term'], none: ['tax', 'extra-pay'], within: 'sentence' },
      { all: ['wages', 'in-full', 'end-of-term'], none: ['tax', 'extra-pay'], within: 'sentence' },
      // The rest paid at the end of the season, after a monthly advance ("аванс каждый месяц, остаток
      // в конце сезона"): the pay held, in one sentence; not the rest of a fee (decision 2 of "Method
      // decisions after seven batches").
      { all: ['remainder', 'end-of-term'], none: ['tax', 'extra-pay', 'fee', 'service', 'deposit', 'cost-refunded'], within: 'sentence' },
      // The worker's own pay kept "as a guarantee" or a pledge ("первая зарплата остаётся в залог").
      { all: ['wages', 'as-guarantee'], none: ['tax'], within: 'sentence' },
      // Pay or a deposit lost by leaving early ("Касе пеш аз охири мавсим равад, маошашро намегирад"),
      // and pay sent to the worker's parents ("айлык ата-энеңизге түз жиберилет"): the worker's money
      // held by someone else (tuning on N).
      { all: ['leave-early', 'forfeit'], within: 'sentence' },
      { all: ['wages', 'to-family'], within: 'sentence' },
    ],
    patterns: {
      en: ['(salary|wages|pay) (paid|given) (at|after) (the )?end of (the )?(contract|season)', 'first (# )?(month|months|salary|salaries) ~ (go|goes|paid) to (the )?(agency|agent|recruiter)', '(pay|salary|wages|payment) ~ (at|after) the end of (the )?(contract|season)'],
      ru: ['зарплат* (выплачива*|выдае*|выдают|получаете) (в конце|после окончания|по окончании) (контракт*|сезон*|срока)', '(перв*) ~ (зарплат*) (агентств*|агенту|нам|посреднику)', 'зарплата (раз в|через) (3|три|6|шесть) месяц*', '(расчет|оплата|зарплат*|выплат*|деньги) ~ (в конце|после окончания|по окончании|по завершении|после завершения) (контракт*|сезон*|срока|объект*|стройк*)'],
      kk: ['жалақы (келісімшарт|шарт|маусым) соңында', '(жалақы*|айлық*) ~ (келісімшарт|шарт|маусым|объект) (соңында|біткенде|аяқталғанда)', '(төлем*|есеп айырысу*) ~ (маусым|сезон) (соңында|біткенде|аяғында)'],
      ky: ['айлык (келишим|контракт|сезон) аягында', '(айлык*|акча*) ~ (келишим|контракт|сезон|объект) (аягында|бүткөндө)', '(төлөм*|эсептешүү*) ~ (сезон|мезгил) (аягында|бүткөндө)'],
      uz: ['(maosh|oylik) (kontrakt|shartnoma|mavsum) oxirida', '(toʻlov*|hisob-kitob*) ~ (mavsum|sezon) (oxirida|tugagach*)', '(maosh*|oylik*|pul*) ~ (kontrakt|shartnoma|mavsum|obyekt) (oxirida|tugagach*|tugaganidan keyin)', '(маош*|ойлик*|пул*) ~ объект (охирида|тугагач*|тугаганидан кейин)'],
      tg: ['маош дар охири (шартнома|контракт|мавсим|мавсум)', '(ҳисоб|пардохт) (дар )?охири (мавсим|мавсум)', 'маош* ~ (баъди|баъд аз|пас аз|дар охири) (анҷоми )?(шартнома*|контракт*|мавсим*|мавсум*|объект*)'],
      tk: ['aýlyk (şertnama|kontrakt|möwsüm) ahyrynda', '(töleg*|hasaplaşyk*) ~ (möwsüm|sezon) (ahyrynda|soňunda)', '(aýlyk*|zähmet haky) ~ (şertnama|kontrakt|möwsüm|obýekt) (ahyrynda|gutarandan soň)'],
    },
  }),
  flag({
    id: 'secrecy',
    firm: true,
    dimension: 'coercive-recruitment',
    strength: 'medium',
    indicator: 'isolation-confinement-surveillance',
    advice: ['keep-in-touch'],
    // Being told not to tell family cuts the person off before they leave; so do a chat to delete, a
    // story for the border guards, the police kept out, an offer not to be discussed with anyone.
    // Data "kept confidential" (sir saqlanadi) is not.
    patterns: {
      en: ['(don\'t|do not|dont) tell (anyone|anybody|your (parents|family|mother|mom|father|friends))', 'keep (it|this) (a )?secret', 'no need to tell (your )?(parents|family)', 'parents (do not|don\'t) need to know', 'tell (your )?(parents|family) (that )?you (work|are working)', 'delete (this |the |our |all )?(chat|messages|conversation|correspondence)', '(at|on) the border ~ say', '(don\'t|do not|dont|never) (go to|tell|call|contact) (the )?police', 'not to discuss ~ with anyone', '(tell|discuss (it |this )?with) no one', 'no need for (your )?(friends|relatives|family|parents) to know'],
      ru: ['никому не (говори*|рассказыва*|сообща*)', '(родителям|родным|семье|маме|близким) ~ (говори*|скажи*|скаже*|рассказыва*) что', '(родителям|родным|семье|маме|близким) ~ не (обязательно|нужно|надо|стоит|говори*|рассказыва*|сообща*)', 'не (говори*|рассказыва*|сообща*) (родителям|родным|семье|маме|близким|никому)', 'держ* в секрете', 'удал(ите|и|ять) ~ (переписк*|сообщени*|чат*|диалог*)', 'на границе ~ (говорите|скажите|скажешь|говори)', '(в полицию|в милицию) ~ не (ходи*|обращай*)', '(полиции|милиции) ~ не (говори*|сообща*)', 'не обсуждать ~ (с посторонними|ни с кем)'],
      kk: ['ешкімге (айтпа*|айтудың қажеті жоқ)', 'ата ана* ~ (айтпа*|айтудың қажеті жоқ|айту* шарт емес|айту* қажет емес)', '(хат алмасу*|хабарлама*|чат*) ~ өшір*', 'шекарада ~ (деңіз|айтыңыз|де)', 'полиция* ~ (барма*|айтпа*)', 'талқыламау*'],
      ky: ['эч кимге (айтпа*|айтуунун кереги жок)', 'ата эне* ~ (айтпа*|айтуунун кереги жок|айтуу* шарт эмес|айтуу* кереги жок)', '(кат алышуу*|билдирүү*|чат*) ~ өчүр*', 'чек арада ~ (деңиз|айтыңыз|де)', '(милиция*|полиция*) ~ (барба*|айтпа*)', 'талкуулабоо*'],
      uz: ['hech kimga (aytma*|aytish shart emas)', 'ota ona* ~ (aytma*|aytish* shart emas|aytish* kerak emas|bilmasin)', 'sir saqla(ng*|sh*|ysiz|ymiz)', '(yozishma*|xabar*|chat*) ~ oʻchir*', 'chegarada ~ (deysiz|deng|ayting|de)', '(militsiya*|politsiya*) ~ (aytmang|bormang|aytma)', 'hech kimga gapirma*', 'oila* ~ deb qoʻying'],
      tg: ['ба ҳеҷ кас (нагӯ*|нагӯед)', 'ба (падару модар*|волидайн*|оила*) ~ (нагӯ*|лозим нест|гуфтан* шарт нест|гуфтан* лозим нест)', '(хонавода*|оила*|падару модар*) ~ набояд (донад|донанд)', '(паём*|чат*|мукотиба*) ~ нест кунед', '(дар сарҳад|сарҳад*) ~ (гӯед|бигӯед)', '(милиса|милитсия|полис*) ~ (нагӯед|наравед)', '(оила*|хонавода*) ~ гӯед'],
      tk: ['hiç kime (aýtma*|aýtmaň)', '(ata ene*|ene ata*) ~ (aýtma*|aýtmak hökman däl|aýtmag* hökman däl|aýtmag* gerek däl)', '(hat*|habar*|çat*) ~ poz*', 'serhetde ~ (diýiň|aýdyň)', '(polisiýa*|milisiýa*) ~ (aýtmaň|barmaň)', 'hiç kime gürrüň berme*', 'maşgala* ~ diýiň'],
    },
  }),
  // --- abuse of vulnerability ------------------------------------------------------------------
  flag({
    id: 'urgency',
    context: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'weak',
    indicator: 'abuse-of-lack-of-information',
    advice: ['take-your-time'],
    // Rushing leaves no time to check; "срочно" is also in many honest offers, hence weak.
    patterns: {
      en: ['urgent*', 'leave (this|next) week', '(flight|departure|fly|flying) (is )?(in|within) # days', '(limited|few) (places|spots|seats|vacancies)', 'hurry', 'asap', '(departure|flight) (is )?tomorrow', 'apply now', '(few|limited) places left'],
      ru: ['срочн*', 'вылет (через|уже|завтра|на этой неделе)', '(выезд|отъезд|вылет|отправка) (через|в течение) #', '(места|мест) ограничен*', 'осталось # мест*', 'только сегодня', '(выезд|вылет|отправка) (завтра|на этой неделе|в ближайшие дни)', 'успей*', 'мест мало', 'торопитесь'],
      kk: ['шұғыл*', 'тез арада', 'орын (шектеулі|аз қалды)', 'ұшу (ертең|осы аптада)'],
      ky: ['шашылыш*', 'тезинен', 'орун (чектелүү|аз калды)', 'учуу (эртең|ушул жумада)'],
      uz: ['shoshilinch*', 'zudlik bilan', 'joylar (soni )?cheklangan', 'ertaga (uchish|joʻnash)', 'shu hafta (uchish|joʻnash)'],
      tg: ['фаврӣ', 'зуд (сафар*|парвоз*)', 'ҷойҳо маҳдуд*', 'зуд занг*', 'фавран'],
      tk: ['gyssagly*', 'ýerler (çäkli|az galdy)', 'ertir (uçuş|ugramaly)'],
    },
  }),
  flag({
    id: 'looks-requirement',
    dimension: 'abuse-of-vulnerability',
    strength: 'weak',
    indicator: 'personal-characteristics',
    advice: ['ask-exact-job'],
    // "Pleasant appearance" is also asked (unfairly) by honest employers; body measurements and photos are not.
    patterns: {
      en: ['(pleasant|attractive|good) (appearance|looks)', 'good looking'],
      ru: ['(приятн*|привлекательн*) (внешност*|внешн*)'],
      kk: ['(тартымды|көрікті) (келбет*|сырт*)'],
      ky: ['(жагымдуу|сымбаттуу) (келбет*|сырт*)'],
      uz: ['yoqimli tashqi koʻrinish*', 'chiroyli tashqi koʻrinish*'],
      tg: ['зоҳири (зебо|ҷолиб|хуб)', 'намуди зоҳирии (хуб|зебо|ҷолиб)'],
      tk: ['ýakymly daşky görnüş*', 'owadan daşky görnüş*', 'daş keşbi (ýakymly|gowy|owadan)'],
    },
  }),
  flag({
    id: 'body-requirement',
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    indicator: 'personal-characteristics',
    advice: ['ask-exact-job'],
    suppresses: ['looks-requirement'],
    patterns: {
      // A photo "in a swimsuit" is asked by its case form alone ("макияжсиз ва купальникда"), the
      // photo often words away. Uzbek Cyrillic keeps the soft sign of a Russian loanword
      // (купальник) where Uzbek Latin drops it (kupalnik), so the bridge from the Latin cannot
      // spell it: such words are listed in Cyrillic too (as объект, below).
      en: ['(slim|sexy|model) (figure|body|build|appearance|looks|girls)', 'model parameters', 'photo* in (a )?(swimsuit|bikini|full length|full height)', 'full (length|body) photo*', '(attractive|pretty|beautiful) (girls|women|ladies)'],
      ru: ['модельн* (внешност*|параметр*|рост*|фигур*)', '(яркой|яркая|эффектн*) (внешност*|внешн*)', 'стройн* (фигур*|девушк*|девушек|телосложени*)', '(фото|фотографи*) (в|во) (купальник*|полный рост|весь рост)', '(красив*|симпатичн*) (девушк*|девушек|девочк*|девочек)', 'параметры (фигуры|модели)', 'рост (от )?# вес', '(в|во) купальник(е|ах)'],
      kk: ['сымбатты', 'модель (параметр*|келбет*)', '(толық бойлы|толық бой) сурет*', 'әдемі қыздар', 'купальник(пен|те)', 'бойы # ~ салмағы', 'сұлу (қыздар*|қыз)', 'модель (сияқты|тәрізді) (келбет*|дене*)'],
      ky: ['сымбаттуу кыздар', 'модель (параметр*|келбет*)', 'сулуу кыздар', 'толук бойлуу сүрөт*', 'купальник(чен|те)', 'бою # ~ салмагы', 'моделдей (келбет*|дене*)'],
      uz: ['chiroyli (qizlar|ayollar)', 'model (parametr*|koʻrinish*)', 'qomatli', 'kelishgan (qomat*|qizlar)', 'toʻliq (boʻyli )?surat*', 'kupalnik(da*|lar*)', 'купальник(да*|лар*)', 'toʻliq boʻyli ~ (rasm*|foto*|surat*)', 'goʻzal (qizlar|ayollar)', 'boʻyi # ~ vazni', 'xushqomat*', 'qomati kelishgan', 'modeldek (koʻrinish*|qomat*)'],
      tg: ['духтарони зебо', 'қаду қомати (зебо|хуб|мавзун)', 'параметрҳои модел*', 'бо купалник', '(акси|сурати) қадди пурра', 'либоси шиноварӣ', 'қад # ~ вазн*', 'зебо духтарон', 'мисли модел*'],
      tk: ['owadan (gyzlar|zenanlar)', 'model (parametr*|görnüş*)', 'syratly', 'kupalnik(de|li)', '(doly )?boýly surat*', 'suwa düşülýän eşik*', 'gözel (gyzlar|zenanlar)', 'boýy # ~ agramy', 'syratly gyzlar', 'görmegeý (gyzlar*|gyz)', 'model ýaly (görnüş*|syrat*)'],
    },
  }),
  flag({
    id: 'young-women-targeting',
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    indicator: 'personal-characteristics',
    advice: ['ask-exact-job', 'keep-in-touch'],
    // Girls or women in a narrow young age range, for work abroad or a vague job: the profile traffickers look for.
    // Not when the offer asks for men in the same breath ("yigit-qizlar 21–30", "Aýallar we
    // erkekler, 18–30"): an offer open to both sexes targets no one by sex.
    when: [{ all: ['female-target', 'age-young'], none: ['both-sexes'] }],
    patterns: {
      en: ['young (girls|women|ladies)'],
      ru: ['молод* (девушк*|девушек|женщин*)'],
      kk: ['жас (қыздар*|әйелдер*)'],
      ky: ['жаш (кыздар*|аялдар*)'],
      uz: ['yosh (qizlar*|ayollar*)'],
      tg: ['духтарони ҷавон', 'занони ҷавон'],
      tk: ['ýaş (gyzlar*|aýallar*)'],
    },
  }),
  flag({
    id: 'minors-accepted',
    firm: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    indicator: 'recruitment-of-children',
    advice: ['keep-in-touch', 'ask-exact-job'],
    // For children the ILO lists need no "means": recruiting a child for exploitative work is enough.
    when: [{ all: ['age-minor'] }, { all: ['minor-words'] }],
  }),
  flag({
    id: 'minors-abroad',
    dimension: 'abuse-of-vulnerability',
    strength: 'strong',
    indicator: 'recruitment-of-children',
    advice: ['call-hotline', 'keep-in-touch'],
    suppresses: ['minors-accepted'],
    when: [{ all: ['minors-accepted', 'abroad'] }],
  }),
  flag({
    id: 'scam-compound-lure',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'deceived-nature-of-job',
    advice: ['call-hotline', 'ask-company-details'],
    // 2025: Uzbek, Kazakh and Kyrgyz people recruited online with a free ticket to Thailand, then moved to scam compounds in Myanmar.
    when: [
      { all: ['scam-compound-destination', 'free-travel'] },
      { all: ['scam-compound-destination', 'online-operator-job'] },
      { all: ['scam-compound-destination', 'pay-high'] },
      { all: ['scam-compound-destination', 'no-experience'] },
    ],
  }),
  flag({
    id: 'border-transfer',
    dimension: 'deceptive-recruitment',
    strength: 'strong',
    // The same ILO/EC indicator as the lure (deceived about the nature of the job, its location or
    // the employer), at its strongest: the job turns out to be in another place than the one named.
    indicator: 'deceived-nature-of-job',
    advice: ['call-hotline', 'ask-company-details'],
    // A job in Thailand or nearby whose "office" is a town near the border, reached by car from the
    // airport: the route by which people were taken to the scam compounds of Myanmar (US TIP 2025).
    when: [{ all: ['scam-compound-destination', 'border'] }],
  }),
  // --- exploitative conditions and coercion at destination ------------------------------------
  flag({
    id: 'no-weekly-rest',
    firm: true,
    dimension: 'exploitative-conditions',
    strength: 'strong',
    indicator: 'excessive-hours',
    advice: ['ask-pay-in-writing'],
    // No weekly day of rest: seven days a week, no days off, or one or two a month ("hepdede 7 gün,
    // aýda 1 gün dynç", "Дем алыш күн азырынча жок"). The ILO/EC table lists "excessive working days
    // or hours" as a strong indicator of exploitation; a week with no day of rest is that, whatever
    // the hours, and no shift pattern has it (a 2/2 or 30/30 rotation is days off). A long day alone
    // (13 hours by the clock, "14 hours a day", hours "until the work is done") stays the medium
    // `excessive-hours`: a long shift may come with days off. Both are one indicator, counted once
    // (tuning on M, branch offer-m: docs/offer-check.md).
    patterns: {
      en: ['(no|without) days off', '(7|seven) days a week', 'work 7/7', 'no day* off', 'days off (are )?not (provided|given)', 'no weekends', '(one|1|two|2) (day|days) off (a|per|each) month', '(a )?day off (once|one day) a month'],
      ru: ['без выходных', '(7|семь) дней в неделю', 'график 7/0', 'выходн* (нет|не предусмотрен*)', '(один|1|два|2) выходн* в месяц', 'выходн* (раз|один раз) в месяц', 'выходн* пока (нет|не будет)'],
      kk: ['демалыссыз', 'аптасына (7|жеті) күн', 'демалыс (күні |күндері )?(жоқ|берілмейді)', 'выходной (жоқ|болмайды)', 'демалыс күндері қарастырылмаған', 'айына (бір|1|екі|2) (күн )?демалыс*', 'демалыс (күні )?(әзірге|қазірше) (жоқ|болмайды)'],
      ky: ['дем алышсыз', 'жумасына (7|жети) күн', 'дем алыш (күнү |күндөрү )?(жок|берилбейт)', 'выходной (жок|болбойт)', 'дем алыш күндөр каралган эмес', 'айына (бир|1|эки|2) (күн )?дем алыш*', 'дем алыш (күн |күнү )?(азырынча|азыр) (жок|болбойт)'],
      uz: ['dam olish kunisiz', 'dam olishsiz', 'haftada (7|yetti) kun', 'dam olish (kuni|kunlari) (yoʻq|berilmaydi)', '(vihodnoy*|vыhodnoy*) (yoʻq|berilmaydi)', 'vihodnoysiz', 'dam yoʻq', 'oyiga (bir|1|ikki|2) (kun )?dam olish*', 'oyda (bir|1|ikki|2) kun dam*', 'dam olish (kuni )?(hozircha|hali) yoʻq'],
      tg: ['бе рӯзи истироҳат', 'ҳафтае (7|ҳафт) рӯз', '(рӯзи|рӯзҳои) истироҳат (нест|дода намешавад)', '(выходной|рӯзи истироҳат) нест', 'моҳе (як|1|ду|2) рӯз(и)? истироҳат', 'рӯзи истироҳат (ҳоло|ҳозир|ҳоло ки) нест'],
      tk: ['dynç günsüz', 'dynç gününsiz', 'hepdede (7|ýedi) gün', 'dynç (alyş )?(güni|günleri) (ýok|berilmeýär)', '(wyhodnoý|dynç alyş güni) ýok', 'aýda (bir|1|iki|2) gün dynç*', 'dynç (güni )?(häzirlikçe|entek) ýok'],
    },
  }),
  flag({
    id: 'excessive-hours',
    firm: true,
    dimension: 'exploitative-conditions',
    strength: 'medium',
    indicator: 'excessive-hours',
    advice: ['ask-pay-in-writing'],
    // A day given by the clock of thirteen hours or more: "ish 7:00 dan 22:00 gacha" — unless the
    // sentence gives a rotation ("2/2, 10:00–23:00": every other day off).
    when: [
      { all: ['long-day'], none: ['rotation'], within: 'sentence' },
      // A schedule: a day of twelve hours by the clock, six days a week ("08:00–20:00, hepdede 6
      // gün") is 72 hours, as "12 hours a day, 6 days a week" written out (tuning on N).
      { all: ['long-shift', 'six-days'], none: ['rotation'], within: 'sentence' },
    ],
    patterns: {
      en: ['(14|15|16|17|18) hours (a|per) day', '(12|13|14|15|16) (hour|hours) (shift*|day*|a day|per day) ~ (6|six|7|seven) days (a|per) week', '(work|working) until the (job|work) is done', '(unlimited|unregulated) (working )?hours', 'hours (are )?unlimited', '(14|15|16|17|18|20) hours ~ (every day|night shift*|shift*)', '(every day|night shift*) ~ (14|15|16|17|18|20) hours'],
      ru: ['(14|15|16|17|18) (часов|ч) (в день|в сутки)', '(12|13|14|15|16) (часов|ч) ~ (6|7|шесть|семь) дней в неделю', 'до выполнения (объем*|объём*|план*|норм*)', 'ненормированн*', '(каждый день|ежедневно|смен*) ~ (14|15|16|17|18|20) (часов|ч)', '(14|15|16|17|18|20) (часов|ч) ~ (каждый день|ежедневно|смен*)'],
      kk: ['көлем біткенше', 'нормаланбаған', '(14|15|16|17|18|20) сағат* ~ (күн сайын|ауысым*|смена*)', '(күн сайын|ауысым*|смена*) ~ (14|15|16|17|18|20) сағат*'],
      ky: ['көлөм бүткөнчө', 'ченемсиз', '(14|15|16|17|18|20) саат* ~ (күн сайын|смена*|нөөмөт*)', '(күн сайын|смена*|нөөмөт*) ~ (14|15|16|17|18|20) саат*'],
      uz: ['ish tugamaguncha', '(sutkada|kuniga|har kuni) (14|15|16|17|18|20) soat*', '(14|15|16|17|18|20) soat* ~ (har kuni|smena*)'],
      tg: ['то тамом шудани кор', '(14|15|16|17|18|20) соат* ~ (ҳар рӯз|смена*|баст*)', '(ҳар рӯз|смена*|шабонарӯз*) ~ (14|15|16|17|18|20) соат*'],
      tk: ['iş gutarýança', '(14|15|16|17|18|20) sagat* ~ (her gün|smena*|nobat*)', '(her gün|smena*|gije-gündiz*) ~ (14|15|16|17|18|20) sagat*'],
    },
  }),
  flag({
    id: 'fines',
    firm: true,
    dimension: 'exploitative-conditions',
    strength: 'medium',
    indicator: 'wage-manipulation',
    advice: ['ask-pay-in-writing'],
    // Fines the company pays (traffic fines on a company car) are not taken from the worker.
    unless: { any: ['employer-pays'], within: 'clause' },
    negatable: true,
    patterns: {
      en: ['fines', '(system of|strict) fines', 'penalt* (from|off) (your )?(salary|pay)', 'penalt*', 'penalis*', 'penaliz*', 'charged to the worker', '(late|lateness) ~ minus'],
      ru: ['штраф*', 'систем* штраф*', 'неустойк*', 'пеня', 'пени', 'пеню', 'наказыва*', '(опоздани*|прогул*) ~ минус', 'высчитыва* с работник*'],
      kk: ['айыппұл*', 'тұрақсыздық айыб*', 'пеня*', 'жазалан*', 'кешігу ~ минус'],
      ky: ['айыппул*', 'айып пул*', 'неустойка*', 'пеня*', 'жазалан*', 'кечигүү ~ минус'],
      uz: ['jarima*', 'penya*', 'penalti*', 'uchun vichet', 'учун вычет'],
      tg: ['ҷарима*', 'пеня*', 'барои ~ вычет', 'ҷазо дода мешавад'],
      tk: ['jerime*', 'ştraf*', 'penýa*', 'penalti*', 'üçin wyçet'],
    },
  }),
  flag({
    id: 'crowded-housing',
    dimension: 'exploitative-conditions',
    strength: 'medium',
    indicator: 'bad-living-conditions',
    advice: ['ask-written-contract'],
    // Eight or more people to a room ("otagda 10–12 adam", "в комнате по 10 человек"): the ILO/EC
    // table's "bad living conditions" (exploitation, medium). A dormitory room of two to six is not
    // (tuning on M, branch offer-m). Eight or more in a trailer, a cabin or a tent ("вагончик, 10–12
    // нафар якҷоя") is the same crowding in another place (tuning on N).
    when: [{ all: ['trailer', 'crowd-count'], within: 'sentence' }, { all: ['tent', 'crowd-count'], within: 'sentence' }],
    patterns: {
      en: ['# (8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|women|workers|beds) (per|in a|in one|in each|to a) room', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|women|workers|beds) (per|in a|in one|in each|to a) room', 'room* (for|of) (8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|women|workers)', 'room* (for|of) # (8|9|10|11|12|13|14|15|16|18|20|25|30) (people|persons|men|women|workers)'],
      ru: ['в (одной )?комнате (по )?(8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)', 'в (одной )?комнате (по )?# (8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих) в (одной )?комнате', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих) в (одной )?комнате', 'комнат* (на|по) (8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)', 'комнат* (на|по) # (8|9|10|11|12|13|14|15|16|18|20|25|30) (человек|чел|мужчин|рабочих)'],
      kk: ['бөлмеде (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|кісі|жұмысшы)', 'бөлмеде # (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|кісі|жұмысшы)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (адамдық|кісілік) бөлме*', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (адамдық|кісілік) бөлме*'],
      ky: ['бөлмөдө (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|киши|жумушчу)', 'бөлмөдө # (8|9|10|11|12|13|14|15|16|18|20|25|30) (адам|киши|жумушчу)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (адамдык|кишилик) бөлмө*', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (адамдык|кишилик) бөлмө*'],
      uz: ['xonada (8|9|10|11|12|13|14|15|16|18|20|25|30) (kishi|odam|ishchi)', 'xonada # (8|9|10|11|12|13|14|15|16|18|20|25|30) (kishi|odam|ishchi)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (kishilik|odamlik) xona*', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (kishilik|odamlik) xona*'],
      tg: ['дар (як )?(ҳуҷра|хона) (8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас)', 'дар (як )?(ҳуҷра|хона) # (8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас) дар (як )?(ҳуҷра|хона)', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (нафар|кас) дар (як )?(ҳуҷра|хона)'],
      tk: ['otagda (8|9|10|11|12|13|14|15|16|18|20|25|30) (adam|kişi|işçi)', 'otagda # (8|9|10|11|12|13|14|15|16|18|20|25|30) (adam|kişi|işçi)', '(8|9|10|11|12|13|14|15|16|18|20|25|30) (adamlyk|kişilik) otag*', '# (8|9|10|11|12|13|14|15|16|18|20|25|30) (adamlyk|kişilik) otag*'],
    },
  }),
  flag({
    id: 'poor-housing',
    dimension: 'exploitative-conditions',
    strength: 'medium',
    // The ILO/EC table's "bad living conditions" (exploitation, medium), the indicator of
    // `crowded-housing` and counted once with it: living in tents ("Жашоо талаадагы чатырларда"), or in
    // tents or trailers with water brought by tanker or drawn from a well. A trailer or a site cabin
    // alone is how many lawful rotation camps house workers, and is not read (tuning on N).
    indicator: 'bad-living-conditions',
    advice: ['ask-written-contract'],
    when: [
      { all: ['tent', 'housing'], within: 'sentence' },
      { all: ['no-water', 'housing'], within: 'sentence' },
      { all: ['no-water', 'tent'], within: 'sentence' },
      { all: ['no-water', 'trailer'], within: 'sentence' },
    ],
  }),
  flag({
    id: 'hazardous-work',
    dimension: 'exploitative-conditions',
    strength: 'medium',
    // The ILO/EC table's "hazardous work" (exploitation, medium): work at height — facades, roofs,
    // rope access — with the safety gear at the worker's own cost or none ("каска и страховочный пояс
    // свои", "Каска ва страховка камарини ўзингиз олиб келасиз"). Work at height with the employer's
    // gear, or gear named alone, is not (tuning on N).
    indicator: 'hazardous-work',
    advice: ['ask-written-contract'],
    when: [{ all: ['height-work', 'no-protection'] }],
  }),
  flag({
    id: 'no-social-protection',
    dimension: 'exploitative-conditions',
    strength: 'weak',
    // The ILO/EC table's "no social protection" (exploitation, medium), lowered to weak: an
    // advertisement that says "no insurance" ("Страховка жок", "ätiýaçlandyrma gerek däl") shows the
    // worker unprotected if hurt, but says nothing of what else the job is (tuning on N).
    indicator: 'no-social-protection',
    advice: ['ask-written-contract'],
    patterns: {
      en: ['no insurance', 'without insurance', 'insurance (is )?not (provided|included|needed)'],
      ru: ['страховк* нет', 'без страховк*', 'страховк* не (предоставля*|нужн*|оформля*)', 'нет страховк*'],
      kk: ['сақтандыру (жоқ|берілмейді|керек емес|қажет емес)', 'страховка (жоқ|берілмейді)'],
      ky: ['камсыздандыруу (жок|берилбейт|керек эмес)', 'страховка (жок|берилбейт)'],
      uz: ['sugʻurta (yoʻq|berilmaydi|kerak emas|shart emas)', 'strahovka (yoʻq|berilmaydi)'],
      tg: ['суғурта (нест|дода намешавад|лозим нест)', 'страховка нест'],
      tk: ['ätiýaçlandyr* (ýok|gerek däl|berilmeýär)', 'strahowka ýok'],
    },
  }),
  flag({
    id: 'isolated-work',
    dimension: 'coercive-recruitment',
    strength: 'medium',
    indicator: 'isolation-confinement-surveillance',
    advice: ['keep-in-touch', 'ask-written-contract'],
    // A remote place for months — a village, farm or camp far from towns, the taiga or steppe, a
    // summer pasture — where a worker depends on the employer for food, transport and contact (ILO/EC:
    // isolation, medium at recruitment; difficulty living in an unknown area). Not a rotation with
    // flights home or a cruise (`lawful-voyage`). With no signal or transport, or months at sea, it
    // is `confinement` (method decision 2). A ship or a sailor's job with no term says too little.
    when: [
      { all: ['remote-place', 'long-stay'], none: ['lawful-voyage'] },
      { all: ['remote-place', 'end-of-term'], none: ['lawful-voyage'] },
      { all: ['at-sea', 'end-of-term'], none: ['lawful-voyage'] },
      // Domestic work abroad living in the employer's home: isolation in a private household, where
      // the employer is also the landlord and the only contact (decision 6 of "Method decisions after
      // seven batches"). Medium and not firm, like a remote place: a licensed scheme and a contract
      // may lower it.
      { all: ['live-in', 'domestic-work', 'abroad'] },
    ],
  }),
  flag({
    id: 'no-base-pay',
    dimension: 'exploitative-conditions',
    strength: 'medium',
    indicator: 'low-no-salary',
    advice: ['ask-pay-in-writing'],
    // Pay only by results, with no base salary: commission only, "earn only from sales" (ILO/EC: low
    // or no salary, wage manipulation). A sales job with a base salary and a commission is not
    // (`base-pay`, anywhere in the offer). Not firm: a licensed agency and a written contract may
    // lower it (method decision 3).
    when: [{ all: ['results-only-pay'], none: ['base-pay'] }],
  }),
  flag({
    id: 'confinement',
    dimension: 'coercion-at-destination',
    strength: 'strong',
    indicator: 'isolation-confinement-surveillance',
    advice: ['call-hotline', 'keep-in-touch'],
    suppresses: ['isolated-work'],
    // Leaving and a restriction in one clause ("уехать до конца сезона нельзя", "берун баромадан
    // танҳо бо иҷозати менеҷер"); a phone handed over to or kept by someone else.
    when: [
      { all: ['leave', 'restriction'], within: 'clause' },
      { all: ['phone', 'hand-over', 'holder'], none: ['with-worker'], within: 'clause' },
      // Isolation by the place itself (method decision 2): months at sea on a fishing vessel, or a
      // remote place or the sea with no signal, transport or going ashore ("Ферма шаҳардан 200 км,
      // … транспорт йўқ"; "Gämide 6 aý … Telefon aragatnaşygy ýok"). Anywhere in the offer, unless it
      // is a cruise, a seafarers' agreement with repatriation, or a rotation with flights home.
      { all: ['at-sea', 'long-stay'], none: ['lawful-voyage'] },
      { all: ['at-sea', 'cut-off'], none: ['lawful-voyage'] },
      { all: ['remote-place', 'cut-off'], none: ['lawful-voyage'] },
    ],
    patterns: {
      en: ['(phone|phones|mobile|mobiles) (will be )?(taken|collected|kept|handed in)', '(cannot|can\'t|not allowed to) leave (the )?(premises|compound|site|hotel|dormitory|club)', 'hand in (your )?(phone|mobile)', '(leave|leaving|go out of) (the )?(house|home|premises|compound) only (with|accompanied)', 'phone (is |will be )?kept by (the )?(employer|family|sponsor|manager)', '(leave|leaving|go out of) (the )?(house|home|premises) (alone )?(is )?(not allowed|forbidden|prohibited)', '(not allowed to|cannot|can\'t|may not) (go out|leave the house|leave the home) (alone|without)', '(go out|leave the house|leave the home) only (with|accompanied by) ~ (family|employer|host|sponsor|manager)', '(don\'t|do not) bring (your |a )?(phone|mobile)', 'no (phones|mobile phones) (allowed|on site)', '(contact|communication) (is )?(restricted|limited|forbidden)', '(cannot|can\'t|not allowed to|may not|do not|don\'t|never) (go out|leave) alone', '(leave|leaving|exit) (the )?(site|premises|compound|territory|camp|dormitory) (only )?(by|on|with) (a )?(list|pass|permission)', '(dormitory|hostel|door|doors|gate|gates|barracks) (is |are )?locked', 'locked (at night|from (the )?outside)', '(not allowed|not permitted|forbidden) to leave', '(cannot|can\'t|may not) leave (the )?(territory|site|farm|factory|dormitory|hostel|job)'],
      ru: ['(телефон*) (сдае*|сдаю*|сдать|забира*|изыма*)', '(сдаете|сдать|сдаешь) ~ телефон*', '(выход|выходить) (в город|за территорию) (запрещен*|нельзя|только)', 'телефон* (хранится|хранятся|остается|остаются) у (хозя*|работодател*|администрац*|менеджер*|спонсор*|семьи|нас|бригадир*)', '(выход|выходить) (из дома|из общежития|с территории|в город|за территорию) (только|запрещен*|нельзя)', 'нельзя (выходить|выйти) ~ (из дома|за территорию|в город|одн*|самостоятельно)', '(выходить|выход) (одн*|самостоятельно) (нельзя|запрещен*)', 'телефон* ~ (не брать|не берите|брать не|не рекоменду*)', 'связь (ограничен*|запрещен*)', '(выход|выезд) за территори* (по графику|по списку|по пропуск*|только)', '(выход|выезд) (с|из) (территори*|общежити*|объект*|лагер*) (по списку|по пропуск*|только)', '(одни|одна|один|самостоятельно) не (выходите|выходят|выходит|выходим)', '(общежити*|общаг*|двер*|ворот*|барак*) ~ (запира*|закрыва* на замок)', 'запирают (на ночь|снаружи)', 'не (покида*|выход*|выезжа*) ~ (объект*|территори*|общежити*|общаг*|ферм*|цех*)', 'никуда не (выход*|выезжа*)'],
      kk: ['телефон* (тапсырылады|алынады|тапсырасыз)', 'сыртқа шығу* (болмайды|тыйым)', '(үйден|сыртқа|қалаға) ~ шығ* ~ (болмайды|тыйым салынады|рұқсат етілмейді)', 'телефон* ~ (жұмыс берушіде|қожайында|бізде|бригадирде|әкімшілікте) (сақталады|қалады)', '(сыртқа|үйден|қалаға|көшеге) тек ~ (бірге|ілесіп) шығ*', '(жалғыз|өз бетіңізше|өз бетімен) (шықпайсыз|шықпайды|шыға алмайсыз|шығуға болмайды)', '(аумақтан|жатақханадан) (шығу|шығасыз) (кесте бойынша|тізім бойынша|тек)', 'құлыпта(лады|ймыз|лып)', '(нысаннан|аумақтан|объекттен|жатақханадан|фермадан|зауыттан|цехтан) шықпай(ды|сыз)', 'ешқайда шықпай(ды|сыз)', '(кетіп|шығып|қайтып) болмайды'],
      ky: ['телефон* (тапшырылат|алынат|тапшырасыз)', 'сыртка чыгуу* (болбойт|тыюу)', '(үйдөн|сыртка|шаарга) ~ чыг* ~ (болбойт|тыюу салынат|уруксат жок)', 'телефон* ~ (иш берүүчүдө|кожоюнда|бизде|бригадирде|администрацияда) (сакталат|калат)', '(сыртка|үйдөн|шаарга|көчөгө) ~ гана ~ (бирге )?чыг*', '(жалгыз|өз алдыңча|өз алдынча) (чыкпайсыз|чыкпайт|чыга албайсыз|чыгууга болбойт)', '(аймактан|жатаканадан) (чыгуу|чыгасыз) (график боюнча|тизме боюнча|гана)', 'кулпула(нат|йбыз|нып)', '(объекттен|аймактан|жатаканадан|фермадан|заводдон|цехтен) чык(пайт|пайсыз|ышпайт)', 'эч жакка чык(пайт|пайсыз|ышпайт)', '(кетип|чыгып|кайтып) болбойт'],
      uz: ['telefon* (topshiriladi|olib qoʻyiladi|topshirasiz)', 'tashqariga chiqish (taqiqlan*|mumkin emas)', '(uydan|tashqariga|koʻchaga|shaharga|hududdan|yotoqxonadan) ~ chiq* ~ (mumkin emas|taqiqlan*|man etiladi|ruxsat berilmaydi)', 'telefon* ~ (xoʻjayin*|ish beruvchi*|kompaniya*|bizda|brigadir*|rahbar*|menejer*) ~ (saqlanadi|qoladi|turadi)', '(tashqariga|uydan|koʻchaga|shaharga) faqat ~ bilan (birga )?chiq*', 'telefon* olib kelmaslik', 'aloqa cheklan*', "(yolgʻiz|oʻzingiz) (chiqmaysiz|chiqolmaysiz|chiqish mumkin emas)", "(hududdan|yotoqxonadan) (chiqish|chiqasiz) (grafik boʻyicha|roʻyxat boʻyicha|faqat)", 'qulfla(nadi|ymiz|nib)', '(fermadan|hududdan|obyektdan|yotoqxonadan|zavoddan|territoriyadan|sexdan) chiq(maysiz|maydi|ilmaydi)', 'ishdan ket(olmaydi|olmaysiz|ib boʻlmaydi)', '(ketib|chiqib|qaytib) boʻlmaydi', '(keta|ketib|chiqa|chiqib) olmaysiz'],
      tg: ['телефон* (гирифта мешавад|супурда мешавад|месупоред)', 'баромадан (манъ|мумкин нест)', '(аз хона|берун|ба шаҳр) ~ баромад* ~ (мумкин нест|манъ аст|иҷозат нест)', 'телефон* ~ (корфармо*|соҳибхона*|мо|бригадир*|мудир*) ~ (нигоҳ дошта мешавад|мемонад)', '(берун|аз хона|ба шаҳр) танҳо бо ~ баромад*', '(танҳо|якка) (намебароед|намебарояд|баромадан мумкин нест)', '(аз ҳудуд|аз хобгоҳ) баромадан (аз рӯи ҷадвал|аз рӯи рӯйхат|танҳо)', 'қуфл (карда мешавад|мекунем|мешавад)', 'аз (объект|ҳудуд|хобгоҳ|ферма|завод|сех) (берун )?(намебароед|намебароянд)', 'аз кор рафта наметавонед'],
      tk: ['telefon* (alynýar|tabşyrylýar|tabşyrýarsyňyz)', 'daşary çykmak (gadagan|bolmaýar)', '(öýden|daşaryk|şähere) ~ çyk* ~ (bolmaýar|gadagan|rugsat berilmeýär)', 'telefon* ~ (iş berij*|hojaýyn*|bizde|brigadir*) ~ (saklanýar|saklanar|galýar)', '(daşaryk|öýden|şähere) diňe ~ bilen (bile )?çyk*', '(ýeke|ýalňyz|özbaşdak) (çykmaýarsyňyz|çykmaýar|çykyp bolmaýar|çykmak bolmaýar)', '(territoriýadan|ýatakhanadan) (çykmak|çykyş) (grafik boýunça|sanaw boýunça|diňe)', 'gulpla(nýar|ýarys|nyp)', '(obýektden|territoriýadan|ýatakhanadan|fermadan|zawoddan|sehden) çyk(maýarsyňyz|maýar|ylmaýar)', 'işden gid(ip bolmaýar|ip bilmeýärsiňiz)'],
    },
  }),
  flag({
    id: 'passport-retention',
    dimension: 'coercion-at-destination',
    strength: 'strong',
    indicator: 'confiscation-of-documents',
    advice: ['keep-your-passport', 'call-hotline'],
    // No employer or agency may keep a worker's passport (ILO, IOM IRIS); it is how people are kept from leaving.
    negatable: true,
    onNegated: 'keeps-own-passport',
    // A document, a verb of handing over or keeping, and a holder in one clause, in any order and
    // form ("паспорта собирает наш координатор", "төлқұжатты үйлестірушіге тапсырасың", "pasport
    // to oxiri kor dar brigadir memonad") — unless it is returned, goes to an embassy, or stays
    // with the worker. Turkic and Russian say where the passport is with no verb ("Pasportyňyzyň
    // asly park müdirinde", "Паспорт — у бригадира"), so a holder in the locative is enough.
    // In one clause, or across brackets and commas in one sentence ("Паспорт 2 жыл ээсинде (спонсордо) сакталат").
    when: [
      // Not documents handed in at the moment of an application (`submission`, decision 7 of "Method
      // decisions after seven batches"): "Агенттік қызметі — 150 000 ₸ құжат тапсырғанда".
      { all: ['document', 'hand-over', 'holder'], none: ['document-returned', 'official-body', 'with-worker', 'submission'], within: 'clause' },
      { all: ['document', 'hand-over', 'holder'], none: ['document-returned', 'official-body', 'with-worker', 'submission'], within: 'sentence' },
      // A document taken and given back only at the end of the season or contract is kept for all
      // of it ("Pasportni registratsiyaga olamiz, ish oxirida qaytarib beramiz", "паспорт
      // комендантта қалады, жұмысты бітіргенде аласыз"), however it is handed over.
      { all: ['document', 'hand-over', 'end-of-term'], none: ['official-body', 'with-worker'], within: 'sentence' },
    ],
    unless: { any: ['document-returned', 'official-body'], within: 'clause' },
    patterns: {
      en: ['(we|employer|company|agency|agent|the employer|the company|the agency) (will )?(keep*|hold*|retain*|take*) (your |the |workers\' )?passport*', 'passport* (will be )?(kept|held|retained|stored|taken|collected) (by|with|at) (the )?(employer|company|agency|agent|office|manager|boss|foreman|supervisor|brigadier|owner|us)', 'hand (over )?(your )?passport* (to|on) (the )?(employer|company|agency|agent|office|manager|boss|arrival)', 'surrender (your )?passport*', '(documents|passport*) (are |is )?(handed|given|passed) (over )?to (the )?(employer|company|agency|agent|manager|administrator|boss|family|hotel)', '(passport*|documents) (is |are |will be )?(given|handed|surrendered) to (the |your )?(sponsor|kafeel|family|employer|agent|manager)', '(hr|management|administration|office|supervisor|coordinator|manager|boss|owner|sponsor|kafeel|recruiter|hotel|family|host|employer|company|agency|agent|we) ~ (will )?(keep*|hold*|retain*|collect*|take*) (your |the |workers\' |all |their )?passport*', 'passport* ~ in (the|our|a|his|her|their) (company |owner\'s |boss\'s |manager\'s )?safe'],
      ru: ['паспорт* (хранит*|будет хранит*|оста*|находит*|будет находит*) (у|в) (работодател*|компани*|нас|бригадир*|хозя*|менеджер*|агент*|руководств*|начальств*|офис*|сейф*)', 'паспорт* (сда*|отда*|передае*|переда*) ~ (работодател*|компани*|бригадир*|хозя*|менеджер*|агент*|руководств*|нам|в офис|на хранение)', '(забираем|забирают|заберут|заберем|храним|изымаем|изымают) ~ паспорт*', '(сдать|сдаете|отдать|отдаете) паспорт*', '(документ*|загранпаспорт*|паспорт*) (передаются|передается|сдаются|сдается|забираются|забирается|хранятся|остаются) ~ (администратор*|работодател*|компани*|бригадир*|хозя*|менеджер*|агент*|руководств*|нас|отел*|фирм*)', '(паспорт*|документ*) (при въезде |по приезду |по прилету |после прилета )?(отдае*|отдаю*|сдае*|сдаю*|переда*) (спонсор*|кафил*|хозя*|семье|работодател*|агент*|менеджер*|администратор*)', '(документ*|паспорт*|загранпаспорт*) (на (время|период|весь срок) (работы|контракта|вахты) )?(хранятся|хранится|остаются|остается|будут храниться|будет храниться|находятся|находится) (у|в|при) (прораб*|бригадир*|работодател*|компани*|хозя*|менеджер*|агент*|руководств*|начальств*|начальник*|администрац*|администратор*|офис*|сейф*|нас|отел*|фирм*|отдел* кадров)', '(документ*|паспорт*|загранпаспорт*) ~ (хранятся|хранится|остаются|остается|будут храниться|будет храниться|находятся|находится) (у|в|при) (прораб*|бригадир*|работодател*|компани*|хозя*|менеджер*|агент*|руководств*|начальств*|начальник*|администрац*|администратор*|офис*|сейф*|нас|отел*|фирм*|отдел* кадров)', 'паспорт* ~ у (работодател*|бригадир*|прораб*|хозя*|менеджер*|начальник*|директор*|кадровик*)', 'паспорт* ~ (хранит|хранят|забирает|забирают|заберет|заберут|держит|держат|оставляет у себя|оставляют у себя)', '(паспорт*|документ*) ~ в сейфе'],
      kk: ['паспорт* (жұмыс берушіде|компанияда|бізде) (сақталады|қалады)', 'паспорт* (тапсырасыз|бересіз)', 'паспорт* (аламыз|алып қоямыз|сақтаймыз)', '(паспорт*|құжат*) ~ (жұмыс берушіде|компанияда|бізде|бригадирде|әкімшілікте|менеджерде|қожайында|басшыда|кеңседе|қонақүйде) (сақталады|қалады|тұрады)', 'паспорт* ~ (жұмыс берушіде|бригадирде|менеджерде|қожайында|басшыда|директорда)', 'паспорт* ~ (сақтайды|сақтап қалады|алып қояды|алып қалады|ұстайды)', '(паспорт*|төлқұжат*|құжат*) ~ сейф(те|інде|ында)'],
      ky: ['паспорт* (иш берүүчүдө|компанияда|бизде) (сакталат|калат)', 'паспорт* (тапшырасыз|бересиз)', 'паспорт* (алабыз|сактайбыз|алып коёбуз)', '(паспорт*|документ*) ~ (иш берүүчүдө|компанияда|бизде|бригадирде|администрацияда|менеджерде|кожоюнда|жетекчиде|мейманканада) (сакталат|калат|турат)', 'паспорт* ~ (иш берүүчүдө|бригадирде|менеджерде|кожоюнда|жетекчиде|директордо)', 'паспорт* ~ (сактайт|сактап калат|алып коёт|алып калат|кармайт)', '(паспорт*|документ*) ~ сейф(те|инде|ында)'],
      uz: ['pasport* (ish beruvchi*|kompaniya*|bizda) (saqlanadi|qoladi)', 'pasport* (topshirasiz|berasiz|olib qoʻyamiz|olib qolamiz|saqlaymiz)', '(pasport*|hujjat*) ~ (ish beruvchi*|kompaniya*|bizda|brigadir*|xoʻjayin*|rahbar*|menejer*|agent*|ofis*|maʼmuriyat*|mehmonxona*) ~ (saqlanadi|qoladi|turadi)', 'pasport* ~ (ish beruvchida|brigadirda|menejerda|xoʻjayinda|rahbarda|direktorda)', 'pasport* ~ (saqlaydi|olib qoʻyadi|olib qoladi|ushlab turadi)', '(pasport*|hujjat*) ~ seyf(da|ida)'],
      tg: ['шиноснома* (дар|назди) (корфармо*|ширкат*|мо) (нигоҳ дошта мешавад|мемонад)', 'шиноснома* (месупоред|медиҳед)', 'шиноснома* (мегирем|нигоҳ медорем)', '(шиноснома*|ҳуҷҷат*) ~ (корфармо*|ширкат*|бригадир*|мудир*|соҳибкор*|роҳбар*|маъмурият*|мо) ~ (нигоҳ дошта мешавад|нигоҳ дошта мешаванд|мемонад|мемонанд|меистад)', 'шиноснома* ~ назди (корфармо|бригадир|мудир|хӯҷаин|роҳбар|директор)', 'шиноснома* ~ (нигоҳ медорад|нигоҳ медоранд|мегирад|мегиранд)', '(шиноснома*|ҳуҷҷат*) ~ дар сейф*'],
      tk: ['pasport* (iş berijide|kompaniýada|bizde) (saklanýar|galýar)', 'pasport* (tabşyrýarsyňyz|berýärsiňiz)', 'pasport* (alýarys|saklaýarys)', 'pasport* (maşgala|iş beriji|kompaniýa) sakla*', '(pasport*|resminama*) ~ (iş berij*|kompaniýa*|bizde|brigadir*|müdir*|hojaýyn*|ýolbaşçy*|administrasiýa*|myhmanhana*) ~ (saklanýar|saklanar|saklanylýar|galýar|galar)', 'pasport* ~ (iş berijide|brigadirde|müdirde|müdirinde|hojaýynda|hojaýynyňda|ýolbaşçyda|direktorda)', 'pasport* ~ (saklaýar|saklar|alyp galýar|alyp goýýar)', '(pasport*|resminama*) ~ seýf(de|inde)'],
    },
  }),
  // --- from the questionnaire only ------------------------------------------------------------
  flag({
    id: 'unlicensed-agency',
    firm: true,
    dimension: 'deceptive-recruitment',
    strength: 'medium',
    indicator: 'unlicensed-intermediary',
    advice: ['check-agency-licence'],
    // From the questionnaire: the agency is not on the official list of licensed agencies.
  }),
  flag({
    id: 'employer-unverified',
    dimension: 'deceptive-recruitment',
    strength: 'weak',
    indicator: 'deceived-nature-of-job',
    advice: ['ask-company-details'],
    // From the questionnaire: the person has not spoken with the employer and does not know its name and address.
  }),
  flag({
    id: 'recruited-by-partner',
    firm: true,
    dimension: 'abuse-of-vulnerability',
    strength: 'medium',
    indicator: 'psychological-emotional-dependency',
    advice: ['keep-in-touch'],
    // From the questionnaire: a boyfriend, girlfriend, new friend or relative arranged it and asks for trust.
  }),
];
