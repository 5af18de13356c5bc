// A page with the report form on an origin of its own, for the inbox tests that follow a reply to
// the reporter: the form bundled from its sources with esbuild and served by a small static server
// on 127.0.0.1, talking to the receiver across origins as it does on an NGO's site.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { bundleForTest } from './page-build.js';

export interface FormPage {
  origin: string;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

function formBundleDir(): Promise<string> {
  built ??= bundleForTest('form-page', { form: 'src/widgets/report-form/report-form.ts' });
  return built;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Serves `/?endpoint=…&public-key=…` with one `<safe-report-form>` that sends to `endpoint` (the
 * receiver's `/reports`) and offers the follow-up. The page's origin is known before the receiver
 * starts, so that the receiver can allow it.
 */
export async function startFormPage(): Promise<FormPage> {
  const dir = await formBundleDir();
  const render = (query: URLSearchParams) => {
    const endpoint = attribute(query.get('endpoint') ?? '');
    const key = query.get('public-key') ? ` public-key="${attribute(query.get('public-key')!)}"` : '';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Report</title>
<script type="module" src="/form.js"></script></head><body><main><safe-report-form endpoint="${endpoint}" org-name="Hope Line" country="KZ" follow-up${key}></safe-report-form></main></body></html>`;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(render(url.searchParams));
      return;
    }
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(normalize(dir))) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
