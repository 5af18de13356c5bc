/**
 * What the receiver can check of an encrypted envelope without the private key: that it has the
 * shape only `encryptReport()` makes. The schema checks the characters; this checks the bytes, so
 * that `--encrypted-only` cannot be met by a plaintext report dressed as an envelope.
 */
import { webcrypto } from 'node:crypto';
import { reportPaddingBuckets } from '../sdk/report/crypto.js';
import type { EncryptedReport } from '../sdk/report/schema.js';

/** One reason an envelope is refused, as the 422 reply lists it. */
export interface EnvelopeIssue {
  path: string;
  code: 'not-on-curve' | 'not-a-bucket' | 'not-ciphertext';
}

const GCM_TAG_BYTES = 16;

/**
 * Returns why `envelope` cannot have come from `encryptReport()`, or an empty list. The ciphertext
 * must be one padding bucket (1 KiB to 64 KiB, a power of two) plus the GCM tag, must not read as
 * UTF-8 text (AES-GCM output of 1 KiB does so with a chance far below one in a trillion), and the
 * ephemeral key must be a point on P-256.
 */
export async function envelopeIssues(envelope: EncryptedReport): Promise<EnvelopeIssue[]> {
  const issues: EnvelopeIssue[] = [];
  const bytes = Buffer.from(envelope.ciphertext, 'base64url');
  const padded = bytes.length - GCM_TAG_BYTES;
  let bucket = reportPaddingBuckets.min;
  while (bucket < padded) bucket *= 2;
  if (bucket !== padded || bucket > reportPaddingBuckets.max) issues.push({ path: 'ciphertext', code: 'not-a-bucket' });
  let text = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = false;
  }
  if (text) issues.push({ path: 'ciphertext', code: 'not-ciphertext' });
  try {
    await webcrypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: envelope.epk.x, y: envelope.epk.y }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  } catch {
    issues.push({ path: 'epk', code: 'not-on-curve' });
  }
  return issues;
}
