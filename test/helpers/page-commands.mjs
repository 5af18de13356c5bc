// Test-runner commands that need the Chromium page itself, which @web/test-runner-commands does
// not reach: clipboard permissions (headless Chromium refuses the clipboard until they are
// granted) and printing the page to PDF with its print stylesheet.

/** The puppeteer page behind a test session, when the session runs in the Chrome launcher. */
function pageOf(session) {
  const launcher = session.browser;
  return typeof launcher.getPage === 'function' ? launcher.getPage(session.id) : undefined;
}

/**
 * `hold-requests` and `release-requests`: see `holdRequests`. `grant-clipboard`: lets the test page read and write the real clipboard, as a person's browser
 * does after they allow it. `accessibility-tree`: Chromium's accessibility tree of the page (roles
 * and the names it computed, shadow roots included), as a screen reader gets it. `print-pdf`: prints the page as Chromium's "Save as PDF" would (A4,
 * the page's print stylesheet) and answers with the PDF's page count and the text of each page (as PDF.js reads it: ligatures
 * such as "ffi" may come with spaces around them, so compare without white space).
 */
/** Requests held by `hold-requests`, per page: the pattern and the requests waiting for `release-requests`. */
const holds = new WeakMap();

/**
 * `hold-requests` ({ pattern }): from now on, every request of the page whose URL matches `pattern`
 * (a RegExp source) waits, as on a network that has not delivered it yet; `held-requests`
 * answers with their URLs. `release-requests`
 * ({ fail, atLeast }): once `atLeast` requests are held, lets them go on, or fails them as a dropped connection does, and stops holding.
 */
async function holdRequests(page, command, payload) {
  let hold = holds.get(page);
  if (command === 'hold-requests') {
    if (!hold) {
      hold = { pattern: undefined, waiting: [] };
      holds.set(page, hold);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (hold.pattern?.test(request.url())) hold.waiting.push(request);
        else void request.continue();
      });
      await page.setRequestInterception(true);
    }
    hold.pattern = new RegExp(payload.pattern);
    return true;
  }
  if (command === 'held-requests') return hold ? hold.waiting.map((request) => request.url()) : [];
  if (!hold) return 0;
  // With `atLeast`, first waits (up to 10 s) until that many requests are held.
  for (const start = Date.now(); hold.waiting.length < (payload?.atLeast ?? 0) && Date.now() - start < 10000; ) await new Promise((resolve) => setTimeout(resolve, 20));
  hold.pattern = undefined;
  const waiting = hold.waiting.splice(0);
  await Promise.all(waiting.map((request) => (payload?.fail ? request.abort('internetdisconnected') : request.continue())));
  return waiting.length;
}

export function pageCommandsPlugin() {
  return {
    name: 'safe-page-commands',
    async executeCommand({ command, session, payload }) {
      if (command === 'hold-requests' || command === 'release-requests' || command === 'held-requests') {
        const page = pageOf(session);
        if (!page) throw new Error(`${command} needs the Chrome launcher`);
        return holdRequests(page, command, payload);
      }
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
