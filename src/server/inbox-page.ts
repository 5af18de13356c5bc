/**
 * The case-worker inbox's own page at `/inbox/`: index.html and its bundled script, built by
 * `npm run build` into the package's `dist/inbox/` and served from there. The page's files hold no
 * report data (the page fetches reports from `/inbox/api/` once signed in), so anyone may load
 * them; the policy below lets the page talk to its own origin and nothing else.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Refusal } from './http.js';

/**
 * The page's Content-Security-Policy. Styles: Lit's constructable stylesheets (adoptedStyleSheets)
 * are not subject to `style-src`, so no `'unsafe-inline'` is needed; `'self'` admits inbox.css.
 */
export const inboxPagePolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** One file of the page, by the path it is served at. */
export interface InboxPageFile {
  type: string;
  body: Buffer;
}

/**
 * Where the built page is: `dist/inbox/` beside the receiver's own `dist/npm/server/`, or, when the
 * receiver runs from its sources, the `dist/inbox/` of the last build.
 */
export function defaultInboxPageDir(): string {
  const built = fileURLToPath(new URL('../../inbox/', import.meta.url));
  return existsSync(join(built, 'index.html')) ? built : fileURLToPath(new URL('../../dist/inbox/', import.meta.url));
}

/**
 * Reads the page's files once, when the receiver starts: only these paths are ever served, so no
 * request path can reach another file. An empty map when the page is not built.
 */
export function readInboxPage(dir: string): Map<string, InboxPageFile> {
  const files = new Map<string, InboxPageFile>();
  if (!existsSync(join(dir, 'index.html'))) return files;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (!type) continue;
      const url = `/inbox/${relative(dir, path).split(sep).join('/')}`;
      files.set(url === '/inbox/index.html' ? '/inbox/' : url, { type, body: readFileSync(path) });
    }
  };
  walk(dir);
  return files;
}

/**
 * Answers a request for `/inbox` (a redirect to `/inbox/`) or one of the page's files. Throws
 * `Refusal`: 405 for a method other than GET or HEAD, 404 for any other path, 503 when the page is
 * not built.
 */
export async function serveInboxPage(req: IncomingMessage, res: ServerResponse, pathname: string, files: Map<string, InboxPageFile>): Promise<{ status: number }> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'receiver/method-not-allowed', 'Use GET', { headers: { allow: 'GET, HEAD' } });
  if (pathname === '/inbox') {
    res.writeHead(308, { location: '/inbox/', 'content-length': '0' });
    res.end();
    return { status: 308 };
  }
  if (files.size === 0) throw new Refusal(503, 'receiver/inbox-unavailable', 'The inbox page is not built (npm run build makes dist/inbox/)');
  const file = files.get(pathname);
  if (!file) throw new Refusal(404, 'receiver/not-found', 'There is no such page');
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': String(file.body.length),
    'content-security-policy': inboxPagePolicy,
    'cross-origin-opener-policy': 'same-origin',
  });
  res.end(method === 'HEAD' ? undefined : file.body);
  return { status: 200 };
}
