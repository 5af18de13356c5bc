/**
 * safe-migration-kit SDK: DOM-free functions and types. Every public export is listed here by
 * name; nothing in this module graph imports lit or touches the DOM.
 */
export { SafeError } from './errors.js';
export type { SafeErrorCode } from './errors.js';
export type { SdkErrorCode } from './error-codes.js';
export type { SchemaIssueCode } from './schema-issues.js';
export { VERSION } from './version.js';
export { contactChannels, reportIndicators, reportLimits, reporterRoles, yesNoUnknown } from './report/schema.js';
export type {
  AnonymousContact,
  ConfidentialContact,
  ContactChannel,
  ContactPreference,
  EncryptedReport,
  EphemeralPublicKey,
  Report,
  ReportIndicator,
  ReportInput,
  ReportPeople,
  ReportPlace,
  ReporterRole,
  ReportFollowUp,
  ReportTime,
  YesNoUnknown,
} from './report/schema.js';
// Report delivery and encryption (issue 5).
export {
  ReportClient,
  decryptReport,
  encryptReport,
  generateReportKeyPair,
  importReportPrivateKey,
} from './report/client.js';
export type { ReportPrivateKey } from './report/client.js';
export type { ReportClientOptions, ResumeResult } from './report/client.js';
export { reportKeyId, reportPaddingBuckets } from './report/crypto.js';
export { reportIssues, validateReport } from './report/validate.js';
// The reporter's follow-up code and replies (issue 16).
export { decryptReply, deriveFollowUp, encryptReply, followUpTextLimit, newFollowUpCode, parseFollowUpCode } from './report/follow-up.js';
export type { EncryptedReply, FollowUpSecrets } from './report/follow-up.js';
export {
  FollowUpError,
  ReportConfigError,
  ReportCryptoError,
  ReportDeliveryError,
  ReportValidationError,
} from './report/errors.js';
export type {
  FollowUpErrorCode,
  ReportConfigErrorCode,
  ReportCryptoErrorCode,
  ReportDeliveryErrorCode,
  ReportIssue,
  ReportIssueCode,
} from './report/errors.js';
export { receiverErrorCodes } from './report/receiver-codes.js';
export type { ReceiverErrorCode } from './report/receiver-codes.js';
export type { AnswerReceipt, FollowUpMessage, FollowUpThread, PendingAnswer, PendingReport, ReportReceipt } from './report/pending.js';
export { memoryReportStore, webStorageReportStore } from './report/store.js';
export type { ReportStore, StorageLike, StoredReport } from './report/store.js';
// Hotline directory (issue 3): data format, validation, queries, hours, contact links.
export {
  channelTypes,
  confirmationMethods,
  emergencyServices,
  hotlineLimits,
  hotlineTopics,
  numberChannelTypes,
  operatorTypes,
  provenanceStatuses,
  reportedProblems,
  serviceKinds,
  triState,
  weekdays,
} from './hotlines/schema.js';
export type {
  AlwaysHours,
  Channel,
  ChannelCommon,
  ChannelType,
  Confirmation,
  ConfirmationMethod,
  EmailChannel,
  EmergencyCountry,
  EmergencyNumber,
  EmergencyService,
  Hotline,
  HotlineData,
  HotlineTopic,
  Hours,
  HoursException,
  LocalizedText,
  NumberChannel,
  NumberChannelType,
  OperatorType,
  Organization,
  Provenance,
  ProvenanceStatus,
  ReportedProblem,
  ReportedProblemCode,
  ServiceArea,
  ServiceKind,
  Source,
  TelegramChannel,
  TimeSpan,
  TriState,
  UnknownHours,
  WebChannel,
  Weekday,
  WeeklyHours,
  WeeklyRule,
} from './hotlines/schema.js';
export { HotlineDataError, HotlineLoadError, HotlineQueryError, NumberReportChannelError } from './hotlines/errors.js';
export type { DataProblem, HotlineDataErrorCode, HotlineLoadErrorCode, HotlineProblemCode } from './hotlines/errors.js';
export { checkHotlineData, dialMatchesPrinted, parseHotlineData, validateHotlineData } from './hotlines/validate.js';
export type { HotlineValidation } from './hotlines/validate.js';
export { instantOf, isOpen, nextChange, openStatus, wallClock, zoneOffset } from './hotlines/hours.js';
export type { OpenState, OpenStatus } from './hotlines/hours.js';
export { HotlineDirectory, rankPoints, relatedTopics } from './hotlines/directory.js';
export type {
  ChannelStatus,
  EmergencyNumbers,
  HotlineDataOrigin,
  HotlineQuery,
  HotlineResult,
  LanguageFit,
  RankFactor,
  RankReason,
} from './hotlines/directory.js';
export { bundledHotlineData, bundledHotlineDirectory, countriesWithEmergencyNumbers, emergencyNumbersFor } from './hotlines/bundled.js';
export { channelSourceAge, confirmationNote, emergencyConfirmationNote, emergencyNumberSourceAge, latestConfirmation, reviewWindowStart } from './hotlines/freshness.js';
export type { ConfirmationNote, ConfirmationNoteCode, ConfirmationSubject, LatestConfirmation, SourceAge } from './hotlines/freshness.js';
export { hotlineDisplayName } from './hotlines/names.js';
export type { DisplayName } from './hotlines/names.js';
export { checkNumberReportChannel, numberReport, numberReportLink, numberReportText } from './hotlines/number-report.js';
export type { NumberReport, NumberReportChannel, NumberReportLink } from './hotlines/number-report.js';
export { clearHotlineCache, loadHotlineDirectory } from './hotlines/remote.js';
export type { LoadHotlinesOptions } from './hotlines/remote.js';
export { contactHref, contactText, pickLocalized, telHref, toVCard, vCardDataUrl } from './hotlines/contact-links.js';
export { countryCode, emailAddress, internationalNumber, mailtoHref, telegramHref, telegramUsername, transportSecurity, whatsappHref } from './rules.js';
export type { ContactHrefOptions, LinkPlatform, VCardOptions } from './hotlines/contact-links.js';

// Job-offer red-flag check (issue 4).
export { bundledOfferRules, checkOffer, checkOffers, maxOfferLength, prepareOfferRules } from './offer-check/check.js';
export type { CheckOfferOptions, OfferBulkResult, OfferItem } from './offer-check/check.js';
export { compileOfferRules } from './offer-check/compile.js';
export type { CompiledOfferRules } from './offer-check/compile.js';
export { OfferCheckError } from './offer-check/errors.js';
export type { OfferCheckErrorCode } from './offer-check/errors.js';
export { answerEffects, offerQuestionIds, offerQuestions, questionAnswers } from './offer-check/questionnaire.js';
export type { AnswerEffect, OfferAnswers, OfferQuestion, OfferQuestionId, QuestionAnswer } from './offer-check/questionnaire.js';
export { extractorSignals } from './offer-check/rule-schema.js';
export type { ExtractorSignal } from './offer-check/rule-schema.js';
export type {
  Conjunction,
  CueRule,
  FlagRule,
  LanguagePatterns,
  Negators,
  OfferRule,
  OfferRuleSet,
  ReassuranceRule,
  RuleCommon,
  RuleException,
  RuleScope,
} from './offer-check/rule-types.js';
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
export { offerFlagIds, offerReassuranceIds, offerRuleSet } from '../data/offer-rules/index.js';
