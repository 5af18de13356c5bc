/**
 * The one number a step-by-step element keeps in `history.state` for each step it adds (the report
 * form's Back gesture), and what the exit button reads to go back past those entries before it
 * leaves, so that Back from the neutral page never returns to the site.
 */

/** The key of the number in `history.state`. */
export const stepHistoryKey = 'safeReportStep';

/** The number in `state`, when it holds one: how many entries the element added above its first. */
export function stepEntryNumber(state: unknown): number | undefined {
  const value = state && typeof state === 'object' ? (state as Record<string, unknown>)[stepHistoryKey] : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** How many step entries this document has pushed; an upper bound on how far back is still this page. */
let pushedHere = 0;

/** Records one step entry pushed by this document (call right after `history.pushState`). */
export function notePushedStepEntry(): void {
  pushedHere += 1;
}

/**
 * How many step entries lie between the current history entry and the page's first (0 when none):
 * never more than this document pushed itself. A number left in `history.state` by an earlier
 * document (a reload on a later step, or another page in the same tab) must not send the exit
 * button back past this page into another site's entries.
 */
export function stepEntriesAbovePage(): number {
  return Math.min(stepEntryNumber(history.state) ?? 0, pushedHere);
}
