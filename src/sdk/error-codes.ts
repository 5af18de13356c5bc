import type { HotlineDataErrorCode, HotlineLoadErrorCode, HotlineQueryError, NumberReportChannelError } from './hotlines/errors.js';
import type { OfferCheckErrorCode } from './offer-check/errors.js';
import type { FollowUpErrorCode, ReportConfigErrorCode, ReportCryptoErrorCode, ReportDeliveryErrorCode, ReportValidationError } from './report/errors.js';

/**
 * Every code an error of the SDK can carry, for a `switch` that turns codes into words: TypeScript
 * then says when a case is missing. Each is `area/what` (`hotline/…`, `offer-check/…`, `report/…`).
 */
export type SdkErrorCode =
  | HotlineDataErrorCode
  | HotlineLoadErrorCode
  | HotlineQueryError['code']
  | NumberReportChannelError['code']
  | OfferCheckErrorCode
  | ReportValidationError['code']
  | ReportDeliveryErrorCode
  | ReportCryptoErrorCode
  | ReportConfigErrorCode
  | FollowUpErrorCode;
