/**
 * The reporter's follow-up code: the one secret that lets a person who sent a report read the
 * organisation's replies and answer them, without an account. DOM-free; WebCrypto only (browsers
 * over HTTPS, Node 20+). The construction, in full (docs/report-api.md repeats it):
 *
 * 1. code = 80 random bits (`crypto.getRandomValues`), written in Crockford base32 as four groups
 *    of four (`7KQM-4XWA-9PZD-3HRT`); read back ignoring case, spaces and dashes, with O read as 0
 *    and I or L as 1.
 * 2. lookup = HKDF-SHA-256(IKM = the 10 code bytes, salt = UTF-8 "safe-migration-kit follow-up v1",
 *    info = UTF-8 "lookup"), 32 bytes, base64url: sent to the receiver, which keeps only its SHA-256.
 * 3. reply key = HKDF-SHA-256(same IKM and salt, info = UTF-8 "reply key"), 32 bytes: an AES-256-GCM
 *    key that never travels in clear. With an organisation key it travels inside the encrypted
 *    report (`followUp.replyKey`), so only the organisation can read it.
 * 4. A reply = AES-256-GCM(reply key, iv = 12 random bytes, additional data = UTF-8
 *    "safe-migration-kit reply v1", the JSON `{"text": …}` padded with spaces to a multiple of
 *    1 KiB), as `{ v: 1, alg: "A256GCM", iv, ciphertext }`, base64url without padding.
 */
import * as z from 'zod/mini';
import { base64url, fromBase64url } from './crypto.js';
import { FollowUpError } from './errors.js';

/** Crockford's base32 alphabet: no I, L, O or U, so that a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 80 bits: sixteen base32 characters. */
const CODE_BYTES = 10;
const SALT = 'safe-migration-kit follow-up v1';
const REPLY_LABEL = 'safe-migration-kit reply v1';
const REPLY_BUCKET = 1024;
/** The longest reply or answer, in UTF-16 code units. */
export const followUpTextLimit = 10_000;

const utf8 = new TextEncoder();

/** A base64url string of 32 bytes (43 characters): a lookup token or a reply key. */
export const followUpSecretPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * A reply from the organisation, encrypted with the reply key.
 * @internal Validation schema; not part of the public API.
 */
export const encryptedReplySchema = z.strictObject({
  v: z.literal(1),
  alg: z.literal('A256GCM'),
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  ciphertext: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(90000)),
});

/** A reply encrypted with the reply key that the reporter's follow-up code gives. */
export interface EncryptedReply {
  v: 1;
  alg: 'A256GCM';
  /** 12-byte AES-GCM nonce, base64url. */
  iv: string;
  /** Ciphertext with its 16-byte tag, base64url. */
  ciphertext: string;
}

/** What a follow-up code gives: the token the receiver knows the report by, and the key replies are encrypted with. */
export interface FollowUpSecrets {
  /** The code, written the canonical way (`7KQM-4XWA-9PZD-3HRT`). */
  code: string;
  /** Sent to the receiver to find the report; base64url, 43 characters. */
  lookup: string;
  /** The AES-256-GCM key for replies, base64url (43 characters); never sent in clear. */
  replyKey: string;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new FollowUpError('report/crypto-unavailable', 'crypto.subtle is not available: serve the page over HTTPS (or from localhost)');
  }
  return s;
}

function encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

function group(chars: string): string {
  return chars.match(/.{4}/g)!.join('-');
}

/** Makes a new follow-up code: 80 random bits as four groups of four characters (`7KQM-4XWA-9PZD-3HRT`). */
export function newFollowUpCode(): string {
  return group(encode(globalThis.crypto.getRandomValues(new Uint8Array(CODE_BYTES))));
}

/**
 * Reads a code as a person typed or pasted it: case, spaces and dashes do not matter, and O, I and L
 * are read as 0, 1 and 1. Returns the canonical form, or throws `FollowUpError` with code
 * `report/follow-up-code-invalid` when it is not sixteen characters of the alphabet.
 */
