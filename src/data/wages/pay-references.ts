/**
 * The wage each country's pay is measured against when the engine asks whether pay is far above
 * what work pays there (`pay-above-local`, `pay-far-above-local`): one sourced figure per currency
 * (a currency names the country that pays in it), taken from `wage-figures.ts` — a test checks that
 * each is one of those entries, with the same amount, currency, period and year.
 *
 * The figure is the typical full-time wage where a recent one exists (the median; the average
 * where no recent median was found), or, where neither means much for the jobs offered to
 * migrants, the pay of the best-paid such job the sources give (said in `why`).
 */
import type { WageFigure } from './wage-figures.js';

/** One country's reference wage. */
export interface PayReference {
  country: string;
  what: WageFigure['what'];
  amount: number;
  period: 'hour' | 'week' | 'month' | 'year';
  year: number;
  /** Why this figure; never shown to people. */
  why: string;
}

/** Reference wages by the ISO 4217 code of the currency the pay is written in. */
export const payReferences: Readonly<Record<string, PayReference>> = {
  KZT: { country: 'KZ', what: 'median-wage', amount: 317512, period: 'month', year: 2025, why: 'BNS median, April 2025' },
  KGS: { country: 'KG', what: 'average-wage', amount: 44400, period: 'month', year: 2025, why: 'NSC average 2025; no median is published' },
  UZS: { country: 'UZ', what: 'median-wage', amount: 5300000, period: 'month', year: 2025, why: 'median 2025 (Ministry of Economy think tank)' },
  TJS: { country: 'TJ', what: 'average-wage', amount: 2468, period: 'month', year: 2025, why: 'average, August 2025; no median is published' },
  TMT: { country: 'TM', what: 'average-wage', amount: 2506.3, period: 'month', year: 2023, why: 'the 2023 plan target: no measured average is published' },
  RUB: { country: 'RU', what: 'average-wage', amount: 98192, period: 'month', year: 2025, why: 'average, November 2025: the median found is of 2024, and Moscow pay for couriers (130–150k) is far above it' },
  TRY: { country: 'TR', what: 'job-pay', amount: 82000, period: 'month', year: 2025, why: 'top of live-in caregiver pay in big cities (62–82k): the TurkStat average is of 2023, before the minimum wage doubled' },
  AED: { country: 'AE', what: 'job-pay', amount: 3500, period: 'month', year: 2023, why: 'top of Dubai hotel wait-staff and front-desk pay (2,800–3,500): no national average or median is published' },
  KRW: { country: 'KR', what: 'average-wage', amount: 3750000, period: 'month', year: 2024, why: 'average, December 2024; no recent median was found' },
  GBP: { country: 'GB', what: 'median-wage', amount: 766.6, period: 'week', year: 2025, why: 'ONS ASHE 2025 full-time weekly median' },
  PLN: { country: 'PL', what: 'median-wage', amount: 7082, period: 'month', year: 2025, why: 'GUS median, May 2025' },
};
