/**
 * The error codes a receiver puts in its JSON replies (`{"error": {"code": …}}`), as
 * docs/report-api.md and docs/openapi.yaml list them. The reference receiver answers with these;
 * `ReportClient` reads them into `ReportDeliveryError.serverCode`.
 */
export const receiverErrorCodes = [
  /** 400: the request has no Idempotency-Key header. */
  'receiver/idempotency-key-missing',
  /** 400: the Idempotency-Key is not a UUID. */
  'receiver/idempotency-key-invalid',
  /** 400: the body is not UTF-8 JSON. */
  'receiver/malformed-json',
  /** 403: the page's origin is not one the receiver was started with. */
  'receiver/origin-not-allowed',
  /** 404: not `/reports` or `/health`. */
  'receiver/not-found',
  /** 405: a method the path does not take. */
  'receiver/method-not-allowed',
  /** 413: the body is larger than the receiver takes. */
  'receiver/too-large',
  /** 415: not `Content-Type: application/json`, or a compressed body. */
  'receiver/unsupported-media-type',
  /** 422: the report does not match the schema; `issues` lists each problem. */
  'receiver/report-invalid',
  /** 422: the envelope does not match the schema, or is not one `encryptReport()` made; `issues` lists each problem. */
  'receiver/envelope-invalid',
  /** 422: the receiver takes only encrypted reports. */
  'receiver/encryption-required',
  /** 422: the Idempotency-Key was already used for another report. */
  'receiver/idempotency-key-reused',
  /** 429: too many reports from one place; `Retry-After` says when to try again. */
  'receiver/rate-limited',
  /** 500: the receiver failed. */
  'receiver/internal',
  /** 503: the database cannot be written; `Retry-After` says when to try again. */
  'receiver/storage-unavailable',
  /** 400: a follow-up request without a well-formed `lookup`, or an answer without a `body`. */
  'receiver/follow-up-invalid',
  /** 404: no report has this follow-up code (mistyped, never sent, or deleted); one answer for all. */
  'receiver/follow-up-not-found',
  /** 422: a plain-text answer to a report that was encrypted: answers are encrypted like the report. */
  'receiver/answer-must-be-encrypted',
] as const;

/** An error code of a receiver's JSON reply. */
export type ReceiverErrorCode = (typeof receiverErrorCodes)[number];
