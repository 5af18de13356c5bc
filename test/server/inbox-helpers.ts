// Shared by the inbox tests: a receiver with the inbox on and a clock the test moves, a staff member
// enrolled through the real HTTP routes, and a software passkey that makes the same bytes a phone
// or security key does (ES256, "none" attestation), so that passkey sign-in runs through
// @simplewebauthn/server without a browser.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { hashToken, newToken } from '../../src/server/staff-store.js';
import { startTestReceiver } from './helpers.js';
import type { StoreBackend, TestReceiver } from './helpers.js';

export const INBOX_ORIGIN = 'https://reports.ngo.example';

export interface Clock {
  now: number;
}

export interface InboxReceiver extends TestReceiver {
  clock: Clock;
  /** Calls the inbox's API as its own page would (same Origin), with `cookie` when given. */
  api(method: string, path: string, options?: { body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<ApiReply>;
  /** Adds a staff member the way `staff add` does and returns the enrolment token. */
  addStaff(name: string, validMs?: number): Promise<string>;
}

export interface ApiReply {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | undefined;
  /** The `name=value` of the session cookie this reply set, if it set one with a value. */
  cookie: string | undefined;
}

export async function startInboxReceiver(
  options: {
    backend?: StoreBackend;
    origin?: string;
    signInPerMinute?: number;
    idleMinutes?: number;
    maxHours?: number;
    retentionDays?: number;
    publicKey?: JsonWebKey;
    pageDir?: string;
  } = {},
): Promise<InboxReceiver> {
  const clock: Clock = { now: Date.parse('2026-03-01T10:00:00Z') };
  const origin = options.origin ?? INBOX_ORIGIN;
  const receiver = await startTestReceiver({
    ...(options.backend ? { backend: options.backend } : {}),
    inbox: {
      origin,
      now: () => clock.now,
      signInPerMinute: options.signInPerMinute ?? 1000,
      ...(options.idleMinutes ? { idleMinutes: options.idleMinutes } : {}),
      ...(options.maxHours ? { maxHours: options.maxHours } : {}),
      ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
      ...(options.publicKey ? { publicKey: options.publicKey } : {}),
      ...(options.pageDir ? { pageDir: options.pageDir } : {}),
    },
  });
  const api: InboxReceiver['api'] = async (method, path, { body, cookie, headers = {} } = {}) => {
    const response = await fetch(`${receiver.url}${path}`, {
      method,
      headers: {
        origin,
        'sec-fetch-site': 'same-origin',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => /^[^=]+=./.test(c));
    let json: Record<string, unknown> | undefined;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json, cookie: set };
  };
  return {
    ...receiver,
    clock,
    api,
    addStaff: async (name, validMs = 72 * 3_600_000) => {
      const token = newToken();
      await receiver.db.staff.add(name, hashToken(token), clock.now + validMs);
      return token;
    },
  };
}

/** The current TOTP code for `secret` at `time` (ms), as an authenticator app shows it. */
export function totpCode(secret: string, time: number): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: time, period: 30, digits: 6, algorithm: 'SHA1' });
}

/** Enrols `name` with a password and TOTP through the HTTP routes; returns the session cookie and the TOTP secret. */
export async function enrolWithPassword(r: InboxReceiver, name: string, password = 'correct horse battery staple'): Promise<{ cookie: string; secret: string }> {
  const token = await r.addStaff(name);
  const start = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
  if (start.status !== 200) throw new Error(`enrolment start: ${start.status} ${start.text}`);
  const secret = (start.json?.totp as { secret: string }).secret;
  const done = await r.api('POST', '/inbox/api/enrolment/password', { body: { token, password, code: totpCode(secret, r.clock.now) } });
  if (done.status !== 200 || !done.cookie) throw new Error(`enrolment: ${done.status} ${done.text}`);
  // The enrolment used this time step's code: later sign-ins need the next one.
  r.clock.now += 30_000;
  return { cookie: done.cookie, secret };
}

// A minimal CBOR encoder: unsigned and negative integers, byte and text strings, and maps.
function head(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 256) return Buffer.from([(major << 5) | 24, value]);
  const b = Buffer.alloc(3);
  b[0] = (major << 5) | 25;
  b.writeUInt16BE(value, 1);
  return b;
}
type Cbor = number | string | Buffer | Map<Cbor, Cbor>;
function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const b64url = (b: Buffer) => b.toString('base64url');

/** A passkey in software: ES256, user verified, with a signature counter. */
export class SoftPasskey {
  readonly id = randomBytes(16);
  readonly #key: KeyObject;
  readonly #public: { x: string; y: string };
  counter = 0;

  constructor(
    readonly rpId: string,
    readonly origin: string,
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.#key = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.#public = { x: jwk.x!, y: jwk.y! };
  }

  #authData(flags: number, attested?: Buffer): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    return Buffer.concat([createHash('sha256').update(this.rpId).digest(), Buffer.from([flags]), counter, ...(attested ? [attested] : [])]);
  }

  /** What `navigator.credentials.create()` returns, as JSON, for these creation options. */
  register(options: { challenge: string }, clientOrigin = this.origin): Record<string, unknown> {
    const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: clientOrigin, crossOrigin: false }));
    const coseKey = cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(this.#public.x, 'base64url')],
        [-3, Buffer.from(this.#public.y, 'base64url')],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.id.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.id, coseKey]);
    // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', this.#authData(0x45, attested)],
      ]),
    );
    return {
      id: b64url(this.id),
      rawId: b64url(this.id),
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
    };
  }

  /** What `navigator.credentials.get()` returns, as JSON, for these request options. */
  authenticate(options: { challenge: string }, clientOrigin = this.origin): Record<string, unknown> {
    this.counter += 1;
    const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: clientOrigin, crossOrigin: false }));
    const authData = this.#authData(0x05);
    const signature = sign('sha256', Buffer.concat([authData, createHash('sha256').update(clientData).digest()]), this.#key);
    return {
      id: b64url(this.id),
      rawId: b64url(this.id),
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature) },
      clientExtensionResults: {},
    };
  }
}
