/**
 * The schema of a `HotlineQuery` from a caller, which `HotlineDirectory.query` checks before it
 * ranks: apart from the ranking (ranking.ts), so that the widgets' queries over checked data run
 * without zod.
 */
import * as z from 'zod/mini';
import { countryCodeSchema, subdivisionCodeSchema } from './schema.js';
import { channelTypes, hotlineTopics } from './vocabulary.js';

/** @internal Validation schema; not part of the public API. */
export const querySchema = z.strictObject({
  country: z.optional(countryCodeSchema),
  region: z.optional(subdivisionCodeSchema),
  need: z.optional(z.enum(hotlineTopics)),
  language: z.optional(z.string().check(z.maxLength(35))),
  channel: z.optional(z.enum(channelTypes)),
  openAt: z.optional(z.date()),
  openNow: z.optional(z.boolean()),
  from: z.optional(countryCodeSchema),
  includeOutdated: z.optional(z.boolean()),
  includeWithoutChannels: z.optional(z.boolean()),
  limit: z.optional(z.int().check(z.minimum(0))),
});
