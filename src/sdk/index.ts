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
