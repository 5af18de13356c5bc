/** Loads the form's sending code (sending.ts) after its first screen, once per page. */
import type * as SendingModule from './sending.js';

/** The code that sends reports and reads replies. */
export type Sending = typeof SendingModule;

let loading: Promise<Sending> | undefined;

/** Fetches the sending code; a failed fetch (a dropped connection) is tried again on the next call. */
export function loadSendingCode(): Promise<Sending> {
  loading ??= import('./sending.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
