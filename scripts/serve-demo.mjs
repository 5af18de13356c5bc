// `npm start` (after the build): serves the demo page, which loads the widgets from dist/cdn exactly
// as an embedding site would. Nothing but this machine's loopback is involved.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    middleware: [
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
console.log(`\nsafe-migration-kit demo: http://127.0.0.1:${port}/docs/demo/\n(Ctrl+C to stop)`);
process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
