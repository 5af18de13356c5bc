import type { OfferLevel } from '../../sdk/offer-check/types.js';

/**
 * Fired when an offer has been checked, by `<safe-offer-badge>` (and by any widget that checks an
 * offer and imports this class). It carries the level and the flag ids only — never the offer's
 * text or evidence — so a site may count results without learning what anyone read.
 * It bubbles and crosses shadow roots.
 */
export class SafeOfferCheckedEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-offer-checked';

  constructor(
    /** The level of recruitment risk signals: `low`, `medium` or `high`. */
    readonly level: OfferLevel,
    /** The ids of the flags found, strongest first (see src/data/offer-rules). */
    readonly flagIds: readonly string[],
  ) {
    super(SafeOfferCheckedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'safe-offer-checked': SafeOfferCheckedEvent;
  }
}
