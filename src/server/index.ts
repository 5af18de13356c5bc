/**
 * safe-migration-kit/server: the Node-only reference receiver for reports. It validates each report
 * with the SDK's schema (or accepts an encrypted envelope), stores it once per idempotency key in
 * SQLite, and answers with a receipt. See docs/report-api.md.
 */
export { VERSION } from '../sdk/version.js';
export { ReportDatabase, ReportDatabaseError } from './database.js';
export type { AcceptResult, StoredReportRow } from './database.js';
export { createReportHandler, normaliseOrigins, startReceiver } from './receiver.js';
export type { ReceiverLogEntry, ReceiverOptions, RunningReceiver } from './receiver.js';
export { RateLimiter } from './rate-limit.js';
export type { RateLimitOptions } from './rate-limit.js';
