// The bench's pages (bench/first-screen.bench.ts): each element alone on a page in Russian, as
// docs/embedding.md tells a site to write it. `npm run size` reads them too, to count each page's
// own bytes beside the element's files as the bench does (scripts/size.ts).

const offerText =
  'Работа в Дубае для девушек 18-25 лет, без опыта. Зарплата 3000 долларов в месяц. Билет и визу оплатим, ' +
  'паспорт отдадите менеджеру по приезде. Предоплата за оформление 200 долларов. Пишите в Telegram.';

/**
 * One page per element, as docs/embedding.md tells a site to write it (the light-DOM fallback
 * inside; it is English here so that it never counts as the element's Russian text).
 */
export const pages: Record<string, { markup: string; callButton: boolean }> = {
  'safe-exit-button': { markup: '<safe-exit-button position="fixed"><a href="https://www.google.com/">Leave this page</a></safe-exit-button>', callButton: false },
  // The report form shows its emergency numbers once a person says someone is in danger, and the
  // offer check its finder with a result: neither has a call button on its first screen.
  'safe-report-form': {
    markup: '<safe-report-form endpoint="/reports" country="KZ" org-name="NGO"><p>In danger now? Call <a href="tel:112">112</a>.</p></safe-report-form>',
    callButton: false,
  },
  'safe-hotline-finder': {
    markup: '<safe-hotline-finder country="KZ" need="trafficking"><p>In danger now? Call <a href="tel:112">112</a>.</p></safe-hotline-finder>',
    callButton: true,
  },
  'safe-offer-badge': { markup: `<p id="offer">${offerText}</p><safe-offer-badge for="offer"></safe-offer-badge>`, callButton: false },
  'safe-offer-check': {
    markup: '<safe-offer-check country="KZ"><p>In danger now? Call <a href="tel:112">112</a>.</p></safe-offer-check>',
    callButton: false,
  },
  'safe-offer-quiz': { markup: '<safe-offer-quiz></safe-offer-quiz>', callButton: false },
};

/** The page; its empty icon keeps the browser from asking for /favicon.ico, which no element needs (a 404 counted as 300 B). */
export function page(tag: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${tag}</title><link rel="icon" href="data:,"><script type="module" src="/cdn/safe-migration-kit.js"></script></head><body>${pages[tag]!.markup}</body></html>`;
}
