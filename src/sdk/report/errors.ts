/**
 * The errors of the report client and of report encryption. Each has an explicit `name` and a
 * `code`; widgets turn the code into words. Nothing here carries the text of a report.
 */
import { SafeError } from '../errors.js';
import type { PendingReport } from './pending.js';

/**
 * What kind of problem a report field has: `missing` (absent or empty but required), `wrong-type`
 * (say text where a number belongs), `too-small` or `too-big` (a number out of range, or text too
 * short or too long), `not-allowed` (a value outside the choices), `wrong-format` (text that does
 * not match its pattern, such as a country code), `unknown-field` (a key the report does not have),
 * or `invalid` for any other problem.
 */
export type ReportIssueCode = 'missing' | 'wrong-type' | 'too-small' | 'too-big' | 'not-allowed' | 'wrong-format' | 'unknown-field' | 'invalid';

/** One problem found in a report: where it is and what kind it is. */
export interface ReportIssue {
  /** Dotted path of the field, e.g. `contact.address`; empty for the report itself. */
  readonly path: string;
  /** What kind of problem it is. */
  readonly code: ReportIssueCode;
}

/** Thrown by `ReportClient.prepare()` when the input is not a valid report. */
export class ReportValidationError extends SafeError {
  declare readonly code: 'report-invalid';
  /** Every problem found, in the order the schema found them. */
  readonly issues: readonly ReportIssue[];

  constructor(issues: readonly ReportIssue[], options?: { cause?: unknown }) {
    super('report-invalid', `The report is not valid: ${issues.map((i) => `${i.path || '(report)'} ${i.code}`).join(', ')}`, options);
    this.name = 'ReportValidationError';
    this.issues = issues;
  }
}

/** Why a delivery failed. */
export type ReportDeliveryErrorCode =
  /** No connection, or it broke before a reply came (offline, DNS, dropped connection). */
  | 'network'
  /** The last try got no reply within the per-try timeout. */
  | 'timeout'
  /** The overall deadline passed before the receiver confirmed. */
  | 'deadline'
  /** The receiver said "too many requests" (429) and the retries ran out. */
  | 'rate-limited'
  /** The receiver failed (5xx or 408) and the retries ran out. */
  | 'server'
  /** The receiver refused the report (400, 403, 413, 415, 422…): sending it again will not help. */
  | 'rejected'
  /** A 2xx reply that is not a receipt, e.g. a Wi-Fi login page that answers every request. */
  | 'bad-reply'
  /** The caller's signal aborted the delivery, or the report was discarded. */
  | 'aborted';

/**
 * Thrown by `ReportClient.send()` when the receiver has not confirmed the report. The report stays
 * in `ReportClient.pending` (it is never dropped on failure), so the person can try again or use a
 * fallback channel.
 */
export class ReportDeliveryError extends SafeError {
  declare readonly code: ReportDeliveryErrorCode;
  /** Whether sending the same pending report again later may succeed. */
  readonly retryable: boolean;
  /** The report that was not delivered; it is still pending. */
  readonly pending: PendingReport;
  /** The HTTP status of the last reply, when there was one. */
  readonly status: number | undefined;
  /** The receiver's own error code from its JSON reply (e.g. `origin-not-allowed`), when it sent one. */
  readonly serverCode: string | undefined;

  constructor(
    code: ReportDeliveryErrorCode,
    message: string,
    details: { pending: PendingReport; status?: number; serverCode?: string; cause?: unknown },
  ) {
    super(code, message, { cause: details.cause });
    this.name = 'ReportDeliveryError';
    this.pending = details.pending;
    this.status = details.status;
    this.serverCode = details.serverCode;
    this.retryable = code !== 'rejected';
  }
}

/** Why a key, an envelope or the platform's crypto could not be used. */
export type ReportCryptoErrorCode =
  /** The JWK is not an ECDH P-256 key of the kind needed. */
  | 'key-invalid'
  /** A private key was given where the public key belongs: it must never be in a web page. */
  | 'key-is-private'
  /** The envelope was made for another key (its `kid` differs). */
  | 'wrong-key'
  /** `crypto.subtle` is missing: the page is not served over HTTPS (or localhost). */
  | 'crypto-unavailable'
  /** The envelope does not have the expected shape. */
  | 'envelope-invalid'
  /** Decryption failed: another key, or the ciphertext was changed. */
  | 'decrypt-failed'
  /** The decrypted text is not a valid report. */
  | 'content-invalid'
  /** The report is larger than the largest size bucket. */
  | 'too-large';

/** Thrown by `encryptReport()`, `decryptReport()`, and by `ReportClient` for an unusable `publicKey`. */
export class ReportCryptoError extends SafeError {
  declare readonly code: ReportCryptoErrorCode;

  constructor(code: ReportCryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportCryptoError';
  }
}

/** Why a `ReportClient` could not be created. */
export type ReportConfigErrorCode =
  /** `endpoint` is empty, or not a URL. */
  | 'endpoint-invalid'
  /** `endpoint` is plain `http:` to a host other than this machine: the report would travel unencrypted. */
  | 'endpoint-insecure'
  /** A `store` was given without a `publicKey`: stored reports must be ciphertext. */
  | 'store-needs-public-key'
  /** A number option is negative or not finite. */
  | 'option-invalid';

/** Thrown by the `ReportClient` constructor for options that cannot work. */
export class ReportConfigError extends SafeError {
  declare readonly code: ReportConfigErrorCode;

  constructor(code: ReportConfigErrorCode, message: string) {
    super(code, message);
    this.name = 'ReportConfigError';
  }
}
