/**
 * The shape of every error code: an area, a slash, and what went wrong in that area
 * (`hotline/load-timeout`, `report/network`, `widget/attribute-invalid`). Each subclass narrows it
 * to the exact union of its own codes.
 */
export type SafeErrorCode = `${string}/${string}`;

/**
 * The one base class of every error the SDK throws.
 *
 * Each subclass sets an explicit `name` (minifiers mangle class names) and a machine-readable
 * `code` in `area/what` style; the widgets turn codes into localised words. A wrapped library error
 * is kept as `cause`.
 */
export class SafeError<Code extends SafeErrorCode = SafeErrorCode> extends Error {
  /** A stable, machine-readable code for this kind of failure, in `area/what` style. */
  readonly code: Code;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SafeError';
    this.code = code;
  }
}
