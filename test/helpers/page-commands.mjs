// Test-runner commands that need the Chromium page itself, which @web/test-runner-commands does
// not reach: clipboard permissions (headless Chromium refuses the clipboard until they are
// granted) and printing the page to PDF with its print stylesheet.

/** The puppeteer page behind a test session, when the session runs in the Chrome launcher. */
function pageOf(session) {
  const launcher = session.browser;
  return typeof launcher.getPage === 'function' ? launcher.getPage(session.id) : undefined;
}

/**
 * `grant-clipboard`: lets the test page read and write the real clipboard, as a person's browser
 * does after they allow it. `accessibility-tree`: Chromium's accessibility tree of the page (roles
 * and the names it computed, shadow roots included), as a screen reader gets it. `print-pdf`: prints the page as Chromium's "Save as PDF" would (A4,
 * the page's print stylesheet) and answers with the PDF's page count and the text of each page (as PDF.js reads it: ligatures
 * such as "ffi" may come with spaces around them, so compare without white space).
 */
export function pageCommandsPlugin() {
  return {
    name: 'safe-page-commands',
    async executeCommand({ command, session, payload }) {
      if (command !== 'grant-clipboard' && command !== 'print-pdf' && command !== 'accessibility-tree') return undefined;
      const page = pageOf(session);
      if (!page) throw new Error(`${command} needs the Chrome launcher`);
      if (command === 'accessibility-tree') return page.accessibility.snapshot({ interestingOnly: true });
      if (command === 'grant-clipboard') {
        const origin = new URL(page.url()).origin;
        await page.browserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
        return true;
      }
      // The test's own media emulation (emulateMedia({ media: 'screen' })) would otherwise win over print.
      await page.emulateMediaType('print');
      let pdf;
      try {
        pdf = await page.pdf({ format: payload?.format ?? 'A4', printBackground: false, preferCSSPageSize: true });
      } finally {
        await page.emulateMediaType(null);
      }
      // PDF.js 6 expects Node 22's Promise.withResolvers; the project runs on Node 20 too.
      Promise.withResolvers ??= () => {
        let resolve;
        let reject;
        const promise = new Promise((a, b) => {
          resolve = a;
          reject = b;
        });
        return { promise, resolve, reject };
      };
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true }).promise;
      const pages = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
      }
      await doc.cleanup();
      return { pageCount: doc.numPages, pages };
    },
  };
}
