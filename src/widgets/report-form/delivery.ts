/**
 * Delivery of the form's report: the `ReportClient` made from the form's setup, the one report
 * waiting to be confirmed, and its tries. The report stays here after a failed try, so that
 * "Try again", or Send with the same answers, sends it with the same idempotency key and a try
 * that did arrive is not stored twice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SafeError } from '../../sdk/errors.js';
import { ReportClient } from '../../sdk/report/client.js';
import type { PendingReport, ReportClientOptions } from '../../sdk/report/client.js';
import { parseReportPublicKey } from '../../sdk/report/crypto.js';
import { FollowUpError, ReportConfigError, ReportCryptoError, ReportDeliveryError } from '../../sdk/report/errors.js';
import type { FollowUpThread } from '../../sdk/report/pending.js';
import type { Report } from '../../sdk/report/schema.js';
import { validateReport } from '../../sdk/report/validate.js';
import type { SafeReportFailureCode } from './events.js';

/** The delivery client's options a site may tune: timeouts and retries for very slow networks. */
export type ReportFormDeliveryOptions = Pick<ReportClientOptions, 'timeout' | 'deadline' | 'retries' | 'backoff' | 'fetch'>;

/** The form's setup, as its attributes hold it. */
export interface DeliverySetup {
  endpoint: string;
  publicKey: string;
  options: ReportFormDeliveryOptions;
  /** Give each report a follow-up code (the `follow-up` attribute). */
  followUp: boolean;
}

/** One attribute that stops sending, and why. */
export interface SetupProblem {
  attribute: 'endpoint' | 'public-key' | 'deliveryOptions';
  error: SafeError;
}

/** How a try ended: confirmed, failed, or overtaken by a wipe or a newer try. */
export type DeliveryOutcome =
  /** `followUpCode` only when the receiver keeps the report's follow-up lookup. */
  | { kind: 'sent'; receipt: string; followUpCode?: string }
  | { kind: 'failed'; code: SafeReportFailureCode; retryable: boolean }
  | { kind: 'superseded' };

export class ReportDelivery implements ReactiveController {
  private client: ReportClient | undefined;
  #pending: PendingReport | undefined;
  #sending: AbortController | undefined;
  #setupError: SafeError | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Why this setup cannot send reports, or `undefined`. */
  get setupError(): SafeError | undefined {
    return this.#setupError;
  }

  /** Whether there is a report to send again. */
  get canRetry(): boolean {
    return !!this.#pending && !!this.client;
  }

  /**
   * Makes the client for `setup` and returns each attribute that stops sending, so that a site
   * with two mistakes sees both. Setting up again forgets any unsent report.
   */
  configure(setup: DeliverySetup): SetupProblem[] {
    this.client?.discardAll();
    this.client = undefined;
    this.#pending = undefined;
    let publicKey: JsonWebKey | undefined;
    let keyProblem: SafeError | undefined;
    if (setup.publicKey.trim()) {
      try {
        publicKey = parsePublicKeyText(setup.publicKey);
      } catch (error) {
        keyProblem = error instanceof SafeError ? error : new ReportCryptoError('report/key-invalid', String(error));
      }
    }
    let clientProblem: SafeError | undefined;
    // With no endpoint the site may deliver reports itself (safe-report-submit); sending says so if not.
    if (setup.endpoint.trim()) {
      try {
        const client = new ReportClient({ ...setup.options, endpoint: setup.endpoint, publicKey, followUp: setup.followUp });
        // A bad key stops sending even when the endpoint is fine: the report must never go unencrypted.
        if (!keyProblem) this.client = client;
      } catch (error) {
        clientProblem = error instanceof SafeError ? error : new ReportConfigError('report/option-invalid', String(error));
      }
    }
    this.#setupError = keyProblem ?? clientProblem;
    this.host.requestUpdate();
    const problems: SetupProblem[] = [];
    if (keyProblem) problems.push({ attribute: 'public-key', error: keyProblem });
    if (clientProblem) problems.push({ attribute: clientProblem.code === 'report/option-invalid' ? 'deliveryOptions' : 'endpoint', error: clientProblem });
    return problems;
  }

