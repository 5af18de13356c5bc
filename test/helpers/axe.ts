import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core (WCAG 2.2 A and AA rules and best practices) and fails with every violation listed.
 * For a document in an iframe, axe is first loaded into that frame (axe must run in the realm it checks).
 */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const view = (context.nodeType === Node.DOCUMENT_NODE ? (context as Document).defaultView : context.ownerDocument!.defaultView) as Window;
  if (!view.axe) {
    const script = view.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      view.document.head.append(script);
    });
  }
  const results = await view.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
    // A test fixture is not a whole page: landmarks and a page heading are the host page's job.
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  });
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(found, found.join('\n')).to.deep.equal([]);
}
