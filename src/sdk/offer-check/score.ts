/**
 * Scoring: how signals combine into a level.
 *
 * The level follows the ILO/EC combination rule for a dimension ("≥ 2 strong, or 1 strong + 1
 * medium/weak, or 3 medium, or 2 medium + 1 weak"), applied to all recruitment signals together,
 * because an advertisement shows only the recruitment stage. Like the ILO rule it counts
 * indicators, not signals: two signals of one indicator (young women wanted, and a pleasant
 * appearance) count once, at the strength of the stronger.
 *
 * - `high`: the combination rule holds — and a strong sign of coercion at destination that the
 *   offer itself announces (a passport kept, no leaving, a debt to be worked off) holds it alone
 *   (see `announcedCoercion`);
 * - `medium`: it does not, but there is one strong indicator, or one medium, or three weak ones
 *   (a score of at least 20 points: strong 40, medium 20, weak 8) after reassurances, or a `firm`
 *   flag (a fee, no contract) that reassurances may not outweigh;
 * - `low`: otherwise. One weak signal never makes `medium`, let alone `high`: in a study of 430
 *   work-abroad advertisements 98% had at least one indicator (Volodko, Cockbain & Kleinberg 2020).
 *
 * Reassurances (a licence number, a written contract, no fees) take 8 points each, at most 24, and
 * only when there is no strong signal. They never lower `high`: they are easy to fake.
 */
import type { OfferDimension, OfferLevel, SignalStrength } from './types.js';

/** Points per signal strength. */
export const strengthPoints: Readonly<Record<SignalStrength, number>> = { strong: 40, medium: 20, weak: 8 };

/** Points a reassurance takes off, and the most all of them together take off. */
export const REASSURANCE_POINTS = 8;
export const MAX_REASSURANCE_POINTS = 24;

/** Score bands of each level, inclusive. */
export const levelBands: Readonly<Record<OfferLevel, readonly [number, number]>> = { low: [0, 24], medium: [25, 69], high: [70, 100] };

/** Whether signals of these strengths meet the ILO/EC combination rule. */
export function meetsCombinationRule(strong: number, medium: number, weak: number): boolean {
  return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

/** One signal as scoring sees it. */
export interface ScoredSignal {
  indicator: string;
  strength: SignalStrength;
  /** Reassurances may not lower the level below `medium` while it holds. */
  firm?: boolean;
  /** The ILO/EC dimension the signal points to (see `spansDimensions`). */
  dimension?: OfferDimension;
  /**
   * Weak context rather than an indicator (a messenger-only contact, haste): it adds its points
   * towards `medium` but is never counted by the combination rule, so it never lifts to `high`.
   */
  context?: boolean;
  /** The flag the signal comes from (see `alsoIndicates`); answers and tests may leave it out. */
  flag?: string;
}

/**
 * Signals that show two entries of the ILO/EC table at once, and count as both. Going around a state
 * programme's own steps — "without the EPS exam", "outside the quota", "through our people in the
 * ministry" — is false information about the law (abuse of vulnerability) and, since the programme
 * is the only lawful way to that visa, a deception about the migration status the worker will have
 * (deceived about legal documentation, deceptive recruitment). A visa merely "guaranteed"
 * (`guaranteed-visa`) is the first only. A tourist visa in the same offer is the second entry again
 * and is not counted twice (docs/offer-check.md, "Method decisions after seven batches", decision 1).
 */
export const alsoIndicates: Readonly<Record<string, string>> = { 'official-channel-bypass': 'deceived-legal-documentation' };

/**
 * The ILO/EC indicators the table lists twice: medium in coercive recruitment (dimension 2) and
 * strong in coercion at destination (dimension 5). A strong signal of one of them is the recruiter
 * announcing the coercion ("your passport stays with the foreman", "phones are handed in", "you
 * will work off the ticket"): the announcement is coercive recruitment — the worker is recruited on
 * that condition — and what it announces is coercion at destination, so it counts as the strong
 * indicator and one other, which the combination rule makes `high` (docs/offer-check.md, "Method
 * decisions after five batches", decision 1).
 */
export const announcedCoercion: ReadonlySet<string> = new Set(['confiscation-of-documents', 'debt-bondage', 'isolation-confinement-surveillance']);

/** How many ILO/EC dimensions a medium signal and weaker ones must span to lift the level (see `scoreSignals`). */
export const SPAN_DIMENSIONS = 3;

const rank: Readonly<Record<SignalStrength, number>> = { strong: 3, medium: 2, weak: 1 };

/** The level and score of a set of signals and the number of reassurances. */
export function scoreSignals(signals: readonly ScoredSignal[], reassurances: number): { level: OfferLevel; score: number } {
  const byIndicator = new Map<string, SignalStrength>();
  const contextOnly = new Set<string>();
  const dimensions = new Set<OfferDimension>();
  const implied = new Set<string>();
  let targetsVulnerable = false;
  for (const { indicator, strength, dimension, context, flag } of signals) {
    if (context) {
      contextOnly.add(indicator);
      continue;
    }
    const known = byIndicator.get(indicator);
    if (!known || rank[strength] > rank[known]) byIndicator.set(indicator, strength);
    if (dimension) dimensions.add(dimension);
    const second = flag === undefined ? undefined : alsoIndicates[flag];
    if (second) implied.add(second);
    if (dimension === 'abuse-of-vulnerability' && strength !== 'weak') targetsVulnerable = true;
  }
  let strong = 0;
  let medium = 0;
  let weak = 0;
  for (const s of byIndicator.values()) {
    if (s === 'strong') strong += 1;
    else if (s === 'medium') medium += 1;
    else weak += 1;
  }
  // The recruitment-stage half of an announced coercion (see `announcedCoercion`), counted once.
  let announced = 0;
  for (const [indicator, s] of byIndicator) if (s === 'strong' && announcedCoercion.has(indicator)) announced = 1;
  // The second entry of a signal that shows two (see `alsoIndicates`), unless a signal of its own
  // shows it: like an announced coercion it completes the combination rule and adds no points, so
  // it never lifts a lone signal to `medium` (an official notice quoting the scam it warns of).
  for (const indicator of implied) if (!byIndicator.has(indicator)) announced += 1;
  let context = 0;
  for (const indicator of contextOnly) if (!byIndicator.has(indicator)) context += 1;
  const raw = strong * strengthPoints.strong + medium * strengthPoints.medium + (weak + context) * strengthPoints.weak;
  const relief = strong === 0 ? Math.min(MAX_REASSURANCE_POINTS, reassurances * REASSURANCE_POINTS) : 0;
  const points = Math.max(0, raw - relief);
  const firm = signals.some((s) => s.firm && s.strength !== 'weak');
  // An offer aimed at a vulnerable profile (young women, children, bodies: a medium signal of abuse
  // of vulnerability) that also deceives and coerces — signals in three dimensions — shows the whole
  // pattern the ILO/EC method looks for (recruitment, means, purpose), though the other two are
  // weak: "Girls 18-25, free ticket to Dubai, send your passport copy". Without the targeting (a
  // visa mill asking for a passport copy on WhatsApp, in a hurry) it stays a medium.
  const spansDimensions = targetsVulnerable && medium + weak >= 3 && dimensions.size >= SPAN_DIMENSIONS;
  const level: OfferLevel = meetsCombinationRule(strong, medium + announced, weak) || spansDimensions
    ? 'high'
    : points >= strengthPoints.medium || firm
      ? 'medium'
      : 'low';
  const [min, max] = levelBands[level];
  return { level, score: Math.min(max, Math.max(min, points)) };
}
