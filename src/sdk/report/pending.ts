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
  /**
   * The reporter's follow-up code (`7KQM-4XWA-9PZD-3HRT`), made in the page when the client has
   * `followUp` on. It never leaves the page: the receiver gets a lookup token derived from it, and
   * the organisation the reply key, inside the encrypted report. Show it only when the receipt says
   * `followUp: true`.
   */
  readonly followUpCode?: string;
}

/** The receiver's confirmation that a report is stored. */
export interface ReportReceipt {
  /** A short code the person can quote to the organisation, e.g. `4821 0937 5512`. */
  receipt: string;
  /** When the receiver stored the report, as an ISO 8601 time rounded to the minute. */
  receivedAt: string;
  /** True when the receiver had already stored this report (an earlier try got through). */
  replayed: boolean;
  /**
   * True when the receiver keeps the report's follow-up lookup, so that its follow-up code will open
   * the organisation's replies; absent when the receiver does not offer follow-up.
   */
  followUp?: boolean;
}

/** An answer the reporter wrote, waiting for the receiver's confirmation. Sending it again is always safe. */
export interface PendingAnswer {
  /** A random UUID, sent as the `Idempotency-Key` on every try. */
  readonly id: string;
  /** The follow-up code the answer goes with, canonical form. */
  readonly code: string;
  /** The answer's text, trimmed: in this page's memory only. */
  readonly text: string;
  /** When the answer was written, ISO 8601. */
  readonly createdAt: string;
}

/** The receiver's confirmation that an answer is stored. */
export interface AnswerReceipt {
  /** The message's number in the thread. */
  id: number;
  /** When the receiver stored it, ISO 8601. */
  at: string;
  /** True when an earlier try had already stored it. */
  replayed: boolean;
}

/** One message of a follow-up thread, as the reporter's page reads it. */
export interface FollowUpMessage {
  /** The message's number; later messages have larger numbers. */
  id: number;
  /** Who wrote it. */
  from: 'organisation' | 'reporter';
  /** When the receiver stored it, ISO 8601. */
  at: string;
  /**
   * The text, decrypted in the page when it was encrypted. `undefined` for the reporter's own
   * answers to an organisation with a key (encrypted to the organisation, so only it can read
   * them) and for a reply that could not be decrypted with this code.
   */
  text: string | undefined;
}

/** What a follow-up code opens: the report's receipt and its messages, oldest first. */
export interface FollowUpThread {
  receipt: string;
  messages: FollowUpMessage[];
}
