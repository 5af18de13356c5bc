import { SafeError } from '../../sdk/errors.js';

/** The longest part of a bad value quoted in an error message; the rest is cut, so a huge value cannot flood the console. */
const QUOTE_LIMIT = 80;

/** A value as it is quoted in a message: at most `QUOTE_LIMIT` characters, then an ellipsis. */
function quote(value: string): string {
  return value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
}

/**
 * An attribute holds a value its element cannot use (an unknown country, a `javascript:` address, a
 * negative number…). The element has already fallen back to the documented default when this is
 * reported: it never throws it.
 */
export class SafeAttributeError extends SafeError<'widget/attribute-invalid'> {
  /** The element's tag name, such as `safe-hotline-finder`. */
  readonly element: string;
  /** The attribute's name, such as `country`. */
  readonly attribute: string;
  /** The value as the page gave it. */
  readonly value: string;

  /**
   * @param expected What the attribute takes, as the end of "… is not …" ("a country code such as KZ").
   * @param fallback What the element does instead ("no country is used").
   */
  constructor(element: string, attribute: string, value: string, expected: string, fallback: string) {
    super('widget/attribute-invalid', `<${element}> ${attribute}="${quote(value)}" is not ${expected}; ${fallback}`);
    this.name = 'SafeAttributeError';
    this.element = element;
    this.attribute = attribute;
    this.value = value;
  }
}

/**
 * Fired by any `safe-*` element when a value it was given cannot be used: an attribute (the error
 * is a `SafeAttributeError`), a report endpoint or key (`ReportConfigError`, `ReportCryptoError`),
 * or a hotline data file (`HotlineLoadError`, `HotlineDataError`). The element has already fallen
 * back to what its documentation says, and the same error is written to the console. It bubbles
 * out of shadow roots, so one listener on `document` hears every widget; it never carries anything
 * a person typed.
 */
export class SafeErrorEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-error';

  constructor(
    /** What went wrong: a `SafeError` subclass with an explicit `name` and a `code`. */
    readonly error: SafeError,
    /** The attribute whose value could not be used, such as `src` or `public-key` (for a property without an attribute, such as the report form's `deliveryOptions`, its name). */
    readonly attribute: string,
  ) {
    super(SafeErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'safe-error': SafeErrorEvent;
  }
}
