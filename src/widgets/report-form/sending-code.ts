/** Loads the form's sending code (sending.ts) after its first screen, once per page. */
import type * as SendingModule from './sending.js';
import { loadOnce } from '../localization.js';

/** The code that sends reports and reads replies. */
export type Sending = typeof SendingModule;

/** Fetches the sending code; a failed fetch (a dropped connection) is tried again on the next call. */
export const loadSendingCode: () => Promise<Sending> = loadOnce(() => import('./sending.js'));
