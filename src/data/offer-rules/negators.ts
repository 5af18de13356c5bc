/**
 * Negations. A match of a `negatable` rule is dropped (or becomes its `onNegated` reassurance) when
 * one of `before` ends at most three words before it, or one of `after` starts at most three words
 * after it, in the same clause (clauses end at . , ; : ! ? ( ) a line break or a spaced dash), or a
 * warning stands anywhere in its sentence.
 * Turkic languages put the negation after the word ("toʻlov olinmaydi", "төлем жоқ").
 */
import type { OfferRuleSet } from '../../sdk/offer-check/rule-schema.js';

export const negators: OfferRuleSet['negators'] = {
  before: {
    en: ['no', 'not', 'never', 'without', "don't", 'do not', 'does not', "doesn't", "won't", 'will not', 'zero', 'nor'],
    ru: ['не', 'нет', 'без', 'ни', 'никак*', 'никогда', 'отсутств*'],
    kk: ['ешқандай', 'ешбір'],
    ky: ['эч', 'эч кандай', 'эч бир'],
    uz: ['hech', 'hech qanday', 'hech bir'],
    tg: ['ҳеҷ', 'ҳеҷ гуна', 'бе'],
    tk: ['hiç', 'hiç hili', 'hiç bir'],
  },
  // Warnings and advice: a sentence that calls something a scam or against the law ("если просят отдать паспорт – это
  // обман"), asks "if anyone asks you for …", or says what never to do speaks about scams, not for
  // the offer. So does one that names the scam and disowns it: "if someone asks you for money, it is
  // not us", "nobody from us will ask you to send money to a card" (decision 3 of "Method decisions
  // after seven batches").
  warnings: {
    en: ['beware', 'do not trust', "don't trust", 'do not believe', "don't believe", 'be careful', 'scammers', 'fraudsters', "(it is|it's|this is|that is|is) (a )?(scam|fraud|lie)", 'it is not us', 'if (anyone|someone|somebody|a recruiter|an agent|they) (asks|offers|promises|wants|tells)', 'never (pay|give|send|hand) ~ (anyone|anybody|money|passport*)', '(is|are) (illegal|against the law|unlawful)', '(nobody|no one) ~ (will )?(ask*|request*|demand*)', '(nobody|no one) (from|of|at) (us|our (company|team|office|agency)|the (company|agency)) (will )?(ever )?(ask*|request*|demand*)', '(it|that) (is|was) not us'],
    ru: ['не верьте', 'не доверяйте', 'остерегайтесь', 'осторожно', 'мошенник*', 'это (обман|мошенничеств*|развод|афер*|ловушк*)', 'если (вам|вас|у вас|кто-то|кто-нибудь|кто-либо) (обещают|просят|попросят|требуют|потребуют|предлагают|предложат|обещает|просит|требует)', 'никому не (отдавайте|передавайте|переводите|платите|сдавайте|отправляйте)', 'незаконн*', 'никто ~ не (попросит|просит|будет просить|потребует|требует)', 'никто (из|от) (нас|наших|компании|агентства) ~ не (попросит|просит|будет просить|потребует|требует)', 'это не мы', 'кто (то|нибудь) ~ (попросит|просит|потребует)'],
    kk: ['сенбеңіз', 'абай болыңыз', 'сақ болыңыз', 'алаяқ*', 'бұл алдау', 'егер (сізден|біреу) ~ (сұраса|талап етсе|уәде берсе|ұсынса)', 'ешкімге (бермеңіз|тапсырмаңыз|төлемеңіз|аудармаңыз|жібермеңіз)', 'заңсыз', 'заңға қайшы', 'біреу ~ (сұраса|талап етсе)', 'бұл біз емес*', 'ешкім ~ (сұрамайды|талап етпейді)'],
    ky: ['ишенбеңиз', 'ишенбегиле', 'этият болуңуз', 'алдамчы*', 'бул алдоо', 'эгер (сизден|бирөө) ~ (сураса|талап кылса|убада берсе|сунуштаса)', 'эч кимге (бербеңиз|тапшырбаңыз|төлөбөңүз|котормоңуз|которбоңуз|жибербеңиз)', 'мыйзамсыз', 'мыйзамга каршы', 'бирөө ~ (сураса|талап кылса)', 'бул биз эмес*', 'эч ким ~ (сурабайт|талап кылбайт)'],
    uz: ['ishonmang', 'ehtiyot boʻling', 'firibgar*', 'bu aldov', 'agar (sizdan|kimdir) ~ (soʻrasa|talab qilsa|vaʼda bersa|taklif qilsa)', 'hech kimga (bermang|topshirmang|toʻlamang|oʻtkazmang|yubormang)', 'qonunbuzarlik', 'noqonuniy', 'qonunga (zid|xilof)', 'kimdir ~ (soʻrasa|talab qilsa)', 'bu biz emas*', 'hech kim ~ (soʻramaydi|talab qilmaydi)'],
    tg: ['бовар накунед', 'эҳтиёт шавед', 'қаллоб*', 'фиреб*', 'агар (аз шумо|касе) ~ (пурсанд|пурсад|талаб кунанд|талаб кунад|ваъда диҳанд|ваъда диҳад)', 'ба ҳеҷ кас (надиҳед|насупоред|напардозед|нагузаронед|нафиристед)', 'ғайриқонунӣ', 'хилофи қонун', 'касе ~ (пурсад|талаб кунад)', 'ин мо нест*', 'ҳеҷ кас ~ (намепурсад|талаб намекунад)'],
    tk: ['ynanmaň', 'seresap boluň', 'galplar*', 'galp*', 'bu aldaw', 'eger (sizden|kimdir) ~ (sorasa|talap etse|wada berse|teklip etse)', 'hiç kime (bermäň|tabşyrmaň|tölemäň|geçirmäň|ibermäň)', 'kanuna (ters|garşy)', 'bikanun', 'kimdir ~ (sorasa|talap etse)', 'bu biz däl', 'hiç kim ~ (soramaz|soramaýar|talap etmeýär)'],
  },
  // Turkic languages negate a verb with a suffix ("которбоңуз", "oʻtkazmang", "geçirmäň": do not
  // transfer), which the positive stem also matches: a negative form counts as a negation after a
  // match, and as the negation of a one-word match that is that very form.
  after: {
    en: ['not (required|needed|necessary|charged|requested|asked|taken|allowed)', 'is not', 'are not', 'free of charge', 'nothing'],
    ru: ['не (нуж(ен|н*)|требуется|требуются|взимается|взимаются|берется|берутся|берем|обязательн*|предусмотрен*|нужна|нужно|просим|платите)', 'нет', 'отсутству*', 'не (рассматрива*|принима*|допуска*)'],
    kk: ['жоқ', 'емес', 'алынбайды', 'талап етілмейді', 'қажет емес', 'болмайды', '(бер|тапсыр|төле|жібер|сал)(меңіз|мейміз|мейсіз)', 'аудар(маңыз|маймыз|майсыз)', '(сұра|ал)маймыз', '(алма|сұрама|шегерме|қабылдама)(йды|ймыз)', 'ұсталмайды', 'қабылданбайды', 'қаралмайды'],
    ky: ['жок', 'эмес', 'алынбайт', 'талап кылынбайт', 'кереги жок', 'болбойт', '(бер|жибер)(бе(ңиз|йбиз|йсиз|гиле))', 'тапшыр(баңыз|байбыз|байсыз)', 'төлө(бөңүз|бөйбүз|бөйсүз)', 'котор(боңуз|бойбуз|бойсуз|богула)', 'сал(баңыз|байбыз)', '(сура|ал)(байбыз)', '(ал|сура)байт', 'кабыл (албайт|албайбыз)', '(кармалбайт|кесилбейт)', 'кабыл алынбайт', 'каралбайт'],
    uz: ['yoʻq', 'emas', 'olinmaydi', 'talab qilinmaydi', 'undirilmaydi', '(ber|topshir|yubor|oʻtkaz|tashla|toʻla)(mang*|maymiz|maysiz)', '(soʻra|ol)maymiz', '(ol|soʻra)maydi', 'qabul qilmay(miz|di)', '(ushlanmaydi|ushlab qolinmaydi|chegirilmaydi)', 'qabul qilinmaydi', 'koʻrib chiqilmaydi'],
    tg: ['нест', 'гирифта намешавад', 'талаб карда намешавад', 'намешавад', 'на(диҳед|супоред|пардозед|гузаронед|фиристед)', 'наме(пурсем|гирем)', 'наме(гирад|пурсад)', 'қабул наме(кунем|кунад)', 'қабул карда намешав(ад|анд)', 'баррасӣ намешав(ад|анд)'],
    tk: ['ýok', 'däl', 'alynmaýar', 'talap edilmeýär', 'bolmaýar', '(ber|tabşyr|iber)(mäň*|meýäris|meýärsiňiz)', '(töle)(mäň*|meýäris|meýärsiňiz)', '(geçir)(mäň*|meýäris|meýärsiňiz)', '(sora|al)(maýarys)', '(al|sora)maýar', 'kabul etmeýär(is)?', '(tutulmaýar|aýrylmaýar)', 'kabul edilmeýär', 'seredilmeýär'],
  },
};

