// One style of error code across SDK, widgets, receiver and CLI: `area/what`. The list below is
// checked by the type checker against every code union (a missing or extra code fails `npm run
// typecheck`), and here against the shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { receiverErrorCodes } from '../../src/sdk/index.js';
import type { SdkErrorCode } from '../../src/sdk/index.js';
import type { PosterErrorCode } from '../../src/cli/poster-render.js';
import type { InboxRequestErrorCode } from '../../src/inbox/api.js';
import type { InboxErrorCode } from '../../src/server/inbox.js';
import type { ReceiverLogCode } from '../../src/server/receiver.js';
import type { ReportDatabaseErrorCode } from '../../src/server/store.js';
import type { QuizSetErrorCode } from '../../src/widgets/offer-quiz/quiz-set.js';
import type { SafeReportFailureCode } from '../../src/widgets/report-form/events.js';
import type { SafeAttributeError } from '../../src/widgets/shared/errors.js';

type EveryCode =
  | SdkErrorCode
  | SafeAttributeError['code']
  | QuizSetErrorCode
  | SafeReportFailureCode
  | PosterErrorCode
  | ReportDatabaseErrorCode
  | ReceiverLogCode
  | InboxRequestErrorCode;

/** The codes only the case workers' inbox answers with; a reporter's `ReportClient` never meets them. */
const inboxCodes = {
  'receiver/not-signed-in': true,
  'receiver/cross-origin': true,
  'receiver/sign-in-failed': true,
  'receiver/sign-in-rate-limited': true,
  'receiver/enrolment-link-invalid': true,
  'receiver/password-too-short': true,
  'receiver/request-invalid': true,
  'receiver/report-not-found': true,
  'receiver/note-must-be-encrypted': true,
  'receiver/assignee-unknown': true,
  'receiver/inbox-unavailable': true,
  'receiver/reply-must-be-encrypted': true,
  'receiver/follow-up-unavailable': true,
} as const satisfies Record<InboxErrorCode, true>;

/** The inbox page's own codes: no reply came, or the browser's passkey dialog failed. */
const inboxPageCodes = {
  'receiver/network': true,
  'inbox/passkey-failed': true,
} as const;

const everyCode = {
  'hotline/data-malformed-json': true,
  'hotline/data-invalid': true,
  'hotline/load-timeout': true,
  'hotline/load-http-status': true,
  'hotline/load-network': true,
  'hotline/load-aborted': true,
  'hotline/load-url-invalid': true,
  'hotline/load-insecure': true,
  'hotline/query-invalid': true,
  'hotline/report-channel-invalid': true,
  'offer-check/invalid-text': true,
  'offer-check/invalid-options': true,
  'offer-check/invalid-item': true,
  'offer-check/invalid-rules': true,
  'report/invalid': true,
  'report/network': true,
  'report/timeout': true,
  'report/deadline': true,
  'report/rate-limited': true,
  'report/server': true,
  'report/rejected': true,
  'report/bad-reply': true,
  'report/aborted': true,
  'report/key-invalid': true,
  'report/key-is-private': true,
  'report/wrong-key': true,
  'report/crypto-unavailable': true,
  'report/envelope-invalid': true,
  'report/decrypt-failed': true,
  'report/content-invalid': true,
  'report/too-large': true,
  'report/endpoint-invalid': true,
  'report/endpoint-insecure': true,
  'report/store-needs-public-key': true,
  'report/option-invalid': true,
  'report/setup-failed': true,
  'report/follow-up-code-invalid': true,
  'report/follow-up-not-found': true,
  'report/follow-up-text-invalid': true,
  'widget/attribute-invalid': true,
  'quiz/offers-not-json': true,
  'quiz/offers-invalid': true,
  'poster/dependency-missing': true,
  'poster/font-missing': true,
  'poster/chromium-missing': true,
  'poster/render-failed': true,
  'database/sqlite-missing': true,
  'database/sqlite-failed': true,
  'database/postgres-missing': true,
  'database/postgres-failed': true,
  'database/not-a-report-database': true,
  'receiver/idempotency-key-missing': true,
  'receiver/idempotency-key-invalid': true,
  'receiver/malformed-json': true,
  'receiver/origin-not-allowed': true,
  'receiver/not-found': true,
  'receiver/method-not-allowed': true,
  'receiver/too-large': true,
  'receiver/unsupported-media-type': true,
  'receiver/report-invalid': true,
  'receiver/envelope-invalid': true,
  'receiver/encryption-required': true,
  'receiver/idempotency-key-reused': true,
  'receiver/rate-limited': true,
  'receiver/internal': true,
  'receiver/storage-unavailable': true,
  'receiver/follow-up-invalid': true,
  'receiver/follow-up-not-found': true,
  'receiver/answer-must-be-encrypted': true,
  'receiver/aborted': true,
  ...inboxCodes,
  ...inboxPageCodes,
} as const satisfies Record<EveryCode, true>;

/** The error classes whose codes `EveryCode` covers; a new subclass must add its codes above. */
const covered = [
  'HotlineDataError',
  'HotlineLoadError',
  'HotlineQueryError',
  'NumberReportChannelError',
  'OfferCheckError',
  'ReportValidationError',
  'ReportDeliveryError',
  'ReportCryptoError',
  'ReportConfigError',
  'FollowUpError',
  'SafeAttributeError',
  'QuizSetError',
  'PosterError',
  'ReportDatabaseError',
  'InboxRequestError',
];

const AREA_WHAT = /^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

test('every error code, in SDK, widgets, receiver and CLI, is area/what in lowercase words', () => {
  const codes = Object.keys(everyCode);
  assert.ok(codes.length >= 60);
  for (const code of codes) assert.match(code, AREA_WHAT, code);
  assert.deepEqual(
    [...new Set(codes.map((c) => c.split('/')[0]))].sort(),
    ['database', 'hotline', 'inbox', 'offer-check', 'poster', 'quiz', 'receiver', 'report', 'widget'],
  );
});

test('the receiver codes the SDK reads replies with are the receiver/ codes of the list', () => {
  const listed = Object.keys(everyCode).filter((c) => c.startsWith('receiver/') && c !== 'receiver/aborted' && !(c in inboxCodes) && !(c in inboxPageCodes));
  assert.deepEqual([...receiverErrorCodes].sort(), listed.sort());
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('every SafeError subclass in src names its exact code union, and its codes are in the list', () => {
  const found: string[] = [];
  for (const file of sources('src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/class (\w+) extends SafeError(<[^>]+>)?/g)) {
      assert.ok(m[2], `${m[1]} in ${file} extends SafeError without its code union`);
      found.push(m[1]!);
    }
  }
  assert.deepEqual(found.sort(), [...covered].sort());
});
