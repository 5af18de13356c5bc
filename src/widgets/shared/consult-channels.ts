/**
 * The counsellors a site names on `<safe-offer-check>` and `<safe-offer-badge>`
 * (`consult-telegram`, `consult-whatsapp`, `consult-email`), each checked by the SDK's one rule for
 * that kind of address. The hand-off itself (consult.ts) is loaded only when one of them is usable.
 */
import { emailAddress, internationalNumber, telegramUsername } from '../../sdk/rules.js';
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

/** Loads the hand-off once per page and gives `host` its controller; a failed load is retried next time. */
export function loadConsult(host: ConstructorParameters<typeof ConsultController>[0]): Promise<ConsultController> {
  loading ??= import('./consult.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading.then((m) => new m.ConsultController(host));
}
