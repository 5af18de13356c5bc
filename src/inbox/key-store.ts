/**
 * The organisation's private key in the case worker's browser. It is imported once from the file
 * `keygen` wrote, as a non-extractable CryptoKey: from then on not even this page can read its
 * private part, and it is never sent anywhere. Kept in memory, it is gone when the tab closes; when
 * the worker asks to remember it, the CryptoKey itself (still non-extractable) goes to IndexedDB.
 */
import { importReportPrivateKey } from '../sdk/report/crypto.js';
import type { ReportPrivateKey } from '../sdk/report/crypto.js';

const DB_NAME = 'safe-migration-kit-inbox';
const STORE = 'keys';
const ENTRY = 'organisation';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB failed'));
    });
  } finally {
    db.close();
  }
}

/** Reads the private key file's text (private.jwk) and imports it as non-extractable. Throws `ReportCryptoError` (`report/key-invalid`). */
export function importKeyText(text: string): Promise<ReportPrivateKey> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    jwk = undefined;
  }
  return importReportPrivateKey(jwk, { extractable: false });
}

/** The remembered key, if this browser holds one. */
export async function rememberedKey(): Promise<ReportPrivateKey | undefined> {
  try {
    const found = (await transact('readonly', (store) => store.get(ENTRY))) as ReportPrivateKey | undefined;
    return found?.key instanceof CryptoKey ? found : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `key` in this browser's IndexedDB. Only a non-extractable key is ever stored. */
export async function rememberKey(key: ReportPrivateKey): Promise<void> {
  if (key.key.extractable) throw new TypeError('only a non-extractable key is remembered');
  await transact('readwrite', (store) => store.put({ key: key.key, x: key.x, y: key.y, kid: key.kid }, ENTRY));
}

/** Removes the remembered key from this browser. */
export async function forgetKey(): Promise<void> {
  await transact('readwrite', (store) => store.delete(ENTRY));
}