  /**
   * Checks the report once and makes it the one waiting to be sent: the same content keeps its
   * idempotency key, other content replaces it. Without a client (no endpoint, or a setup problem)
   * it is only checked. Throws `ReportValidationError`.
   */
  prepare(input: unknown): Report {
    const client = this.client;
    if (!client) return validateReport(input);
    const pending = client.prepare(input);
    if (this.#pending && this.#pending.id !== pending.id) client.discard(this.#pending.id);
    this.#pending = pending;
    return pending.report;
  }

  /** Forgets the report waiting to be sent: the site delivers it itself. */
  drop(): void {
    if (this.#pending) this.client?.discard(this.#pending.id);
    this.#pending = undefined;
  }

  /** Sends the waiting report; it is forgotten once confirmed, and kept after a failure. */
  async deliver(): Promise<DeliveryOutcome> {
    const client = this.client;
    const pending = this.#pending;
    if (!client || !pending) {
      const error = new ReportConfigError('report/endpoint-invalid', '<safe-report-form> has no endpoint, and no safe-report-submit listener delivered the report');
      console.error(error);
      return { kind: 'failed', code: 'report/endpoint-invalid', retryable: false };
    }
    this.#sending?.abort();
    const controller = new AbortController();
    this.#sending = controller;
    try {
      const { receipt, followUp } = await client.send(pending, { signal: controller.signal });
      if (controller.signal.aborted) return { kind: 'superseded' };
      this.#sending = undefined;
      this.#pending = undefined;
      client.discard(pending.id);
      // A receiver that does not keep the lookup could never open replies: the code is then not shown.
      return { kind: 'sent', receipt, ...(followUp && pending.followUpCode ? { followUpCode: pending.followUpCode } : {}) };
    } catch (error) {
      // An aborted delivery belongs to a wipe or a newer try, which has already set the view.
      if (controller.signal.aborted) return { kind: 'superseded' };
      this.#sending = undefined;
      if (error instanceof ReportDeliveryError) return { kind: 'failed', code: error.code, retryable: error.retryable };
      console.error('<safe-report-form> could not send the report', error);
      return { kind: 'failed', code: failureCode(error), retryable: false };
    }
  }

  /** Whether the person can read replies here: the form can reach a receiver. */
  get canFollowUp(): boolean {
    return !!this.client;
  }

  /** Reads the replies for a follow-up code; rejects with `FollowUpError`. */
  readReplies(code: string, signal?: AbortSignal): Promise<FollowUpThread> {
    if (!this.client) return Promise.reject(new FollowUpError('report/network', 'This form has no receiver to ask'));
    return this.client.readReplies(code, signal ? { signal } : {});
  }

  /**
   * Sends an answer; the same code and text is the same answer (one idempotency key), so a second
   * press after a failure cannot store it twice. Rejects with `FollowUpError`.
   */
  async answer(code: string, text: string, signal?: AbortSignal): Promise<void> {
    if (!this.client) throw new FollowUpError('report/network', 'This form has no receiver to send to');
    await this.client.sendAnswer(this.client.prepareAnswer(code, text), signal ? { signal } : {});
  }

  /** Stops any try and forgets every report, sent or not: for a wipe. */
  wipe(): void {
    this.#sending?.abort();
    this.#sending = undefined;
    this.client?.discardAll();
    this.#pending = undefined;
  }
}

/** The codes of setup problems the form explains in its own words; any other error is `report/setup-failed`. */
const setupCodes = [
  'report/endpoint-invalid',
  'report/endpoint-insecure',
  'report/option-invalid',
  'report/key-invalid',
  'report/key-is-private',
  'report/crypto-unavailable',
  'report/too-large',
] as const satisfies readonly SafeReportFailureCode[];

function isSetupCode(code: string): code is (typeof setupCodes)[number] {
  return (setupCodes as readonly string[]).includes(code);
}

/** The failure code for an error other than a delivery error: a setup code the form explains, else `report/setup-failed`. */
export function failureCode(error: unknown): SafeReportFailureCode {
  return error instanceof SafeError && isSetupCode(error.code) ? error.code : 'report/setup-failed';
}

/** The `public-key` attribute's JWK, checked; throws `ReportCryptoError` when it is not JSON or not an ECDH P-256 public key. */
function parsePublicKeyText(text: string): JsonWebKey {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch (cause) {
    throw new ReportCryptoError('report/key-invalid', 'public-key must be the JWK as JSON text', { cause });
  }
  parseReportPublicKey(jwk);
  return jwk as JsonWebKey;
}