export function parseFollowUpCode(input: string): string {
  const chars = String(input)
    .toUpperCase()
    .replace(/[\s\u00a0\u2010-\u2015-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== 16 || [...chars].some((c) => !ALPHABET.includes(c))) {
    throw new FollowUpError('report/follow-up-code-invalid', 'A follow-up code is sixteen letters and digits, like 7KQM-4XWA-9PZD-3HRT');
  }
  return group(chars);
}

function codeBytes(code: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(CODE_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const c of code.replace(/-/g, '')) {
    value = ((value << 5) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[i++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}

/**
 * Derives the lookup token and the reply key from a code (as typed: it is parsed first). The same
 * code gives the same values in every browser and in Node. Throws `FollowUpError`.
 */
export async function deriveFollowUp(input: string): Promise<FollowUpSecrets> {
  const code = parseFollowUpCode(input);
  const s = subtle();
  const ikm = await s.importKey('raw', codeBytes(code), 'HKDF', false, ['deriveBits']);
  const derive = async (info: string) =>
    base64url(new Uint8Array(await s.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: utf8.encode(SALT), info: utf8.encode(info) }, ikm, 256)));
  return { code, lookup: await derive('lookup'), replyKey: await derive('reply key') };
}

async function replyKey(key: string, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  if (!followUpSecretPattern.test(key)) throw new FollowUpError('report/key-invalid', 'A reply key is 32 bytes, base64url');
  return subtle().importKey('raw', fromBase64url(key), { name: 'AES-GCM' }, false, [usage]);
}

/**
 * Encrypts a reply to the reporter with the reply key found in their decrypted report
 * (`report.followUp.replyKey`): what the inbox page does before it sends a reply. Each call uses a
 * new IV. Throws `FollowUpError` for an empty or too long text or an unusable key.
 */
export async function encryptReply(text: string, key: string): Promise<EncryptedReply> {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > followUpTextLimit) {
    throw new FollowUpError('report/follow-up-text-invalid', `A reply is 1 to ${followUpTextLimit} characters`);
  }
  const bytes = utf8.encode(JSON.stringify({ text: trimmed }));
  const padded = new Uint8Array(Math.ceil(bytes.length / REPLY_BUCKET) * REPLY_BUCKET).fill(0x20);
  padded.set(bytes);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(REPLY_LABEL) }, await replyKey(key, 'encrypt'), padded);
  return { v: 1, alg: 'A256GCM', iv: base64url(iv), ciphertext: base64url(new Uint8Array(ciphertext)) };
}

/**
 * Decrypts a reply with the reply key (from `deriveFollowUp()`) and returns its text. Throws
 * `FollowUpError` with `report/decrypt-failed` for another key or a changed ciphertext.
 */
export async function decryptReply(reply: EncryptedReply, key: string): Promise<string> {
  const parsed = encryptedReplySchema.safeParse(reply);
  if (!parsed.success) throw new FollowUpError('report/envelope-invalid', 'This is not an encrypted reply', { cause: parsed.error });
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64url(parsed.data.iv), additionalData: utf8.encode(REPLY_LABEL) },
      await replyKey(key, 'decrypt'),
      fromBase64url(parsed.data.ciphertext),
    );
  } catch (error) {
    if (error instanceof FollowUpError) throw error;
    throw new FollowUpError('report/decrypt-failed', 'The reply could not be decrypted with this code', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch (error) {
    throw new FollowUpError('report/content-invalid', 'The decrypted reply is not JSON', { cause: error });
  }
  const content = z.strictObject({ text: z.string().check(z.maxLength(followUpTextLimit)) }).safeParse(json);
  if (!content.success) throw new FollowUpError('report/content-invalid', 'The decrypted reply has no text', { cause: content.error });
  return content.data.text;
}
