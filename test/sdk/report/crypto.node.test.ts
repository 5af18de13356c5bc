import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  ReportCryptoError,
  decryptReport,
  encryptReport,
  generateReportKeyPair,
  importReportPrivateKey,
  reportKeyId,
} from '../../../src/sdk/index.js';
import { encryptedReportSchema, reportSchema } from '../../../src/sdk/report/schema.js';
import type { EncryptedReport, Report } from '../../../src/sdk/index.js';
import { fixtureEnvelope, fixtureReport, testKeys } from './crypto-fixture.js';

const report: Report = reportSchema.parse({
  description: 'Они забрали паспорт. Ular pasportni olib qo‘yishdi.',
  consent: true,
  where: { country: 'KZ', city: 'Shymkent' },
  dangerNow: 'yes',
});

const bytes = (envelope: EncryptedReport) => Buffer.from(envelope.ciphertext, 'base64url').length;

async function cryptoCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ReportCryptoError, String(error));
    return error.code;
  }
  return 'no error';
}

test('a report encrypted to the public key decrypts with the private key to the same report', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const envelope = await encryptReport(report, publicKey);
  assert.ok(encryptedReportSchema.safeParse(envelope).success);
  assert.equal(envelope.alg, 'ECDH-ES+HKDF-SHA-256+A256GCM');
  assert.doesNotMatch(JSON.stringify(envelope), /Shymkent|паспорт/);
  assert.deepEqual(await decryptReport(envelope, privateKey), report);
});

test('the same report encrypts differently each time (new ephemeral key and IV)', async () => {
  const { publicKey } = await generateReportKeyPair();
  const a = await encryptReport(report, publicKey);
  const b = await encryptReport(report, publicKey);
  assert.notEqual(a.ciphertext, b.ciphertext);
  assert.notDeepEqual(a.epk, b.epk);
});

test('reports are padded to a size bucket, so a short and a longer report look the same size', async () => {
  const { publicKey } = await generateReportKeyPair();
  const short = await encryptReport({ description: 'help', consent: true }, publicKey);
  const longer = await encryptReport({ description: 'x'.repeat(900), consent: true }, publicKey);
  assert.equal(bytes(short), 1024 + 16);
  assert.equal(bytes(longer), 1024 + 16);
  const bigger = await encryptReport({ description: 'x'.repeat(1500), consent: true }, publicKey);
  assert.equal(bytes(bigger), 2048 + 16);
});

test('the largest possible report still fits the envelope schema', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  // Control characters cost six bytes each in JSON: the worst case for the 10,000-character limit.
  const worst = reportSchema.parse({ description: '\u0001'.repeat(10_000), consent: true });
  const envelope = await encryptReport(worst, publicKey);
  assert.equal(bytes(envelope), 65536 + 16);
  assert.ok(encryptedReportSchema.safeParse(envelope).success);
  assert.deepEqual(await decryptReport(envelope, privateKey), worst);
});

test('kid is the RFC 7638 thumbprint of the public key', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const canonical = JSON.stringify({ crv: 'P-256', kty: 'EC', x: publicKey.x, y: publicKey.y });
  const expected = createHash('sha256').update(canonical).digest('base64url');
  assert.equal(await reportKeyId(publicKey), expected);
  assert.equal(await reportKeyId(privateKey), expected);
  assert.equal((publicKey as { kid?: string }).kid, expected);
  assert.equal((await encryptReport(report, publicKey)).kid, expected);
  assert.equal('d' in publicKey, false, 'the public key carries no private part');
});

test('another key cannot open the report: wrong-key by kid, decrypt-failed without one', async () => {
  const { publicKey } = await generateReportKeyPair();
  const other = await generateReportKeyPair();
  const envelope = await encryptReport(report, publicKey);
  assert.equal(await cryptoCode(decryptReport(envelope, other.privateKey)), 'report/wrong-key');
  const { kid: _kid, ...withoutKid } = envelope;
  assert.equal(await cryptoCode(decryptReport(withoutKid, other.privateKey)), 'report/decrypt-failed');
});

test('a changed ciphertext or IV is detected, and a malformed envelope is refused', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const envelope = await encryptReport(report, publicKey);
  const flipped = Buffer.from(envelope.ciphertext, 'base64url');
  flipped[10] = flipped[10]! ^ 1;
  assert.equal(await cryptoCode(decryptReport({ ...envelope, ciphertext: flipped.toString('base64url') }, privateKey)), 'report/decrypt-failed');
  const iv = Buffer.from(envelope.iv, 'base64url');
  iv[0] = iv[0]! ^ 1;
  assert.equal(await cryptoCode(decryptReport({ ...envelope, iv: iv.toString('base64url') }, privateKey)), 'report/decrypt-failed');
  assert.equal(await cryptoCode(decryptReport({ ...envelope, v: 2 } as unknown as EncryptedReport, privateKey)), 'report/envelope-invalid');
});

test('keys of the wrong kind are refused with typed errors', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  assert.equal(await cryptoCode(encryptReport(report, privateKey)), 'report/key-is-private');
  assert.equal(await cryptoCode(encryptReport(report, { kty: 'EC', crv: 'P-384', x: publicKey.x, y: publicKey.y })), 'report/key-invalid');
  // Right shape, but not a point on the curve.
  assert.equal(await cryptoCode(encryptReport(report, { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) })), 'report/key-invalid');
  const envelope = await encryptReport(report, publicKey);
  assert.equal(await cryptoCode(decryptReport(envelope, publicKey)), 'report/key-invalid');
});

test('an envelope made earlier still decrypts: the format and key derivation are stable', async () => {
  assert.deepEqual(await decryptReport(fixtureEnvelope, testKeys.privateKey), fixtureReport);
  assert.equal(await reportKeyId(testKeys.publicKey), testKeys.publicKey.kid);
});

test('a private key imported as non-extractable opens reports, names its kid, and cannot be read back', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const imported = await importReportPrivateKey(privateKey);
  assert.equal(imported.key.extractable, false);
  assert.equal(imported.kid, await reportKeyId(publicKey));
  await assert.rejects(crypto.subtle.exportKey('jwk', imported.key));
  const envelope = await encryptReport(report, publicKey);
  assert.deepEqual(await decryptReport(envelope, imported), report);
  const other = await importReportPrivateKey((await generateReportKeyPair()).privateKey);
  assert.equal(await cryptoCode(decryptReport(envelope, other)), 'report/wrong-key');
  assert.equal(await cryptoCode(decryptReport({ ...envelope, kid: undefined } as never, other)), 'report/decrypt-failed');
  assert.equal(await cryptoCode(importReportPrivateKey(publicKey)), 'report/key-invalid');
});
