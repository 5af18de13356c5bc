// A batch's first look: how the offer check rates a batch of labelled offers that no one who
// changed a rule has read — the figures issue 14 asks for (docs/offer-check.md, "First look at fresh
// batches"). A batch is one or more modules of `LabelledOffer[]`, each named `file:export`.
//
//   npm run offer:first-look -- test/fixtures/offers/first-look-m1.ts:firstLookM1 test/fixtures/offers/first-look-m2.ts:firstLookM2 [--misses]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOffer } from '../src/sdk/index.js';
import type { OfferCheckResult, OfferLevel } from '../src/sdk/index.js';
import type { LabelledOffer } from '../test/fixtures/offers/types.js';

/** The figures of one batch against the issue's targets, with the offers read wrongly. */
export interface FirstLookFigures {
  offers: number;
  exact: number;
  highs: number;
  highsRatedHigh: number;
  mediumOrHigh: number;
  mediumOrHighRatedAtLeastMedium: number;
  legitimateRatedHigh: number;
  clearHighRatedLow: number;
  overCalls: number;
  underCalls: number;
  languageRight: number;
  /** Per language: offers, exact, highs, highs rated high. */
  perLanguage: Record<string, { offers: number; exact: number; highs: number; highsRatedHigh: number }>;
  /** Label → rated → count. */
  confusion: Record<OfferLevel, Record<OfferLevel, number>>;
  misses: string[];
}

const rank: Record<OfferLevel, number> = { low: 0, medium: 1, high: 2 };

/** Rates every offer with `check` and counts the figures; pure apart from `check`. */
export function firstLookFigures(offers: readonly LabelledOffer[], check: (text: string) => OfferCheckResult = checkOffer): FirstLookFigures {
  const f: FirstLookFigures = {
    offers: offers.length, exact: 0, highs: 0, highsRatedHigh: 0, mediumOrHigh: 0, mediumOrHighRatedAtLeastMedium: 0,
    legitimateRatedHigh: 0, clearHighRatedLow: 0, overCalls: 0, underCalls: 0, languageRight: 0, perLanguage: {},
    confusion: { low: { low: 0, medium: 0, high: 0 }, medium: { low: 0, medium: 0, high: 0 }, high: { low: 0, medium: 0, high: 0 } },
    misses: [],
  };
  for (const o of offers) {
    const r = check(o.text);
    const lang = (f.perLanguage[o.lang] ??= { offers: 0, exact: 0, highs: 0, highsRatedHigh: 0 });
    lang.offers += 1;
    f.confusion[o.level][r.level] += 1;
    if (r.level === o.level) {
      f.exact += 1;
      lang.exact += 1;
    } else {
      if (rank[r.level] > rank[o.level]) f.overCalls += 1;
      else f.underCalls += 1;
      f.misses.push(`${o.id}: labelled ${o.level}, rated ${r.level} (${r.score}; ${r.flags.map((x) => `${x.id} ${x.strength}`).join(', ') || 'no flag'})`);
    }
    if (o.level === 'high') {
      f.highs += 1;
      lang.highs += 1;
      if (r.level === 'high') {
        f.highsRatedHigh += 1;
        lang.highsRatedHigh += 1;
      }
    }
    if (o.level !== 'low') {
      f.mediumOrHigh += 1;
      if (r.level !== 'low') f.mediumOrHighRatedAtLeastMedium += 1;
    }
    if (o.legit && r.level === 'high') f.legitimateRatedHigh += 1;
    if (o.clear && r.level === 'low') f.clearHighRatedLow += 1;
    if (r.language === o.lang) f.languageRight += 1;
    else f.misses.push(`${o.id}: language ${o.lang}, read as ${r.language}`);
  }
  return f;
}

const share = (a: number, b: number) => `${a}/${b} (${b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`})`;

/** The figures as the lines docs/offer-check.md reports. */
export function formatFigures(f: FirstLookFigures): string[] {
  return [
    `offers ${f.offers}; exact ${share(f.exact, f.offers)} (target 0.85); high recall ${share(f.highsRatedHigh, f.highs)} (0.95); ` +
      `medium or high rated ≥ medium ${share(f.mediumOrHighRatedAtLeastMedium, f.mediumOrHigh)} (0.90); legitimate rated high ${f.legitimateRatedHigh} (0); ` +
      `clearly high rated low ${f.clearHighRatedLow} (0); over / under-calls ${f.overCalls} / ${f.underCalls}; language ${f.languageRight}/${f.offers}`,
    `per language, exact / high recall: ${Object.entries(f.perLanguage).map(([l, p]) => `${l} ${p.exact}/${p.offers} ${p.highsRatedHigh}/${p.highs}`).join('; ')}`,
    `label → rated: ${(['low', 'medium', 'high'] as const).map((l) => `${l}: ${(['low', 'medium', 'high'] as const).map((r) => `${r} ${f.confusion[l][r]}`).join(', ')}`).join(' | ')}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const specs = args.filter((a) => !a.startsWith('--'));
  if (specs.length === 0) {
    console.error('usage: npm run offer:first-look -- FILE:EXPORT [FILE:EXPORT …] [--misses]');
    process.exit(2);
  }
  const offers: LabelledOffer[] = [];
  for (const spec of specs) {
    const at = spec.lastIndexOf(':');
    const [file, name] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, ''];
    const mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
    const list = mod[name];
    if (!Array.isArray(list)) {
      console.error(`${file} has no array export called "${name}"; it exports ${Object.keys(mod).join(', ')}`);
      process.exit(2);
    }
    offers.push(...(list as LabelledOffer[]));
  }
  const figures = firstLookFigures(offers);
  for (const line of formatFigures(figures)) console.log(line);
  if (args.includes('--misses')) for (const m of figures.misses) console.log(`  ${m}`);
}
