/** The shapes a report takes between the form and the receiver's confirmation. */
import type { Report } from './schema.js';

/**
 * A valid report waiting for the receiver's confirmation. Made once by `ReportClient.prepare()`;
 * sending the same object again is always safe, because its `id` is the idempotency key.
 */
export interface PendingReport {
  /** A random UUID, made once per report and sent as the `Idempotency-Key` header on every try. */
  readonly id: string;
  /** The parsed report (strings trimmed): what the person wrote, still in this page's memory. */
  readonly report: Report;
  /** When the report was prepared, as an ISO 8601 time; it never leaves the page. */
  readonly createdAt: string;
}

/** The receiver's confirmation that a report is stored. */
export interface ReportReceipt {
  /** A short code the person can quote to the organisation, e.g. `4821 0937 5512`. */
  receipt: string;
  /** When the receiver stored the report, as an ISO 8601 time rounded to the minute. */
  receivedAt: string;
  /** True when the receiver had already stored this report (an earlier try got through). */
  replayed: boolean;
}
