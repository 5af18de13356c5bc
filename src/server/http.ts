/** What the receiver's routes share: a refusal with its status and code, and reading a bounded body. */
import type { IncomingMessage } from 'node:http';
import type { ReceiverErrorCode } from '../sdk/report/receiver-codes.js';
import type { SchemaIssueCode } from '../sdk/schema-issues.js';
import type { EnvelopeIssue } from './envelope.js';
import type { InboxErrorCode } from './inbox.js';

/** One problem in a refused report or envelope, as the 422 reply lists it. */
export interface WireIssue {
  path: string;
  code: SchemaIssueCode | EnvelopeIssue['code'];
}

/** An answer other than success: the status, the error code and message the JSON reply carries. */
export class Refusal {
  constructor(
    readonly status: number,
    readonly code: ReceiverErrorCode | InboxErrorCode,
    readonly message: string,
    readonly extra: { headers?: Record<string, string>; issues?: WireIssue[] } = {},
  ) {}
}

/** The sender went away before the whole body arrived (a phone that lost its network). */
export class Aborted {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => reject(new Aborted()));
    req.once('close', () => {
      if (!req.complete) reject(new Aborted());
    });
  });
}
