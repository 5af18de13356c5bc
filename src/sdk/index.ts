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
// Report delivery and encryption (issue 5).
export {
  ReportClient,
  decryptReport,
  encryptReport,
  generateReportKeyPair,
} from './report/client.js';
export type { ReportClientOptions, ResumeResult } from './report/client.js';
export { reportKeyId, reportPaddingBuckets } from './report/crypto.js';
export {
  ReportConfigError,
  ReportCryptoError,
  ReportDeliveryError,
  ReportValidationError,
} from './report/errors.js';
export type {
  ReportConfigErrorCode,
  ReportCryptoErrorCode,
  ReportDeliveryErrorCode,
  ReportIssue,
} from './report/errors.js';
export type { PendingReport, ReportReceipt } from './report/pending.js';
export { memoryReportStore, webStorageReportStore } from './report/store.js';
export type { ReportStore, StorageLike, StoredReport } from './report/store.js';
