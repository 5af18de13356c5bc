/**
 * safe-migration-kit/server: the Node-only reference receiver for reports. It validates each report
 * with the SDK's schema (or checks an encrypted envelope), stores it once per idempotency key in
 * SQLite or PostgreSQL, and answers with a receipt. See docs/report-api.md and docs/deploy.md.
 */
export { VERSION } from '../sdk/version.js';
export { ReportDatabaseError, isPostgresUrl, openReportStore } from './store.js';
export type {
  AcceptResult,
  DeleteSelection,
  OpenStoreOptions,
  RateLimit,
  ReportDatabaseErrorCode,
  ReportStore,
  StoredReportRow,
} from './store.js';
export { SqliteReportStore } from './sqlite-store.js';
export { PostgresReportStore, describePostgresUrl } from './postgres-store.js';
export { envelopeIssues } from './envelope.js';
export type { EnvelopeIssue } from './envelope.js';
export { createReportHandler, normaliseOrigins, receiverRoutes, startReceiver } from './receiver.js';
export type { ReceiverLogCode, ReceiverLogEntry, ReceiverOptions, ReceiverRoute, ReceiverTimeouts, RunningReceiver } from './receiver.js';
export { inboxOrigin, inboxRoutes } from './inbox.js';
export type { InboxAccess, InboxErrorCode, InboxOptions, InboxRoute } from './inbox.js';
export { StaffStore } from './staff-store.js';
export { FollowUpStore } from './follow-up-store.js';
export type { MessageSender, StoredMessage } from './follow-up-store.js';
export type { AuditEntry, StaffMember } from './staff-store.js';
export { RateLimiter } from './rate-limit.js';
export type { RateLimitOptions } from './rate-limit.js';