/**
 * Words that join the last item of a list ("a registration fee **or** your card details", "предоплаты
 * **и** комиссий", "«пардохти бақайдгирӣ» **ва ё** маълумоти корт"), and words that turn a sentence
 * against what came before ("but"). A negation covers a whole list of short items separated by
 * commas that ends in one of `coordinators` (see the list scope in check.ts): commas end clauses,
 * so without it "never" reached only the first item. Plain words, compared after normalisation.
 */
export const listWords: { coordinators: readonly string[]; contrasts: readonly string[]; families: readonly (readonly string[])[] } = {
  // Negatable rules that name the same kind of thing: a list goes on only while its items name the
  // kind its negated first item (or its negated last one) names, so "Без залога, паспорт сдаёте
  // бригадиру и работаете" is not read as a list of things not asked. A rule in no family is one.
  families: [
    ['money', 'fee', 'transfer', 'recruitment-fee', 'personal-card-payment'],
    ['repay', 'cost-deducted-from-pay'],
    ['hand-over', 'passport-retention', 'passport-copy-request'],
  ],
  coordinators: [
    // en, ru
    'and', 'or', 'nor', 'и', 'или', 'либо', 'ни',
    // kk, ky
    'және', 'немесе', 'мен', 'не', 'жана', 'же', 'менен', 'дагы',
    // uz (both scripts), tg
    'va', 'yoki', 'hamda', 'ва', 'ёки', 'ҳамда', 'ё',
    // tk
    'we', 'ýa', 'hem', 'bilen',
  ],
  contrasts: ['but', 'however', 'но', 'а', 'однако', 'зато', 'бірақ', 'бирок', 'lekin', 'ammo', 'biroq', 'лекин', 'аммо', 'бироқ', 'вале', 'emma', 'ýöne'],
};
