/**
 * The offer check's level labels, apart from the other words for its codes (flag-messages.ts): the
 * badge and the quiz show them before the engine and those words have loaded. Message ids as in
 * flag-messages.ts: `level.<level>`.
 */
import { msg } from '@lit/localize';
import type { OfferLevel } from '../../sdk/offer-check/types.js';

/**
 * The short label of a level, as the badge shows it. `low` never says "safe": the check can only
 * say that it found no clear signs.
 */
export function levelLabel(level: OfferLevel): string {
  switch (level) {
    case 'low':
      return msg('No clear warning signs', { id: 'level.low' });
    case 'medium':
      return msg('Check carefully', { id: 'level.medium' });
    case 'high':
      return msg('Warning signs', { id: 'level.high' });
  }
}
