import { msg } from '@lit/localize';
import type { OfferDimension } from './engine.js';

/**
 * The ILO/EC dimension a sign points to, in plain words: what the quiz shows under each sign, so a
 * learner sees the same groups a trainer teaches from the ILO "Operational indicators of trafficking
 * in human beings". Message ids are `quiz.dimension.<code>`.
 */
export function dimensionText(dimension: OfferDimension): string {
  switch (dimension) {
    case 'deceptive-recruitment':
      return msg('ILO sign: deceptive recruitment, when the job, the pay or the conditions are not what they seem.', { id: 'quiz.dimension.deceptive-recruitment' });
    case 'coercive-recruitment':
      return msg('ILO sign: coercive recruitment, when debt, threats or pressure are used to make someone go.', { id: 'quiz.dimension.coercive-recruitment' });
    case 'abuse-of-vulnerability':
      return msg('ILO sign: abuse of vulnerability, when someone uses a person’s youth, need of money or lack of papers.', {
        id: 'quiz.dimension.abuse-of-vulnerability',
      });
    case 'exploitative-conditions':
      return msg('ILO sign: exploitative conditions, when the work is far worse than the law allows.', { id: 'quiz.dimension.exploitative-conditions' });
    case 'coercion-at-destination':
      return msg('ILO sign: coercion at the destination, when a person is kept at work by debt, threats or taken papers.', {
        id: 'quiz.dimension.coercion-at-destination',
      });
  }
}
