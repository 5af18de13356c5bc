import { SafeError } from '../errors.js';

/** Why an offer could not be checked. */
export type OfferCheckErrorCode =
  /** The text is not a string or is longer than `maxOfferLength`. */
  | 'offer-check/invalid-text'
  /** The options (`lang`, `answers`) are not ones the checker knows. */
  | 'offer-check/invalid-options'
  /** An item given to `checkOffers` is neither a string nor `{ id?, text, lang? }`. */
  | 'offer-check/invalid-item'
  /** The bundled or supplied rules do not pass their schema or a pattern cannot be compiled. */
  | 'offer-check/invalid-rules';

/**
 * Thrown by `checkOffer`, `checkOffers` and `compileOfferRules` when their input cannot be used.
 * The zod error, when there is one, is kept as `cause`; `issues` lists the paths in plain text.
 */
export class OfferCheckError extends SafeError<OfferCheckErrorCode> {

  constructor(
    code: OfferCheckErrorCode,
    message: string,
    /** Each problem as `path: message`, for logs. */
    readonly issues: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'OfferCheckError';
  }
}
