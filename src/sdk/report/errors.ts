/**
 * The errors of the report client and of report encryption. Each has an explicit `name` and a
 * `code`; widgets turn the code into words. Nothing here carries the text of a report.
 */
import { SafeError } from '../errors.js';
import type { SchemaIssueCode } from '../schema-issues.js';
import type { ReceiverErrorCode } from './receiver-codes.js';
import type { PendingReport } from './pending.js';

/**
 * What kind of problem a report field has, in the vocabulary hotline data problems share:
 * `missing`, `wrong-type`, `too-small`, `too-big`, `not-allowed`, `wrong-format`, `unknown-field`
 * or `invalid` (see `SchemaIssueCode`).
 */
export type ReportIssueCode = SchemaIssueCode;

/** One problem found in a report: where it is and what kind it is. */
export interface ReportIssue {
  /** Dotted path of the field, e.g. `contact.address`; empty for the report itself. */
  readonly path: string;
  /** What kind of problem it is. */
  readonly code: ReportIssueCode;
}

/** Thrown by `ReportClient.prepare()` when the input is not a valid report. */
export class ReportValidationError extends SafeError<'report/invalid'> {
  /** Every problem found, in the order the schema found them. */
  readonly issues: readonly ReportIssue[];

  constructor(issues: readonly ReportIssue[], options?: { cause?: unknown }) {
    super('report/invalid', `The report is not valid: ${issues.map((i) => `${i.path || '(report)'} ${i.code}`).join(', ')}`, options);
    this.name = 'ReportValidationError';
    this.issues = issues;
  }
}

/** Why a delivery failed. */
export type ReportDeliveryErrorCode =
  /** No connection, or it broke before a reply came (offline, DNS, dropped connection). */
  | 'report/network'
  /** The last try got no reply within the per-try timeout. */
  | 'report/timeout'
  /** The overall deadline passed before the receiver confirmed. */
  | 'report/deadline'
  /** The receiver said "too many requests" (429) and the retries ran out. */
  | 'report/rate-limited'
  /** The receiver failed (5xx or 408) and the retries ran out. */
  | 'report/server'
  /** The receiver refused the report (400, 403, 413, 415, 422…): sending it again will not help. */
  | 'report/rejected'
  /** A 2xx reply that is not a receipt, e.g. a Wi-Fi login page that answers every request. */
  | 'report/bad-reply'
  /** The caller's signal aborted the delivery, or the report was discarded. */
  | 'report/aborted';

/**
 * Thrown by `ReportClient.send()` when the receiver has not confirmed the report. The report stays
 * in `ReportClient.pending` (it is never dropped on failure), so the person can try again or use a
 * fallback channel.
 */
export class ReportDeliveryError extends SafeError<ReportDeliveryErrorCode> {
  /** Whether sending the same pending report again later may succeed. */
  readonly retryable: boolean;
  /** The report that was not delivered; it is still pending. */
  readonly pending: PendingReport;
  /** The HTTP status of the last reply, when there was one. */
  readonly status: number | undefined;
  /**
   * The receiver's own error code from its JSON reply (e.g. `receiver/origin-not-allowed`), when it
   * sent one of the codes docs/report-api.md lists; any other code is only in `message`.
   */
  readonly serverCode: ReceiverErrorCode | undefined;

  constructor(
    code: ReportDeliveryErrorCode,
    message: string,
    details: { pending: PendingReport; status?: number; serverCode?: ReceiverErrorCode | undefined; cause?: unknown },
  ) {
    super(code, message, { cause: details.cause });
    this.name = 'ReportDeliveryError';
    this.pending = details.pending;
    this.status = details.status;
    this.serverCode = details.serverCode;
    this.retryable = code !== 'report/rejected';
  }
}

/** Why a key, an envelope or the platform's crypto could not be used. */
export type ReportCryptoErrorCode =
  /** The JWK is not an ECDH P-256 key of the kind needed. */
  | 'report/key-invalid'
  /** A private key was given where the public key belongs: it must never be in a web page. */
  | 'report/key-is-private'
  /** The envelope was made for another key (its `kid` differs). */
  | 'report/wrong-key'
  /** `crypto.subtle` is missing: the page is not served over HTTPS (or localhost). */
  | 'report/crypto-unavailable'
  /** The envelope does not have the expected shape. */
  | 'report/envelope-invalid'
  /** Decryption failed: another key, or the ciphertext was changed. */
  | 'report/decrypt-failed'
  /** The decrypted text is not a valid report. */
  | 'report/content-invalid'
  /** The report is larger than the largest size bucket. */
  | 'report/too-large';

/** Thrown by `encryptReport()`, `decryptReport()`, and by `ReportClient` for an unusable `publicKey`. */
export class ReportCryptoError extends SafeError<ReportCryptoErrorCode> {

  constructor(code: ReportCryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportCryptoError';
  }
}

/** Why a `ReportClient` could not be created. */
export type ReportConfigErrorCode =
  /** `endpoint` is empty, or not a URL. */
  | 'report/endpoint-invalid'
  /** `endpoint` is plain `http:` to a host other than this machine: the report would travel unencrypted. */
  | 'report/endpoint-insecure'
  /** A `store` was given without a `publicKey`: stored reports must be ciphertext. */
  | 'report/store-needs-public-key'
  /** A number option is negative or not finite. */
  | 'report/option-invalid';

/** Thrown by the `ReportClient` constructor for options that cannot work. */
export class ReportConfigError extends SafeError<ReportConfigErrorCode> {

  constructor(code: ReportConfigErrorCode, message: string) {
    super(code, message);
    this.name = 'ReportConfigError';
  }
}

/** Why reading replies or sending an answer with a follow-up code failed. */
export type FollowUpErrorCode =
  /** The code is not sixteen letters and digits of the follow-up alphabet. */
  | 'report/follow-up-code-invalid'
  /** The receiver knows no report by this code: a mistyped code, or the report was deleted. */
  | 'report/follow-up-not-found'
  /** An answer or reply is empty or longer than the limit. */
  | 'report/follow-up-text-invalid';

/**
 * Thrown by the follow-up functions and by `ReportClient`'s follow-up methods. A delivery failure
 * carries the same codes as `ReportDeliveryError` (`report/network`, `report/rate-limited`…); an
 * answer that failed stays in `ReportClient.pendingAnswers`, so it can be sent again.
 */
export class FollowUpError extends SafeError<FollowUpErrorCode | ReportDeliveryErrorCode | ReportCryptoErrorCode> {
  /** Whether trying the same call again later may succeed. */
  readonly retryable: boolean;
  /** The HTTP status of the last reply, when there was one. */
  readonly status: number | undefined;
  /** The receiver's own error code from its JSON reply, when it sent one docs/report-api.md lists. */
  readonly serverCode: ReceiverErrorCode | undefined;

  constructor(
    code: FollowUpErrorCode | ReportDeliveryErrorCode | ReportCryptoErrorCode,
    message: string,
    details: { status?: number; serverCode?: ReceiverErrorCode | undefined; cause?: unknown } = {},
  ) {
    super(code, message, { cause: details.cause });
    this.name = 'FollowUpError';
    this.status = details.status;
    this.serverCode = details.serverCode;
    this.retryable = ['report/network', 'report/timeout', 'report/deadline', 'report/rate-limited', 'report/server', 'report/bad-reply'].includes(code);
  }
}
