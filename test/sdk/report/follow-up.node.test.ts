import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { FollowUpError, decryptReply, deriveFollowUp, encryptReply, newFollowUpCode, parseFollowUpCode } from '../../../src/sdk/index.js';

const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

function codeError(run: () => unknown): FollowUpError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FollowUpError);
    return error;
  }
  assert.fail('expected a FollowUpError');
}

test('a new code is sixteen Crockford characters in four groups, and codes do not repeat', () => {
  const codes = new Set(Array.from({ length: 2000 }, () => newFollowUpCode()));
  assert.equal(codes.size, 2000);
  for (const code of codes) assert.match(code, SHAPE);
  // Every character of the alphabet turns up in every position: all 80 bits are random, none fixed.
  const seen = Array.from({ length: 16 }, () => new Set<string>());
  for (const code of codes) [...code.replace(/-/g, '')].forEach((c, i) => seen[i]!.add(c));
  for (const position of seen) assert.equal(position.size, 32);
});

test('a code is read back forgivingly: case, spaces, dashes, O for 0, I and L for 1', () => {
  assert.equal(parseFollowUpCode('7kqm 4xwa 9pzd 3hrt'), '7KQM-4XWA-9PZD-3HRT');
  assert.equal(parseFollowUpCode(' 7KQM4XWA9PZD3HRT '), '7KQM-4XWA-9PZD-3HRT');
  assert.equal(parseFollowUpCode('1O1O-IL00-aaaa-zzzz'), '1010-1100-AAAA-ZZZZ');
  assert.equal(parseFollowUpCode('7KQM–4XWA—9PZD-3HRT'), '7KQM-4XWA-9PZD-3HRT', 'typographic dashes from a word processor');
  for (const bad of ['', '7KQM-4XWA-9PZD', '7KQM-4XWA-9PZD-3HRT-1', '7KQM-4XWA-9PZD-3HRU', 'ЖKQM-4XWA-9PZD-3HRT']) {
    assert.equal(codeError(() => parseFollowUpCode(bad)).code, 'report/follow-up-code-invalid', bad);
  }
});

test('the same code gives the same lookup and reply key however it is typed, and they differ from each other', async () => {
  const code = newFollowUpCode();
  const a = await deriveFollowUp(code);
  const b = await deriveFollowUp(code.toLowerCase().replace(/-/g, ' '));
  assert.deepEqual(a, b);
  assert.match(a.lookup, /^[A-Za-z0-9_-]{43}$/);
  assert.match(a.replyKey, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a.lookup, a.replyKey);
  assert.notEqual((await deriveFollowUp(newFollowUpCode())).lookup, a.lookup);
});

test('the derivation is HKDF-SHA-256 as documented (checked against node:crypto HMAC)', async () => {
  // "0000-0000-0000-0001": ten bytes, the last one 1 (sixteen characters hold 80 bits exactly).
  const ikm = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  const salt = Buffer.from('safe-migration-kit follow-up v1');
  const prk = createHmac('sha256', salt).update(ikm).digest();
  const expand = (info: string) => createHmac('sha256', prk).update(Buffer.concat([Buffer.from(info), Buffer.from([1])])).digest().toString('base64url');
  const derived = await deriveFollowUp('0000-0000-0000-0001');
  assert.equal(derived.lookup, expand('lookup'));
  assert.equal(derived.replyKey, expand('reply key'));
});

test('a reply encrypted with the reply key opens with the same code, padded to 1 KiB, and not with another', async () => {
  const { replyKey } = await deriveFollowUp(newFollowUpCode());
  const reply = await encryptReply('  Мы получили ваше сообщение. Звоните нам вечером.  ', replyKey);
  assert.equal(reply.alg, 'A256GCM');
  assert.equal(Buffer.from(reply.ciphertext, 'base64url').length, 1024 + 16);
  assert.equal(await decryptReply(reply, replyKey), 'Мы получили ваше сообщение. Звоните нам вечером.');
  assert.notEqual((await encryptReply('same', replyKey)).ciphertext, (await encryptReply('same', replyKey)).ciphertext);

  const other = (await deriveFollowUp(newFollowUpCode())).replyKey;
  await assert.rejects(decryptReply(reply, other), (error: unknown) => error instanceof FollowUpError && error.code === 'report/decrypt-failed');
  const changed = { ...reply, ciphertext: `A${reply.ciphertext.slice(1)}` };
  await assert.rejects(decryptReply(changed, replyKey), (error: unknown) => error instanceof FollowUpError && error.code === 'report/decrypt-failed');
  await assert.rejects(encryptReply('   ', replyKey), (error: unknown) => error instanceof FollowUpError && error.code === 'report/follow-up-text-invalid');
  await assert.rejects(encryptReply('x'.repeat(10_001), replyKey), (error: unknown) => error instanceof FollowUpError && error.code === 'report/follow-up-text-invalid');
});
