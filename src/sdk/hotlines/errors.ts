import { SafeError } from '../errors.js';
import type { SchemaIssueCode } from '../schema-issues.js';

/**
 * What is wrong with a hotline data file beyond its schema: `malformed-json` (not JSON),
 * `too-large` (more bytes than the loader takes), `too-many-problems` (only the first problems are
 * listed), `duplicate-id`, `unprinted-number` (a number its source does not print),
 * `dial-mismatch`, `source-out-of-range`, `no-source`, `seed-confirmed`, `unsupported-confirmed`,
 * `bad-span` (opening hours that cannot be) or `bad-range` (valid until before valid from).
 */
export type HotlineProblemCode =
  | 'malformed-json'
  | 'too-large'
  | 'too-many-problems'
  | 'duplicate-id'
  | 'unprinted-number'
  | 'dial-mismatch'
  | 'source-out-of-range'
  | 'no-source'
  | 'seed-confirmed'
  | 'unsupported-confirmed'
  | 'bad-span'
  | 'bad-range';

/** One thing wrong with a hotline data file, at a JSON path such as `$.hotlines[3].topics[0]`. */
export interface DataProblem {
  /** Where, as a JSON path from the file's root (`$`). */
  readonly path: string;
  /**
   * What kind of problem: one a schema finds, in the vocabulary report issues share (`missing`,
   * `wrong-type`, `too-small`, …), or one of the file's own rules (`duplicate-id`,
   * `unprinted-number`, …).
   */
  readonly code: SchemaIssueCode | HotlineProblemCode;
  /** The problem in one English sentence, for developers and the CLI. */
  readonly message: string;
}

/** Codes of `HotlineDataError`. */
export type HotlineDataErrorCode = 'hotline/data-malformed-json' | 'hotline/data-invalid';

/**
 * A hotline data file that is not valid JSON, or does not match the schema. `problems` lists every
 * problem found, each with its JSON path.
 */
export class HotlineDataError extends SafeError<HotlineDataErrorCode> {
  /** Every problem found, in file order. */
  readonly problems: readonly DataProblem[];

  constructor(code: HotlineDataErrorCode, problems: readonly DataProblem[], options?: { cause?: unknown; url?: string }) {
    const where = options?.url ? ` from ${options.url}` : '';
    const first = problems[0];
    const summary = first ? `${first.path}: ${first.message}` : 'unknown problem';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(code, `Hotline data${where} is not usable: ${summary}${more}`, options);
    this.name = 'HotlineDataError';
    this.problems = problems;
  }
}

/** Codes of `HotlineLoadError`. */
export type HotlineLoadErrorCode =
  | 'hotline/load-timeout'
  | 'hotline/load-http-status'
  | 'hotline/load-network'
  | 'hotline/load-aborted'
  /** The address is not `http:` or `https:` (say `javascript:` or `data:`); nothing was requested. */
  | 'hotline/load-url-invalid'
  /** The address is plain `http:` to another machine, where anyone on the way could change a number; nothing was requested. */
  | 'hotline/load-insecure';

/** Loading a remote hotline data file failed before any data arrived, or was not tried because of its address. */
export class HotlineLoadError extends SafeError<HotlineLoadErrorCode> {
  /** The address that was requested. */
  readonly url: string;
  /** The HTTP status, for `hotline/load-http-status`. */
  readonly status: number | undefined;

  constructor(code: HotlineLoadErrorCode, url: string, options?: { cause?: unknown; status?: number }) {
    const what: Record<HotlineLoadErrorCode, string> = {
      'hotline/load-timeout': 'timed out',
      'hotline/load-http-status': `answered HTTP ${options?.status ?? '?'}`,
      'hotline/load-network': 'could not be reached',
      'hotline/load-aborted': 'was cancelled',
      'hotline/load-url-invalid': 'was not sent: only http: and https: addresses are loaded',
      'hotline/load-insecure': 'was not sent: hotline data must come over https: (plain http: only from this machine)',
    };
    super(code, `GET ${url} ${what[code]}`, options);
    this.name = 'HotlineLoadError';
    this.url = url;
    this.status = options?.status;
  }
}

/** A query the directory cannot answer, such as a country code that is not two letters. */
export class HotlineQueryError extends SafeError<'hotline/query-invalid'> {
  /** Every problem with the query, as JSON paths into it. */
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    super('hotline/query-invalid', `Hotline query is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'HotlineQueryError';
    this.problems = problems;
  }
}

/**
 * A site's channel for "This number did not work" reports that cannot be used: a mailto address,
 * an https address or a Telegram username that is malformed. Thrown when the link is built, so a
 * site finds out while setting it up.
 */
export class NumberReportChannelError extends SafeError<'hotline/report-channel-invalid'> {

  constructor(message: string) {
    super('hotline/report-channel-invalid', message);
    this.name = 'NumberReportChannelError';
  }
}
