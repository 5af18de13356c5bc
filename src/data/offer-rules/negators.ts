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
  warnings: {
    en: ['beware', 'do not trust', "don't trust", 'do not believe', "don't believe", 'be careful', 'scammers', 'fraudsters'],
    ru: ['не верьте', 'не доверяйте', 'остерегайтесь', 'осторожно', 'мошенник*'],
    kk: ['сенбеңіз', 'абай болыңыз', 'сақ болыңыз', 'алаяқ*'],
    ky: ['ишенбеңиз', 'ишенбегиле', 'этият болуңуз', 'алдамчы*'],
    uz: ['ishonmang', 'ehtiyot boʻling', 'firibgar*'],
    tg: ['бовар накунед', 'эҳтиёт шавед', 'қаллоб*'],
    tk: ['ynanmaň', 'seresap boluň', 'galplar*', 'galp*'],
  },
  after: {
    en: ['not (required|needed|necessary|charged|requested|asked|taken|allowed)', 'is not', 'are not', 'free of charge', 'nothing'],
    ru: ['не (нуж(ен|н*)|требуется|требуются|взимается|взимаются|берется|берутся|берем|обязательн*|предусмотрен*|нужна|нужно|просим|платите)', 'нет', 'отсутству*'],
    kk: ['жоқ', 'емес', 'алынбайды', 'талап етілмейді', 'қажет емес', 'болмайды'],
    ky: ['жок', 'эмес', 'алынбайт', 'талап кылынбайт', 'кереги жок', 'болбойт'],
    uz: ['yoʻq', 'emas', 'olinmaydi', 'talab qilinmaydi', 'undirilmaydi'],
    tg: ['нест', 'гирифта намешавад', 'талаб карда намешавад', 'намешавад'],
    tk: ['ýok', 'däl', 'alynmaýar', 'talap edilmeýär', 'bolmaýar'],
  },
};
