/**
 * Every widget, defined on import. Import one element's own module
 * (`safe-migration-kit/widgets/exit-button.js`) to pull in only that element.
 */
export { SafeExitButton, SafeExitEvent } from './exit-button/exit-button.js';
export type { SafeExitTrigger } from './exit-button/exit-button.js';
export { exitNavigation } from './exit-button/navigation.js';
export { SafeReportFailedEvent, SafeReportForm, SafeReportSentEvent, SafeReportSubmitEvent } from './report-form/report-form.js';
export type { ReportFormDeliveryOptions, SafeReportFailureCode } from './report-form/report-form.js';
export { SafeContactEvent, SafeFilterChangeEvent, SafeHotlineFinder } from './hotline-finder/hotline-finder.js';
export type { HotlineFilters, SafeContactAction } from './hotline-finder/hotline-finder.js';
export { SafeOfferBadge, SafeOfferCheckedEvent } from './offer-badge/offer-badge.js';
export { SafeOfferCheck } from './offer-check/offer-check.js';
export type { OfferCheckMode } from './offer-check/offer-check.js';
export { SafeOfferQuiz } from './offer-quiz/offer-quiz.js';
// From the set's own module: the element's module (the chunk the loader fetches) leaves zod out.
export { QuizSetError, maxQuizOffers, parseQuizSet } from './offer-quiz/quiz-set.js';
export type { QuizOffer, QuizSetErrorCode } from './offer-quiz/quiz-set.js';
export { allLocales, matchLocale, resolveLocale, useLocale } from './localization.js';
export { SafeAttributeError, SafeErrorEvent } from './shared/errors.js';
export type { SafeLocale } from './localization.js';
