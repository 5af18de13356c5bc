/**
 * Cues: facts that say little alone and are never shown alone ("no experience needed" is in most
 * honest offers too), used by the flags that combine them. Draft patterns for kk, ky, uz, tg and
 * tk need review by native speakers (see docs/offer-check.md).
 */
import type { CueRule } from '../../sdk/offer-check/rule-schema.js';
import { destinations, regionalCountries, scamCompoundCountries } from './destinations.js';

const destId = (country: string) => `dest-${country.toLowerCase()}`;

export const cues: CueRule[] = [
  ...destinations,
  {
    kind: 'cue',
    id: 'abroad',
    // Work in another country: said outright, or a named destination outside the region.
    patterns: {
      en: ['abroad', 'overseas', 'work abroad', 'foreign country'],
      ru: ['за границ*', 'за рубеж*', 'зарубеж*', 'заграниц*'],
      kk: ['шетел*', 'шет ел*'],
      ky: ['чет өлкө*', 'чет эл*'],
      uz: ['chet el*', 'chet davlat*', 'xorij*'],
      tg: ['хориҷ*', 'хориҷа'],
      tk: ['daşary ýurt*', 'daşary ýurda'],
    },
    when: destinations.filter((d) => !regionalCountries.includes(d.country!)).map((d) => ({ all: [destId(d.country!)] })),
  },
  {
    kind: 'cue',
    id: 'scam-compound-destination',
    // US TIP 2025 and regional news: free tickets to Thailand, then scam compounds in Myanmar and Cambodia.
    when: scamCompoundCountries.map((c) => ({ all: [destId(c)] })),
  },
  {
    kind: 'cue',
    id: 'rotation',
    // Days on and off ("2/2", "15/15"): a long day then means a day off after it.
    patterns: { en: ['#/#'] },
  },
  {
    kind: 'cue',
    id: 'no-experience',
    patterns: {
      en: ['no experience', 'no previous experience', 'without experience', 'experience (is )?not (required|needed|necessary)', 'no skills (needed|required)'],
      ru: ['без опыта', 'опыт (работы )?не (нужен|требуется|обязателен|важен)', 'не (нужен|требуется) опыт*', 'можно без опыта'],
      kk: ['тәжірибе (қажет|керек) емес', 'тәжірибесіз', 'жұмыс тәжірибесі (қажет|керек) емес', 'тәжірибе талап етілмейді'],
      ky: ['тажрыйба (талап кылынбайт|керек эмес|кереги жок)', 'тажрыйбасыз', 'иш тажрыйбасы (талап кылынбайт|керек эмес)'],
      uz: ['tajriba (shart|kerak) emas', 'tajriba talab qilinmaydi', 'tajribasiz', 'ish tajribasi (shart|kerak) emas'],
      tg: ['таҷриба (лозим|шарт|зарур) нест', 'бе таҷриба', 'бетаҷриба', 'таҷрибаи корӣ (лозим|шарт) нест'],
      tk: ['tejribe (gerek|hökman) däl', 'tejribesiz', 'iş tejribesi (gerek|hökman) däl', 'tejribe talap edilmeýär'],
    },
  },
  {
    kind: 'cue',
    id: 'experience-required',
    // Skilled work pays more: high pay with experience required is not "too good".
    patterns: {
      en: ['# (years|year) (of )?experience', '#+ (years|year)', 'experience (of )?# (years|year)', 'experience (is )?required', 'at least # (years|year)'],
      ru: ['опыт (работы )?(от|не менее|более) #', 'опыт (работы )?обязател*', 'стаж (работы )?(от|не менее) #', 'высшее образование'],
      kk: ['тәжірибе (кемінде|кем дегенде) #', 'тәжірибесі бар', 'жоғары білім*'],
      ky: ['тажрыйба (кеминде|жок дегенде) #', 'тажрыйбасы бар', 'жогорку билим*'],
      uz: ['tajriba (kamida )?# yil*', 'tajribasi bor', 'ish tajribasi talab qilinadi', 'oliy maʼlumot*', 'diplom*'],
      tg: ['таҷриба (на камтар аз|аз) #', 'таҷрибаи корӣ (аз|на камтар аз) #', 'маълумоти олӣ'],
      tk: ['tejribe (azyndan )?# ýyl*', 'iş tejribesi talap edilýär', 'ýokary bilim*'],
    },
  },
  {
    kind: 'cue',
    id: 'high-pay-claim',
    patterns: {
      en: ['high (salary|salaries|pay|income|wages|earnings)', 'good money', 'big (salary|income)'],
      ru: ['высок* (зарплат*|зп|з/п|доход*|заработ*|оплат*)', 'хорош* (зарплат*|заработ*|доход*)', 'достойн* (зарплат*|заработ*|доход*)'],
      kk: ['жоғары (жалақы*|табыс*|айлық*)'],
      ky: ['жогорку (айлык*|маяна*|киреше*)'],
      uz: ['yuqori (maosh*|oylik*|daromad*|ish haqi)', 'katta (maosh*|oylik*)', 'baland (maosh*|oylik*)'],
      tg: ['(маоши|музди|даромади) баланд'],
      tk: ['ýokary (aýlyk*|zähmet haky|girdeji*)', 'uly aýlyk*'],
    },
  },
  {
    kind: 'cue',
    id: 'online-operator-job',
    patterns: {
      en: ['(online|chat|call) (operator*|centre|center)', 'customer (service|support) (operator*|agent*)', 'typing (job*|work)', 'data entry', 'crypto*', 'online (sales|marketing) (job*|manager*)'],
      ru: ['(онлайн|чат) оператор*', 'оператор* (колл|call|чат*|онлайн|поддержк*)', 'колл центр*', 'call центр*', 'набор* текст*', 'крипт*', 'трейдинг*'],
      uz: ['onlayn operator*', 'call (markaz*|center)', 'kol markaz*', 'kripto*'],
      tk: ['onlaýn operator*', 'kripto*'],
      tg: ['оператори онлайн', 'крипто*'],
    },
  },
  {
    kind: 'cue',
    id: 'female-target',
    // Girls or women wanted. Alone it says little (many honest offers name a sex, unlawfully or not).
    patterns: {
      en: ['girls', 'ladies', 'women', 'female*', 'young women'],
      // "Девушек" and "девочек" (genitive plural: "ищем девушек") drop the к of the stem.
      ru: ['девушк*', 'девушек', 'девочк*', 'девочек', 'женщин*'],
      kk: ['қыздар*', 'қыз', 'әйелдер*', 'бойжеткен*'],
      ky: ['кыздар*', 'кыз', 'аялдар*'],
      uz: ['qizlar*', 'qiz', 'ayollar*', 'xotin qizlar*'],
      // The singular before an age too: "духтар 18-25 сола".
      // A feminine job noun is a woman wanted ("официантка", "ofisiantka"); Turkmen borrows "девушки" as "dewuşka".
      tg: ['духтар*', 'занон*', 'бонувон*', 'официантка*'],
      tk: ['gyzlar*', 'gyz', 'aýallar*', 'zenanlar*', 'dewuşka*', 'ofisiantka*'],
    },
  },
  {
    kind: 'cue',
    id: 'male-target',
    // Men, boys or young men wanted. Beside girls or women ("yigit-qizlar", "oglan-gyz", "девушки и
    // парни") the offer is open to both sexes, which is not the targeting of young women.
    patterns: {
      en: ['boys', 'men', 'guys', 'male'],
      ru: ['парн*', 'мужчин*', 'юнош*', 'ребят*'],
      kk: ['жігіт*', 'ер адам*', 'ерлер*', 'ер'],
      ky: ['жигит*', 'эркек*', 'балдар*'],
      uz: ['yigit*', 'erkak*', 'erkaklar*'],
      tg: ['писар*', 'бачаҳо*', 'мардон*', 'мардҳо*'],
      tk: ['oglan*', 'erkek*', 'ýigit*'],
    },
  },
  {
    kind: 'cue',
    id: 'permit-waived',
    // A work permit said to be unnecessary, in one clause: "патент алуунун кереги жок", "work permit is not really needed".
    when: [{ all: ['permit', 'not-needed'], within: 'clause' }],
  },
  {
    kind: 'cue',
    id: 'state-fee',
    // A fee the worker pays to the state themself, across a dash or a bracket in one sentence ("Viza
    // toʻlovi (£298) — oʻzingiz UK hukumatining rasmiy saytida toʻlaysiz"): lawful, not the
    // recruiter's (tuning on N). Not when an agency is named in the sentence: its fee stays a fee.
    // The state named alone is not enough: "Консульский сбор 80 евро, оформление визы 500 долларов"
    // keeps the recruiter's 500 dollars a fee.
    when: [
      { all: ['fee', 'official-body', 'pay-yourself'], none: ['agency'], within: 'sentence' },
      { all: ['service', 'official-body', 'pay-yourself'], none: ['agency'], within: 'sentence' },
    ],
  },
  {
    kind: 'cue',
    id: 'course-fee',
    // A course or training with its price in one clause, not the pay or something the employer
    // covers: with work abroad in the offer, a training fee on the way to the job (tuning on N).
    when: [{ all: ['course', 'money-sum'], none: ['wages', 'employer-pays'], within: 'sentence' }],
  },
  {
    kind: 'cue',
    id: 'cost-refunded',
    // A cost and the employer refunding it in one sentence. Not when the sentence puts the cost on
    // the worker ("Ишчи виза ва чипта ўзингиздан (2 500 $), 6 ой ишлагач компания қайтариб
    // беради"): a large sum fronted for a refund months later is still a fee charged.
    when: [
      { all: ['service', 'employer-refunds'], none: ['worker-pays'], within: 'sentence' },
      { all: ['fee', 'employer-refunds'], none: ['worker-pays'], within: 'sentence' },
    ],
  },
  {
    kind: 'cue',
    id: 'patent-waived',
    when: [{ all: ['patent', 'not-needed'], within: 'clause' }],
  },
  {
    kind: 'cue',
    id: 'eaeu-patent',
    // The union's citizens, named by their country, and the patent in one sentence: "Граждане КР,
    // КЗ — без патента" is the law, not a promise to get round it. The waiver comes first: a
    // negation after the last part turns a combination around, and "патент керек емес" ends in one.
    // Only the patent: "ҚР азаматтарына Түркияға виза керек емес … жұмыс рұқсаты керек емес" is
    // a visitor working in Türkiye.
    when: [{ all: ['eaeu-citizens', 'patent-waived'], within: 'sentence' }, { all: ['eaeu-citizens', 'patent'], within: 'sentence' }],
  },
  {
    kind: 'cue',
    id: 'contract-deduction',
    // Housing or meals taken from pay, said to be in the contract, in one sentence ("Yotoqxona …
    // oyiga 600 zł (maoshdan ushlanishi shartnomada yozilgan)", "aýda 550 zł, aýlykdan tutulýar, bu
    // şertnamada ýazylan"): a lawful deduction the worker reads before signing, not a debt (method
    // decision 4). The deduction is one of its parts, so it stands in the clause the debt rules look at.
    // Not when a fare, a fee or a deposit stands beside it: then the debt is that.
    // Or at a rate per week or month (`per-period`), in one sentence: a charge for what the worker
    // uses, stated before the job starts, repays nothing advanced (decision 3 of "Method decisions
    // after seven batches"). A fare, a fee, a deposit or "the rest" beside it is still the debt.
    when: [
      { all: ['repay', 'housing', 'in-contract'], none: ['ticket', 'fee', 'service', 'deposit'], within: 'sentence' },
      { all: ['repay', 'housing', 'per-period'], none: ['ticket', 'fee', 'service', 'deposit', 'remainder'], within: 'sentence' },
    ],
  },
  {
    kind: 'cue',
    id: 'both-sexes',
    // Women and men wanted in one clause ("девушки и парни", "oglan-gyz"); men named elsewhere
    // ("meet wealthy men from the UAE") do not make it so.
    when: [{ all: ['female-target', 'male-target'], within: 'clause' }],
  },
  {
    kind: 'cue',
    id: 'minor-words',
    // Negatable: "Voyaga yetmaganlar qabul qilinmaydi", "Несовершеннолетних не принимаем" accept no minors.
    negatable: true,
    patterns: {
      en: ['teenagers', 'teens', 'school (students|pupils)', 'schoolchildren'],
      ru: ['школьник*', 'подростк*', 'несовершеннолетн*'],
      kk: ['жасөспірім*', 'мектеп оқушы*', 'кәмелетке толмаған*', '# ге толмаған*'],
      ky: ['өспүрүм*', 'мектеп окуучу*', 'жашы жете элек*', '# (ге|га) толо элек*'],
      uz: ['oʻsmir*', 'maktab oʻquvchi*', 'voyaga yetmagan*', '# (ga|ka) toʻlmagan*'],
      tg: ['наврас*', 'хонандаи мактаб*', 'ноболиғ*', 'ба # (сола|сол) нарасида*'],
      tk: ['ýetginjek*', 'mekdep okuwçy*', 'kämillik ýaşyna ýetmedik*', '# (ýaşa|ýaşyna) ýetmedik*'],
    },
  },
  {
    kind: 'cue',
    id: 'messenger-mention',
    patterns: {
      en: ['telegram*', 'whatsapp*', 'whats app', 'viber*', 'imo', 'instagram direct', 'dm'],
      ru: ['телеграм*', 'телегу', 'телеге', 'ватсап*', 'вотсап*', 'вацап*', 'вайбер*', 'директ*', 'лс', 'личк*'],
      uz: ['lichka*', 'telegramm*', 'vatsap*'],
      tk: ['imo', 'telegram*'],
    },
  },
];
