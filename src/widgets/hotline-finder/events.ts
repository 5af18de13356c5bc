/** The events `<safe-hotline-finder>` fires, and the filters they carry; its class comment says when. */
import type { ChannelType, HotlineTopic } from '../../sdk/hotlines/schema.js';

/** The filters a person can set, as the widget applies them. */
export interface HotlineFilters {
  readonly country: string;
  readonly region: string;
  readonly need: HotlineTopic | '';
  readonly language: string;
  readonly channel: ChannelType | '';
  readonly openNow: boolean;
  readonly from: string;
}

/** What the person did with a contact. */
export type SafeContactAction = 'open' | 'copy' | 'save-contact';

/**
 * Fired when a person opens a channel (a call, a chat, a site), copies a number, or saves the
 * contact card. It says which line and channel, never what the person typed. It bubbles out of
 * the shadow root; nothing is sent anywhere unless the page itself listens and sends it.
 */
export class SafeContactEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-contact';

  constructor(
    /** The line's id in the data. */
    readonly hotlineId: string,
    /** What was done. */
    readonly action: SafeContactAction,
    /** The channel used, or `null` for `save-contact`. */
    readonly channel: ChannelType | null,
    /** The channel's index in the line's `channels`, or -1 for `save-contact`. */
    readonly channelIndex: number,
  ) {
    super(SafeContactEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the person changes a filter, with every filter as it now stands. */
export class SafeFilterChangeEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-filter-change';

  constructor(
    /** The filters after the change. */
    readonly filters: HotlineFilters,
  ) {
    super(SafeFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'safe-contact': SafeContactEvent;
    'safe-filter-change': SafeFilterChangeEvent;
  }
}
