/**
 * The trainer's table of the group's results and the signs missed most often, apart from the
 * element's module to keep it readable.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { resultWords } from '../shared/prepare-rules.js';

/** One learner's result on the trainer's screen: from a round on this device, or from a code. */
export interface GroupEntry {
  points: number;
  max: number;
  /** The signs missed, known only for a round played on this device. */
  missed?: string[];
}

/**
 * The group's results with their average, and the five signs missed most often, or "No results
 * yet". A missed sign comes from a round played here, so the engine and its words are loaded.
 */
export function renderGroupTable(group: readonly GroupEntry[], format: (n: number) => string, percent: (points: number, max: number) => string) {
  if (!group.length) return html`<p>${msg('No results yet.')}</p>`;
  const points = group.reduce((n, e) => n + e.points, 0);
  const max = group.reduce((n, e) => n + e.max, 0);
  const missedCount = new Map<string, number>();
  for (const entry of group) for (const id of new Set(entry.missed ?? [])) missedCount.set(id, (missedCount.get(id) ?? 0) + 1);
  const mostMissed = [...missedCount].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return html`<table part="group-table">
      <caption>
        ${msg(str`Learners: ${format(group.length)}. Average score: ${percent(points, max)}`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Learner')}</th>
          <th scope="col">${msg('Points')}</th>
          <th scope="col">${msg('Score')}</th>
        </tr>
      </thead>
      <tbody>
        ${group.map(
          (entry, i) => html`<tr>
            <th scope="row">${format(i + 1)}</th>
            <td>${msg(str`${format(entry.points)} of ${format(entry.max)}`)}</td>
            <td>${percent(entry.points, entry.max)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${mostMissed.length
      ? html`<h3>${msg('Signs missed most often')}</h3>
          <ol>
            ${mostMissed.map(([id, n]) => html`<li>${resultWords().flagTitle(id)}: ${msg(str`missed by ${format(n)}`)}</li>`)}
          </ol>`
      : nothing}`;
}
