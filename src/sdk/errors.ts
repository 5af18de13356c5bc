/**
 * The one base class of every error the SDK throws.
 *
 * Each subclass sets an explicit `name` (minifiers mangle class names) and a machine-readable
 * `code`; the widgets turn codes into localised words. A wrapped library error is kept as `cause`.
 */
export class SafeError extends Error {
  /** A stable, machine-readable code for this kind of failure. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SafeError';
    this.code = code;
  }
}
