import { readFileSync } from 'node:fs';

// Serves test/e2e/pages/* with the response headers a strict host site would send, so the
// browser tests can prove the widgets work under them.
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The all-in-one IIFE's pages (test/e2e/pages/iife-*.html): scripts only from the IIFE's folder (and
 * the test's recorder), nothing else from anywhere (no connect-src), and Trusted Types enforced with
 * the kit's own policy allowed by name, as docs/embedding.md tells a site that uses the IIFE.
 */
export function iifeCsp(origin, folder) {
  return [
    "default-src 'none'",
    `script-src ${origin}${folder} ${origin}/test/e2e/pages/record.js`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html safe-migration-kit',
  ].join('; ');
}

/** Reads the body the dev server is about to send, whether a string, a buffer or a stream. */
async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const parts = [];
  for await (const part of body) parts.push(Buffer.from(part));
  return Buffer.concat(parts).toString('utf8');
}

/**
 * Serves dist/cdn byte for byte under `/dist/PREFIX/NAME/…`, except that the file `isTarget(file,
 * name)` picks gets one line of code prepended, which records NAME in `window.__tamperedRan` if it
 * ever runs: a CDN or an attacker altering one file. Returns whether it answered.
 */
function tampered(ctx, prefix, isTarget) {
  const match = new RegExp(`^/dist/${prefix}/([\\w.+-]+)/(.+\\.js)$`).exec(ctx.path);
  if (!match) return false;
  const [, name, file] = match;
  let text;
  try {
    text = readFileSync(`dist/cdn/${file}`, 'utf8');
  } catch {
    return false;
  }
  if (isTarget(file, name)) text = `(window.__tamperedRan ??= []).push(${JSON.stringify(name)});\n${text}`;
  ctx.type = 'application/javascript';
  ctx.body = text;
  return true;
}

/** `/dist/cdn-tampered/NAME/…`: the chunk whose file name is NAME- and its 8-character hash. */
function tamperedCdn(ctx) {
  return tampered(ctx, 'cdn-tampered', (file, name) => {
    const chunk = file.slice(file.lastIndexOf('/') + 1);
    return file.startsWith('chunks/') && chunk.startsWith(`${name}-`) && /^[\w.-]+-[\w-]{8}\.js$/.test(chunk) && chunk.slice(name.length + 1).length === 11;
  });
}

/** `/dist/cdn-tampered-iife/NAME/…`: the IIFE's part `iife/…/NAME.js`. */
function tamperedIifePart(ctx) {
  return tampered(ctx, 'cdn-tampered-iife', (file, name) => file.startsWith('iife/') && file.endsWith(`/${name}.js`));
}

/** How many times each flaky part has failed so far. */
const failures = new Map();

/**
 * `/dist/cdn-flaky-iife/NAME/…` serves dist/cdn byte for byte, except that the first two requests
 * for the IIFE's part `iife/…/NAME.js` fail with a 503 that may not be kept, as a dropped mobile
 * connection fails (the first is the widget's own fetch in idle time, the second the person's check). It is written straight to the socket: the test server marks every response it sends as
 * cacheable for a year, and the browser would answer the retry with the kept 503. (Dropping the
 * connection would not do: Chromium silently retries a GET on a reused connection.)
 */
function flakyIifePart(ctx) {
  const match = /^\/dist\/cdn-flaky-iife\/([\w.+-]+)\/(.+\.js)$/.exec(ctx.path);
  if (!match) return false;
  const [, name, file] = match;
  if (file.startsWith('iife/') && file.endsWith(`/${name}.js`) && (failures.get(name) ?? 0) < 2) {
    failures.set(name, (failures.get(name) ?? 0) + 1);
    ctx.respond = false;
    ctx.res.writeHead(503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    ctx.res.end('Service Unavailable');
    return true;
  }
  try {
    ctx.body = readFileSync(`dist/cdn/${file}`, 'utf8');
  } catch {
    return false;
  }
  ctx.type = 'application/javascript';
  return true;
}

export function hostPagesMiddleware() {
  return async function hostPages(ctx, next) {
    if (tamperedCdn(ctx) || tamperedIifePart(ctx) || flakyIifePart(ctx)) return;
    await next();
    // Examples and built files are served byte for byte, as a plain static host would: the dev
    // server's own rewriting of bare imports would hide a broken import map.
    if ((ctx.path.startsWith('/docs/examples/') || ctx.path.startsWith('/dist/cdn/')) && ctx.path.endsWith('.js') && ctx.status === 200) {
      ctx.body = readFileSync(`.${decodeURIComponent(ctx.path)}`, 'utf8');
    }
    if (ctx.path.startsWith('/test/e2e/pages/') && ctx.path.endsWith('.html')) {
      // The IIFE loads its parts through its own Trusted Types policy (src/cdn/iife-parts.ts).
      const csp = ctx.path.startsWith('/test/e2e/pages/iife-')
        ? iifeCsp(ctx.origin, ctx.path.includes('tampered') ? '/dist/cdn-tampered-iife/' : ctx.path.includes('flaky') ? '/dist/cdn-flaky-iife/' : '/dist/cdn/')
        : ctx.path === '/test/e2e/pages/iife.html'
          ? strictCsp.replace('trusted-types lit-html', 'trusted-types lit-html safe-migration-kit')
          : strictCsp;
      ctx.set('Content-Security-Policy', csp);
      ctx.set('Referrer-Policy', 'no-referrer');
      // Pages can name a built file's SRI hash as {{integrity:FILE}}, filled from dist/cdn/integrity.json.
      const text = await bodyText(ctx.body);
      if (text.includes('{{integrity:')) {
        const table = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
        ctx.body = text.replace(/\{\{integrity:([^}]+)\}\}/g, (_, file) => table[file] ?? 'sha384-missing');
      } else {
        ctx.body = text;
      }
    }
  };
}
