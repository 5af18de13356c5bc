/**
 * The counsellors a site names on `<safe-offer-check>` and `<safe-offer-badge>`
 * (`consult-telegram`, `consult-whatsapp`, `consult-email`), each checked by the SDK's one rule for
 * that kind of address. The hand-off itself (consult.ts) is loaded only when one of them is usable.
 */
import { emailAddress, internationalNumber, telegramUsername } from '../../sdk/rules.js';
import type { ReactiveControllerHost } from 'lit';
import type * as Consult from './consult.js';
import type { ConsultController } from './consult.js';

/** The apps a counsellor can be reached in, in the order they are offered. */
export const consultKinds = ['telegram', 'whatsapp', 'email'] as const;
export type ConsultKind = (typeof consultKinds)[number];

/** A counsellor the site named, checked by the SDK's rule for that kind of address. */
export interface ConsultChannel {
  kind: ConsultKind;
  /** The username without `@`, the number as dialled (`+996…`), or the e-mail address. */
  address: string;
  /** What the person sees: `@username`, the number as the site wrote it, or the address. */
  label: string;
}

/** What each kind of address must be, as the end of "… is not …" in the attribute error. */
export const consultExpected: Record<ConsultKind, string> = {
  telegram: 'a Telegram username such as @ngo_consult',
  whatsapp: 'a phone number in international form such as +996 555 123 456',
  email: 'an e-mail address',
};

/** The counsellor for an attribute's value, or `undefined` when the value is not that kind of address. */
export function consultChannel(kind: ConsultKind, value: string): ConsultChannel | undefined {
  const address = kind === 'telegram' ? telegramUsername(value) : kind === 'whatsapp' ? internationalNumber(value) : emailAddress(value);
  return address ? { kind, address, label: kind === 'telegram' ? `@${address}` : value.trim() } : undefined;
}

/** The usable counsellors among the three attributes' values, in the order they are offered. */
export function consultChannels(values: Record<ConsultKind, string>): ConsultChannel[] {
  return consultKinds.map((kind) => consultChannel(kind, values[kind])).filter((c): c is ConsultChannel => !!c);
}

let loading: Promise<typeof Consult> | undefined;

/** An element with the three `consult-*` attributes (their properties, as Lit reflects them). */
export interface ConsultHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly localName: string;
  consultTelegram: string;
  consultWhatsapp: string;
  consultEmail: string;
}

/**
 * The `consult-*` attributes of one element: each changed value is checked (the element reports an
 * unusable one through `report`), and the hand-off is loaded once, the first time one is usable.
 */
export class ConsultAttributes {
  /** The hand-off, once loaded. */
  controller: ConsultController | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ConsultHost,
    /** Reports a value that is not its kind of address, as the element reports any attribute. */
    private readonly report: (attribute: string, value: string, usable: boolean, expected: string) => void,
  ) {}

  /** The counsellors whose addresses can be used, in the order they are offered. */
  get channels(): ConsultChannel[] {
    const { consultTelegram: telegram, consultWhatsapp: whatsapp, consultEmail: email } = this.host;
    return consultChannels({ telegram, whatsapp, email });
  }

  /** Call from `willUpdate` with the changed properties. */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    for (const kind of consultKinds) {
      const name = `consult${kind[0]!.toUpperCase()}${kind.slice(1)}` as 'consultTelegram';
      if (changed.has(name)) this.report(`consult-${kind}`, this.host[name], !!consultChannel(kind, this.host[name]), consultExpected[kind]);
    }
    if (this.loading || !this.channels.length) return;
    loading ??= import('./consult.js');
    this.loading = loading.then(
      (m) => {
        this.controller = new m.ConsultController(this.host);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // A failed load is tried again at the next change.
        loading = this.loading = undefined;
        console.error(`<${this.host.localName}>: "Ask a counsellor" could not be loaded`, error);
      },
    );
  }
}
