/**
 * End-to-end encryption of a report to the receiving organisation's public key, with WebCrypto
 * only (browsers over HTTPS, Node 20+). The construction, in full (docs/report-api.md repeats it
 * for anyone who decrypts with other tools):
 *
 * 1. An ephemeral ECDH P-256 key pair is made for each report; Z = ECDH(ephemeral private key,
 *    organisation public key), 32 bytes.
 * 2. key = HKDF-SHA-256(IKM = Z, salt = UTF-8 "safe-migration-kit report v1",
 *    info = ephemeral public point ‖ organisation public point, both uncompressed (65 bytes each)),
 *    32 bytes, used as an AES-256-GCM key.
 * 3. plaintext = the report's JSON (UTF-8) followed by spaces up to the size bucket: the smallest
 *    power of two from 1 KiB to 64 KiB that holds it. JSON ignores the spaces.
 * 4. ciphertext = AES-256-GCM(key, iv = 12 random bytes, additional data = UTF-8
 *    "safe-migration-kit report v1", plaintext), tag appended; everything base64url without padding.
 */
import * as z from 'zod/mini';
import { ReportCryptoError } from './errors.js';
import { encryptedReportSchema, reportSchema } from './schema.js';
import type { EncryptedReport, Report } from './schema.js';

const LABEL = 'safe-migration-kit report v1';
const ALG = 'ECDH-ES+HKDF-SHA-256+A256GCM';
/** The smallest and largest padded plaintext, in bytes. */
export const reportPaddingBuckets = { min: 1024, max: 65536 } as const;

const coordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
const publicJwkSchema = z.looseObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: coordinate, y: coordinate });
const privateJwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: coordinate,
  y: coordinate,
  d: coordinate,
});

type Coordinates = { x: string; y: string };

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new ReportCryptoError('report/crypto-unavailable', 'crypto.subtle is not available: serve the page over HTTPS (or from localhost)');
  }
  return s;
}

const utf8 = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function rawPoint({ x, y }: Coordinates): Uint8Array<ArrayBuffer> {
  const point = new Uint8Array(65);
  point[0] = 4;
  point.set(fromBase64url(x), 1);
  point.set(fromBase64url(y), 33);
  return point;
}

/**
 * Checks that `jwk` is an ECDH P-256 public key, and only that: a JWK that carries the private
 * part `d` is refused, because a private key placed in a web page can be read by anyone.
 * Returns the key's coordinates.
 */
export function parseReportPublicKey(jwk: unknown): Coordinates {
  if (typeof jwk === 'object' && jwk !== null && 'd' in jwk) {
    throw new ReportCryptoError('report/key-is-private', 'This is a private key: put only the public key (public.jwk) in the page');
  }
  const parsed = publicJwkSchema.safeParse(jwk);
  if (!parsed.success) {
    throw new ReportCryptoError('report/key-invalid', 'The public key must be an EC P-256 JWK with x and y', { cause: parsed.error });
  }
  return { x: parsed.data.x, y: parsed.data.y };
}

function parsePrivateKey(jwk: unknown): Coordinates & { d: string } {
  const parsed = privateJwkSchema.safeParse(jwk);
  if (!parsed.success) {
    throw new ReportCryptoError('report/key-invalid', 'The private key must be an EC P-256 JWK with x, y and d', { cause: parsed.error });
  }
  return { x: parsed.data.x, y: parsed.data.y, d: parsed.data.d };
}

/** The key's RFC 7638 thumbprint (SHA-256, base64url): the `kid` that names it in envelopes. */
export async function reportKeyId(jwk: JsonWebKey): Promise<string> {
  const { x, y } = 'd' in jwk ? parsePrivateKey(jwk) : parseReportPublicKey(jwk);
  const canonical = `{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`;
  return base64url(new Uint8Array(await subtle().digest('SHA-256', utf8.encode(canonical))));
}

async function aesKey(shared: ArrayBuffer, ephemeral: Coordinates, recipient: Coordinates, usage: 'encrypt' | 'decrypt') {
  const s = subtle();
  const ikm = await s.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const info = new Uint8Array(130);
  info.set(rawPoint(ephemeral), 0);
  info.set(rawPoint(recipient), 65);
  return s.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8.encode(LABEL), info },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Pads the report's JSON with spaces up to its size bucket. */
function pad(json: string): Uint8Array<ArrayBuffer> {
  const bytes = utf8.encode(json);
  let size = reportPaddingBuckets.min;
  while (size < bytes.length) size *= 2;
  if (size > reportPaddingBuckets.max) {
    throw new ReportCryptoError('report/too-large', `The report is ${bytes.length} bytes, over the ${reportPaddingBuckets.max}-byte limit`);
  }
  const padded = new Uint8Array(size).fill(0x20);
  padded.set(bytes);
  return padded;
}

/** Makes a new organisation key pair; the public key goes into the web page, the private key never does. */
export async function generateReportKeyPair(): Promise<{ publicKey: JsonWebKey; privateKey: JsonWebKey }> {
  const s = subtle();
  const pair = await s.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const publicJwk = await s.exportKey('jwk', pair.publicKey);
  const privateJwk = await s.exportKey('jwk', pair.privateKey);
  const kid = await reportKeyId(publicJwk);
  const { x, y } = parseReportPublicKey(publicJwk);
  const { d } = parsePrivateKey(privateJwk);
  // `kid` is a registered JWK member (RFC 7517) that TypeScript's JsonWebKey type leaves out.
  const publicKey: JsonWebKey & { kid: string } = { kty: 'EC', crv: 'P-256', x, y, kid };
  const privateKey: JsonWebKey & { kid: string } = { kty: 'EC', crv: 'P-256', x, y, d, kid };
  return { publicKey, privateKey };
}

