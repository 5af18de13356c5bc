// The offer-check bench's postings, shared by the bench and the profiling script
// (bench/offer-check-profile.ts), so that a profile reads the same texts the bench times.
import { labelledOffers } from '../test/fixtures/offers/index.js';

/** A small deterministic PRNG, so every run checks the same postings. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const legitOffers = labelledOffers.filter((o) => o.legit);

/**
 * A posting of about `size` UTF-8 bytes, made of offers from the labelled set: four in five only of
 * legitimate ones (a job board's mix), one in five led by any offer, risky ones included.
 */
export function posting(next: () => number, size: number): string {
  let text = '';
  if (next() < 0.2) text += `${labelledOffers[Math.floor(next() * labelledOffers.length)]!.text}\n\n`;
  while (bytes(text) < size) {
    const offer = legitOffers[Math.floor(next() * legitOffers.length)]!;
    text += `${offer.text}\n\n`;
  }
  // Cut on a character boundary near the size.
  while (bytes(text) > size + 40) text = text.slice(0, Math.max(1, text.length - Math.ceil((bytes(text) - size) / 2)));
  return text;
}
