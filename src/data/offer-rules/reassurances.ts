/**
 * Reassurances: signs that usually go with a fair offer (ILO fair recruitment, IOM IRIS). Each takes
 * a few points off the score; none hides a flag, and none lowers `high`, because each is easy to
 * fake. Shown to people as "good signs — check them".
 */
import type { ReassuranceRule } from '../../sdk/offer-check/rule-schema.js';

export const reassurances: ReassuranceRule[] = [
  {
    kind: 'reassurance',
    id: 'licence-number',
    patterns: {
      en: ['(licence|license) (no|number|№|#)', 'licensed (agency|by|recruitment)', 'private employment agency (licence|license)'],
      ru: ['лицензи* (№|номер|n|no)', 'лицензи* министерств*', 'лицензированн* (агентств*|компани*)'],
      kk: ['лицензия* (№|нөмір*)', 'лицензиясы бар'],
      ky: ['лицензия* (№|номер*)', 'лицензиясы бар'],
      uz: ['litsenziya* (№|raqam*)', 'litsenziyaga ega'],
      tg: ['иҷозатнома* (№|рақам*)', 'литсензия* (№|рақам*)'],
      tk: ['ygtyýarnama* (№|belgi*)', 'ygtyýarnamaly'],
    },
  },
  {
    kind: 'reassurance',
    id: 'written-contract',
    negatable: true,
    patterns: {
      en: ['(employment|labour|labor|written|official|signed) contract*', 'contract (in|before) ~ (your language|departure|you leave|you travel)'],
      ru: ['(трудов*|официальн*|письменн*) (договор*|контракт*)', 'официальн* (трудоустройств*|оформлени*)', 'договор (на|до) ~ (отъезд*|вылет*|русском|родном)'],
      kk: ['еңбек (шарт*|келісімшарт*)', 'ресми (жұмысқа орналастыру*|рәсімдеу*)'],
      ky: ['эмгек (келишим*|контракт*)', 'расмий (ишке орноштуруу*|тариздөө*)'],
      uz: ['mehnat shartnoma*', 'rasmiy (ishga joylash*|rasmiylashtirish*|shartnoma*)'],
      tg: ['шартномаи (меҳнатӣ|корӣ|расмӣ)', 'қарордоди меҳнатӣ', 'бастани шартнома*'],
      tk: ['zähmet şertnama*', 'resmi (işe ýerleşdiriş*|resmileşdiriş*|şertnama*)'],
    },
  },
  {
    kind: 'reassurance',
    id: 'work-permit',
    negatable: true,
    patterns: {
      en: ['work (permit*|visa*)', '(e-9|e9|h-2a|h-2b|seasonal worker) visa*', 'employment visa*', 'residence (permit|visa) ~ (work|employment)'],
      ru: ['рабоч* (виз*|разрешени*)', 'разрешени* на работу', 'патент*', 'виз* (e-9|е-9|e9)'],
      kk: ['жұмыс (визасы*|рұқсаты*|рұқсат)', 'еңбек визасы*'],
      ky: ['жумуш (визасы*|уруксаты*|уруксат)', 'эмгек визасы*'],
      uz: ['ishchi viza*', 'ish (uchun )?ruxsatnoma*', 'mehnat viza*', 'ishlash uchun ruxsat*'],
      tg: ['(раводиди|визаи) корӣ', 'иҷозатномаи корӣ', 'иҷозат барои кор*'],
      tk: ['iş (wizasy*|rugsatnamasy*)', 'zähmet wizasy*'],
    },
  },
  {
    kind: 'reassurance',
    id: 'no-fees-stated',
    // Also raised when a fee or card-payment pattern is negated ("no fees", "предоплата не нужна").
    patterns: {
      en: [
        '(free of charge|free) for (candidates|applicants|job seekers|jobseekers|workers)',
        "(we|agency|the agency|company) (do not|does not|don't|doesn't|never|will never) (charge|take|ask) ~ (money|fee*|payment*)",
        'no (fees|charges|payment*) (for|from) ~ (candidates|applicants|workers|you)',
        'employer pays ~ (costs|fees|recruitment)',
        'never pay (anyone|a fee*|money)',
      ],
      ru: [
        'бесплатно для (соискател*|кандидат*|работник*)',
        'услуги ~ (для соискателей )?бесплатн*',
        '(мы|агентство|компания) ~ не (берем|взимаем|требуем|просим) ~ (денег|деньги|плат*|оплат*|предоплат*|комисси*)',
        '(никаких|ни каких) (денег|оплат*|предоплат*|платежей|взносов)',
        'трудоустройство бесплатн*',
      ],
      kk: ['үміткерлер (үшін )?тегін', 'ешқандай (төлем|ақы) (алынбайды|жоқ|талап етілмейді)', 'қызмет* тегін'],
      ky: ['талапкерлер (үчүн )?акысыз', 'эч кандай (төлөм|акы) (алынбайт|жок|талап кылынбайт)', 'кызмат* акысыз'],
      uz: ['nomzodlar (uchun )?bepul', 'hech qanday (toʻlov|pul) (olinmaydi|talab qilinmaydi|undirilmaydi|yoʻq)', 'xizmat* bepul'],
      tg: ['барои (номзадҳо|довталабон) ройгон', 'ҳеҷ гуна (пардохт|маблағ) (гирифта намешавад|талаб карда намешавад|нест)', 'хизмат* ройгон'],
      tk: ['dalaşgärler (üçin )?mugt', 'hiç hili (töleg|pul) (alynmaýar|talap edilmeýär|ýok)', 'hyzmat* mugt'],
    },
  },
  {
    kind: 'reassurance',
    id: 'keeps-own-passport',
    patterns: {
      en: ['(keep|keeps) (your |their )?(own )?passport*', 'passport* (stays|stay|remains|remain) with (you|the worker|workers)'],
      ru: ['паспорт* (остается|будет|всегда) (у вас|у вас на руках|на руках|у работника)', 'паспорт* на руках', 'документы (остаются )?(у вас|на руках)'],
      kk: ['паспорт* өзіңізде', 'құжаттар* өзіңізде', '(паспорт*|төлқұжат*|құжат*) (сізде|қолыңызда)'],
      ky: ['паспорт* өзүңүздө', 'документтер* өзүңүздө', '(паспорт*|документ*) (сизде|колуңузда)'],
      uz: ['pasport* oʻzingizda', 'hujjatlar* oʻzingizda', '(pasport*|hujjat*) (sizda|qoʻlingizda)'],
      tg: ['шиноснома* дар дасти (шумо|худатон)', 'шиноснома* (назди|пеши) (шумо|худатон|худат)', 'шиноснома* дар (худатон|худат|худи шумо)', 'шиноснома* дар шумо', 'шиноснома* бо худатон'],
      tk: ['pasport* özüňizde', 'resminamalar* özüňizde', '(pasport*|resminama*) (sizde|eliňizde)'],
    },
  },
  {
    kind: 'reassurance',
    id: 'state-agency',
    // Names a state body. Scammers name-drop these too: a good sign only once checked.
    patterns: {
      en: ['agency (for |of )?external labo(u)?r migration', 'eps topik', 'eps-topik', 'hrd korea', 'ministry of (labour|labor|employment)', 'public employment (service|centre|center)'],
      ru: ['агентств* (по )?внешн* трудов* миграци*', 'eps topik', 'eps-topik', 'министерств* (труда|занятости)', '(государственн* )?(служб*|центр*) занятости', 'миграционн* служб*'],
      kk: ['еңбек (министрлігі|және халықты)', '(халықты )?жұмыспен қамту орталығы*'],
      ky: ['эмгек (министрлиги|жана социалдык)', 'тышкы миграция*', 'жумушка орноштуруу борбору*'],
      uz: ['tashqi mehnat migratsiyasi agentligi*', '(bandlik|mehnat) vazirligi*', 'bandlik markaz*', 'migratsiya agentligi*'],
      tg: ['агентии муҳоҷирати меҳнатӣ', 'вазорати меҳнат*', 'хадамоти муҳоҷират*'],
      tk: ['zähmet (ministrligi*)', 'döwlet migrasiýa gullugy*'],
    },
  },
  {
    kind: 'reassurance',
    id: 'company-registration',
    patterns: {
      en: ['(company )?registration (no|number|№)', 'registered (company|office|in)'],
      ru: ['(инн|бин|огрн|стир) #', 'ооо', 'тоо', 'осоо', 'мчж'],
      uz: ['stir #', 'mchj'],
      tg: ['ҷдмм', 'рамз (мушаххас|ирн)'],
    },
  },
  {
    kind: 'reassurance',
    id: 'official-contact-given',
    // An e-mail address on a company domain or a website that is not a messenger.
    when: [{ all: ['official-contact'] }],
  },
  // From the questionnaire only.
  { kind: 'reassurance', id: 'employer-known' },
  // From the questionnaire only.
  { kind: 'reassurance', id: 'licensed-agency' },
];
