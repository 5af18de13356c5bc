/**
 * `HotlineDirectory`: queries over validated hotline data. A query ranks the lines that can help a
 * person where they are, with every reason for the rank, so that a widget can explain it and a test
 * can check it. The queries themselves live in directory-core.ts, which neither checks nor imports
 * zod (the hotline finder's first screen uses it over the build-checked bundled data); this class
 * adds the checks of anything from outside: the data in `fromData`, the query in `query`. How a
 * line is scored lives in ranking.ts.
 */
import { CheckedDataDirectory } from './directory-core.js';
import type { HotlineQuery, HotlineResult } from './directory-core.js';
import { HotlineQueryError } from './errors.js';
import type { DataProblem } from './errors.js';
import { checkHotlineData, jsonPath } from './validate.js';
import { schemaIssueCode } from '../schema-issues.js';
import { querySchema } from './query-schema.js';

export type { ChannelStatus, EmergencyNumbers, HotlineDataOrigin, HotlineQuery, HotlineResult } from './directory-core.js';
export { rankPoints, relatedTopics } from './ranking.js';
export type { LanguageFit, RankFactor, RankReason } from './ranking.js';

/**
 * A hotline directory over validated data. Build one with `bundledHotlineDirectory()`,
 * `loadHotlineDirectory(url)` or `HotlineDirectory.fromData(json)`.
 */
export class HotlineDirectory extends CheckedDataDirectory {
  /** Validates parsed JSON (say, from your own fetch) and wraps it; throws `HotlineDataError`. */
  static fromData(input: unknown): HotlineDirectory {
    return new HotlineDirectory(checkHotlineData(input), { kind: 'custom' });
  }

  /**
   * The lines that fit a query, best first, each with the reasons for its rank. Throws
   * `HotlineQueryError` for a malformed query (a country that is not two capital letters, an
   * unknown need); an unknown but well-formed country simply has no results.
   */
  override query(query: HotlineQuery = {}): HotlineResult[] {
    const parsed = querySchema.safeParse(query, { reportInput: true });
    if (!parsed.success) {
      throw new HotlineQueryError(
        parsed.error.issues.map(
          (issue): DataProblem => ({ path: jsonPath(issue.path), code: schemaIssueCode(issue.code, issue.input), message: issue.message === 'Invalid input' ? 'is not valid' : issue.message }),
        ),
      );
    }
    return super.query(parsed.data);
  }
}
