/**
 * The vocabulary of the job-offer check: languages, ILO dimensions, signal strengths, levels,
 * advice codes, and the shape of a result. Everything here is a code; the widgets turn codes into
 * words.
 */

/** The languages the rules are written for (`uz` is Uzbek in Latin script, `uz-Cyrl` in Cyrillic). */
export const offerLanguages = ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'] as const;

/** A language the rules are written for. */
export type OfferLanguage = (typeof offerLanguages)[number];

/**
 * The dimensions of the ILO/EC "Operational indicators of trafficking in human beings" (2009) that a
 * job offer or the questionnaire can show. A posting shows the recruitment stage and part of the
 * working conditions; coercion at destination comes only from the person's answers.
 */
export const offerDimensions = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'abuse-of-vulnerability',
  'exploitative-conditions',
  'coercion-at-destination',
] as const;

/** An ILO/EC dimension. */
export type OfferDimension = (typeof offerDimensions)[number];

/**
 * How much one signal says on its own. It follows the ILO grade of the indicator it points to,
 * lowered where an advertisement can only hint at that indicator.
 */
export const signalStrengths = ['strong', 'medium', 'weak'] as const;

/** The strength of one signal. */
export type SignalStrength = (typeof signalStrengths)[number];

/** The overall level of recruitment risk signals: never a finding of trafficking. */
export const offerLevels = ['low', 'medium', 'high'] as const;

/** The overall level of recruitment risk signals. */
export type OfferLevel = (typeof offerLevels)[number];

/**
 * What the person can do, as codes. Codes that start with `ask-` are questions to put to the
 * recruiter; the others are actions. Listed in the order a result shows them.
 *
 * Advice about travel (`ask-who-pays-travel`, `ask-work-visa`, `ask-written-contract` — "before you
 * leave" —, `keep-in-touch`) is given only when the offer involves leaving home (work abroad,
 * tickets, visas, a rotation camp); a local job gets `ask-contract-before-start` and
 * `ask-pay-deductions` instead, and `check-agency-licence` only when an agency is involved.
 */
export const adviceCodes = [
  'call-hotline',
  'never-pay-fees',
  'keep-your-passport',
  'never-send-documents',
  'use-official-channel',
  'check-agency-licence',
  'keep-in-touch',
  'take-your-time',
  'ask-exact-job',
  'ask-company-details',
  'ask-written-contract',
  'ask-pay-in-writing',
  'ask-who-pays-travel',
  'ask-who-keeps-passport',
  'ask-work-visa',
  'ask-contract-before-start',
  'ask-pay-deductions',
] as const;

/** One piece of advice, as a code. */
export type AdviceCode = (typeof adviceCodes)[number];

/** A stretch of the ORIGINAL text (UTF-16 offsets, end exclusive) that shows a signal. */
export interface OfferEvidence {
  /** Offset of the first character in the text that was checked. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** The original text between `start` and `end`, as the person wrote it. */
  text: string;
  /**
   * For a flag that combines signals (`pay-too-good` is high pay *and* no experience needed), the
   * signal this stretch shows: `pay-high`, `no-experience`, `entertainment-job`, `abroad`,
   * `female-target`, `age-young`, `messenger-contact`…, so a reader can tell what part each plays.
   * Absent for a flag's own words.
   */
  signal?: string;
}

/** One recruitment risk signal found in the text or in the answers. */
export interface OfferFlag {
  /** The signal's id; also the message id of its explanation. */
  id: string;
  /** The ILO/EC dimension the signal points to. */
  dimension: OfferDimension;
  /** How much the signal says on its own. */
  strength: SignalStrength;
  /** The ILO/EC operational indicator the signal points to. */
  indicator: string;
  /** Where the text shows it; empty when it came from the answers alone. */
  evidence: OfferEvidence[];
  /** Whether the text, the answers, or both showed it. */
  source: 'text' | 'answers' | 'both';
}

/** The result of checking one offer. */
export interface OfferCheckResult {
  /** The level of recruitment risk signals: `low`, `medium` or `high`. */
  level: OfferLevel;
  /** 0–100: low is 0–24, medium 25–69, high 70–100. */
  score: number;
  /** Every signal found, strongest first, then in the order they appear. */
  flags: OfferFlag[];
  /** What to do and what to ask, most important first. */
  advice: AdviceCode[];
  /**
   * Signs that usually go with a fair offer (a licence number, a written contract, no fees). They
   * lower the score a little; they never hide a flag, because they are easy to fake.
   */
  reassurances: OfferEvidenceSign[];
  /** Countries the offer names as the place of work (ISO 3166-1 alpha-2), in order of appearance. */
  destinations: string[];
  /** The language the offer is mostly written in (the `lang` option when given), or `und` for no text. */
  language: OfferLanguage | 'und';
}

/** A reassuring sign and where it was seen. */
export interface OfferEvidenceSign {
  /** The sign's id; also the message id of its explanation. */
  id: string;
  /** Where the text shows it; empty when it came from the answers. */
  evidence: OfferEvidence[];
}
