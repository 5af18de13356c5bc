// `npm start` (after the build): serves the demo page, which loads the widgets from dist/cdn exactly
// as an embedding site would. Nothing but this machine's loopback is involved.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { generateReportKeyPair } from '../dist/npm/sdk/index.js';
import { createReportHandler, openReportStore } from '../dist/npm/server/index.js';

const port = Number(process.env.PORT ?? 8000);
const origin = `http://127.0.0.1:${port}`;

// A real receiver behind /reports, and a demo key pair kept in .cache/demo: reports sent from the
// demo are encrypted in the browser and stored as ciphertext in .cache/demo/reports.sqlite.
mkdirSync('.cache/demo', { recursive: true });
const keyFile = '.cache/demo/private.jwk';
if (!existsSync(keyFile)) {
  const pair = await generateReportKeyPair();
  writeFileSync(keyFile, JSON.stringify(pair.privateKey), { mode: 0o600 });
}
const { kty, crv, x, y } = JSON.parse(readFileSync(keyFile, 'utf8'));
const publicKey = { kty, crv, x, y };
const db = await openReportStore('.cache/demo/reports.sqlite');
// With the inbox's options the receiver keeps each report's follow-up lookup and answers the
// reporter's follow-up routes, so the demo form's follow-up code works.
const receive = createReportHandler({ db, origins: [origin], inbox: { origin, publicKey } });
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/reports' || ctx.path === '/follow-up' || ctx.path === '/follow-up/messages') {
          ctx.respond = false;
          receive(ctx.req, ctx.res);
          return;
        }
        if (ctx.path === '/docs/demo/config.json') {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ endpoint: '/reports', publicKey });
          return;
        }
        await next();
      },
      // The demo runs under the same strict policy that docs/embedding.md asks sites to allow.
      async (ctx, next) => {
        await next();
        if (ctx.path.startsWith('/docs/demo/')) {
          ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        }
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nsafe-migration-kit demo: ${origin}/docs/demo/`);
console.log('Reports sent from the demo are stored encrypted in .cache/demo/reports.sqlite; read them with');
console.log('  node dist/npm/cli/bin.js decrypt --key .cache/demo/private.jwk --db .cache/demo/reports.sqlite');
console.log('(Ctrl+C to stop)');
process.on('SIGINT', () =>
  server.stop().then(() => {
    db.close();
    process.exit(0);
  }),
);
