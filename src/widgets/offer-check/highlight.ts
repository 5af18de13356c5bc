import type { OfferEvidence } from '../../sdk/offer-check/types.js';

/** A piece of the offer's text: plain, or part of at least one piece of evidence. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked segments. Evidence offsets point into the original text; spans
 * that overlap or touch are joined so each highlighted stretch is one `<mark>`. Offsets outside the
 * text are clamped, so a stale result can never throw while rendering.
 */
export function segmentText(text: string, evidence: readonly OfferEvidence[]): TextSegment[] {
  const spans = evidence
    .map(({ start, end }) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