/**
 * Encrypts a report to the organisation's public key. Each call makes a new ephemeral key and IV,
 * so the same report gives a different envelope every time; `ReportClient` encrypts once per report
 * and resends that same envelope.
 */
export async function encryptReport(report: Report, publicKey: JsonWebKey): Promise<EncryptedReport> {
  const recipient = parseReportPublicKey(publicKey);
  const s = subtle();
  let recipientKey: CryptoKey;
  try {
    recipientKey = await s.importKey('jwk', { kty: 'EC', crv: 'P-256', ...recipient }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  } catch (error) {
    throw new ReportCryptoError('report/key-invalid', 'The public key is not a point on P-256', { cause: error });
  }
  const plaintext = pad(JSON.stringify(report));
  const ephemeral = await s.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const ephemeralJwk = parseReportPublicKey(await s.exportKey('jwk', ephemeral.publicKey));
  const shared = await s.deriveBits({ name: 'ECDH', public: recipientKey }, ephemeral.privateKey, 256);
  const key = await aesKey(shared, ephemeralJwk, recipient, 'encrypt');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await s.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(LABEL) }, key, plaintext);
  return {
    v: 1,
    alg: ALG,
    kid: await reportKeyId({ kty: 'EC', crv: 'P-256', ...recipient }),
    epk: { kty: 'EC', crv: 'P-256', x: ephemeralJwk.x, y: ephemeralJwk.y },
    iv: base64url(iv),
    ciphertext: base64url(new Uint8Array(ciphertext)),
  };
}

/**
 * The organisation's private key imported into WebCrypto: the key itself, which may be
 * non-extractable (its private part can then never be read back, not even by the page), and the
 * public coordinates the decryption needs beside it. A browser's IndexedDB stores it as it is.
 */
export interface ReportPrivateKey {
  /** The ECDH P-256 private key, usable only for `deriveBits`. */
  readonly key: CryptoKey;
  /** The public point's coordinates, base64url. */
  readonly x: string;
  readonly y: string;
  /** The key's RFC 7638 thumbprint, as envelopes name it. */
  readonly kid: string;
}

/**
 * Imports the private key file `keygen` wrote (private.jwk) into WebCrypto. With `extractable:
 * false` (the default) nothing can read the private part out of the result again: a case worker's
 * browser can keep it in IndexedDB without the page ever holding the key's bytes.
 */
export async function importReportPrivateKey(jwk: unknown, options: { extractable?: boolean } = {}): Promise<ReportPrivateKey> {
  const own = parsePrivateKey(jwk);
  let key: CryptoKey;
  try {
    key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', ...own }, { name: 'ECDH', namedCurve: 'P-256' }, options.extractable ?? false, ['deriveBits']);
  } catch (error) {
    throw new ReportCryptoError('report/key-invalid', 'The private key is not a P-256 key', { cause: error });
  }
  return { key, x: own.x, y: own.y, kid: await reportKeyId({ kty: 'EC', crv: 'P-256', x: own.x, y: own.y }) };
}

/**
 * Decrypts an envelope with the organisation's private key — its JWK, or the key imported by
 * `importReportPrivateKey()` — and checks the result against the report schema. For the
 * organisation's side (the `decrypt` command, the inbox page); never put a private key in a page
 * that people who report see.
 */
export async function decryptReport(envelope: EncryptedReport, privateKey: JsonWebKey | ReportPrivateKey): Promise<Report> {
  const parsed = encryptedReportSchema.safeParse(envelope);
  if (!parsed.success) throw new ReportCryptoError('report/envelope-invalid', 'This is not an encrypted report envelope', { cause: parsed.error });
  const env = parsed.data;
  const own = 'key' in privateKey ? privateKey : await importReportPrivateKey(privateKey);
  const recipient = { x: own.x, y: own.y };
  if (env.kid !== undefined && env.kid !== own.kid) {
    throw new ReportCryptoError('report/wrong-key', `The report was encrypted to key ${env.kid}, not to this one`);
  }
  const s = subtle();
  let plaintext: ArrayBuffer;
  try {
    const epk = await s.importKey('jwk', { kty: 'EC', crv: 'P-256', x: env.epk.x, y: env.epk.y }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const shared = await s.deriveBits({ name: 'ECDH', public: epk }, own.key, 256);
    const key = await aesKey(shared, env.epk, recipient, 'decrypt');
    plaintext = await s.decrypt(
      { name: 'AES-GCM', iv: fromBase64url(env.iv), additionalData: utf8.encode(LABEL) },
      key,
      fromBase64url(env.ciphertext),
    );
  } catch (error) {
    throw new ReportCryptoError('report/decrypt-failed', 'The report could not be decrypted with this key (another key, or changed ciphertext)', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch (error) {
    throw new ReportCryptoError('report/content-invalid', 'The decrypted text is not JSON', { cause: error });
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) throw new ReportCryptoError('report/content-invalid', 'The decrypted text is not a valid report', { cause: report.error });
  return report.data;
}
