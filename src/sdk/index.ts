/**
 * safe-migration-kit SDK: DOM-free functions and types. Every public export is listed here by
 * name; nothing in this module graph imports lit or touches the DOM.
 */
export { SafeError } from './errors.js';
export { VERSION } from './version.js';
export {
  anonymousContactSchema,
  confidentialContactSchema,
  contactChannels,
  contactPreferenceSchema,
  encryptedReportSchema,
  reportIndicators,
  reportLimits,
  reporterRoles,
  reportSchema,
  yesNoUnknown,
} from './report/schema.js';
export type {
  ContactChannel,
  ContactPreference,
  EncryptedReport,
  Report,
  ReportIndicator,
  ReportInput,
  ReporterRole,
} from './report/schema.js';

// Job-offer red-flag check (issue 4).
export { bundledOfferRules, checkOffer, checkOffers, maxOfferLength } from './offer-check/check.js';
export type { CheckOfferOptions, OfferBulkResult, OfferItem } from './offer-check/check.js';
export { compileOfferRules } from './offer-check/compile.js';
export type { CompiledOfferRules } from './offer-check/compile.js';
export { OfferCheckError } from './offer-check/errors.js';
export type { OfferCheckErrorCode } from './offer-check/errors.js';
export { answerEffects, offerAnswersSchema, offerQuestionIds, offerQuestions, questionAnswers } from './offer-check/questionnaire.js';
export type { AnswerEffect, OfferAnswers, OfferQuestion, OfferQuestionId, QuestionAnswer } from './offer-check/questionnaire.js';
export { extractorSignals, offerRuleSetSchema } from './offer-check/rule-schema.js';
export type { CueRule, ExtractorSignal, FlagRule, OfferRule, OfferRuleSet, ReassuranceRule } from './offer-check/rule-schema.js';
export { levelBands, meetsCombinationRule, scoreSignals } from './offer-check/score.js';
export type { ScoredSignal } from './offer-check/score.js';
export { adviceCodes, offerDimensions, offerLanguages, offerLevels, signalStrengths } from './offer-check/types.js';
export type {
  AdviceCode,
  OfferCheckResult,
  OfferDimension,
  OfferEvidence,
  OfferEvidenceSign,
  OfferFlag,
  OfferLanguage,
  OfferLevel,
  SignalStrength,
} from './offer-check/types.js';
export { offerRuleSet } from '../data/offer-rules/index.js';
