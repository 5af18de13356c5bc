/** The events `<safe-report-form>` fires; its class comment says when. */
import type { Report } from '../../sdk/report/schema.js';
import type { ReportConfigErrorCode, ReportCryptoErrorCode, ReportDeliveryErrorCode } from '../../sdk/report/errors.js';

/**
 * Fired when the person presses "Send report", after the report passed every check and before
 * anything leaves the page. Cancel it (`preventDefault()`) to deliver the report yourself: the form
 * then sends nothing and stays on "Check your report".
 *
 * Unlike the other events it carries what the person wrote (`report`), because a site that
 * delivers reports itself needs it. Never log it, and send it nowhere but to the organisation.
 */
export class SafeReportSubmitEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-submit';

  constructor(
    /** The checked report, exactly as the form would send it (before any encryption). */
    readonly report: Report,
  ) {
    super(SafeReportSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the organisation's server has confirmed the report. Carries the receipt code only. */
export class SafeReportSentEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-sent';

  constructor(
    /** The code the server gave for this report, as the person sees it. */
    readonly receipt: string,
  ) {
    super(SafeReportSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Why a report has not arrived: a delivery code of `ReportDeliveryError` (`report/network`,
 * `report/timeout`, `report/deadline`, `report/rate-limited`, `report/server`, `report/rejected`,
 * `report/bad-reply`, `report/aborted`), a setup problem found when sending
 * (`report/endpoint-invalid`, `report/endpoint-insecure`, `report/option-invalid`,
 * `report/key-invalid`, `report/key-is-private`, `report/crypto-unavailable`), a report too large to
 * encrypt (`report/too-large`), or `report/setup-failed` for any other failure of the page.
 */
export type SafeReportFailureCode =
  | ReportDeliveryErrorCode
  | Extract<ReportConfigErrorCode, 'report/endpoint-invalid' | 'report/endpoint-insecure' | 'report/option-invalid'>
  | Extract<ReportCryptoErrorCode, 'report/key-invalid' | 'report/key-is-private' | 'report/crypto-unavailable' | 'report/too-large'>
  | 'report/setup-failed';

/** Fired when a report could not be sent, after every retry. Carries the error code only. */
export class SafeReportFailedEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-failed';

  constructor(
    /** Why it failed; never any of the report's text. */
    readonly code: SafeReportFailureCode,
  ) {
    super(SafeReportFailedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'safe-report-submit': SafeReportSubmitEvent;
    'safe-report-sent': SafeReportSentEvent;
    'safe-report-failed': SafeReportFailedEvent;
  }
}
