// A real report endpoint inside the test runner's dev server, so that browser tests send reports
// over real HTTP and can see exactly what left the page.
//
//   POST   /__test/reports/<box>           answers like the receiver: 201 {receipt, receivedAt}; the
//                                          same Idempotency-Key again gets 200 and the same receipt
//   PUT    /__test/reports/<box>/faults    JSON list of faults for the next POSTs, one each:
//                                          "503", "500", "429", "drop" (connection closed, no answer),
//                                          "slow:<ms>" (answers after a delay)
//   GET    /__test/reports/<box>/log       every POST to the box: {method, headers, body, status}
//   POST   /__test/requests/search         body is a needle; answers with every request the dev server
//                                          saw (outside /__test/) whose URL or headers contain it,
//                                          and the methods of requests that carried a body
//
// A "box" is a name the test makes up, so parallel test files never see each other's reports.

const boxes = new Map();
const seen = [];
const SEEN_LIMIT = 5000;

function box(name) {
  let found = boxes.get(name);
  if (!found) {
    found = { faults: [], log: [], receipts: new Map() };
    boxes.set(name, found);
  }
  return found;
}

async function readBody(req) {
  const parts = [];
  for await (const part of req) parts.push(Buffer.from(part));
  return Buffer.concat(parts).toString('utf8');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function receive(ctx, name) {
  const state = box(name);
  const body = await readBody(ctx.req);
  const fault = state.faults.shift();
  const entry = { method: ctx.method, headers: { ...ctx.headers }, body, status: 0, fault: fault ?? null };
  state.log.push(entry);
  if (fault === 'drop') {
    entry.status = -1;
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (fault?.startsWith('slow:')) await sleep(Number(fault.slice(5)));
  if (fault === '503' || fault === '500' || fault === '429') {
    entry.status = Number(fault);
    ctx.status = entry.status;
    if (fault !== '500') ctx.set('Retry-After', '0');
    ctx.body = { error: { code: fault === '429' ? 'receiver/rate-limited' : fault === '503' ? 'receiver/storage-unavailable' : 'receiver/internal' } };
    return;
  }
  const key = ctx.get('Idempotency-Key');
  const known = key ? state.receipts.get(key) : undefined;
  if (known) {
    entry.status = 200;
    ctx.status = 200;
    ctx.body = known;
    return;
  }
  const reply = { receipt: `R-${String(state.receipts.size + 1).padStart(4, '0')}-${name.slice(0, 6).toUpperCase()}`, receivedAt: new Date().toISOString() };
  if (key) state.receipts.set(key, reply);
  entry.status = 201;
  ctx.status = 201;
  ctx.body = reply;
}

/** Koa middleware for @web/test-runner's `middleware` list. */
export function reportEndpointMiddleware() {
  return async function reportEndpoint(ctx, next) {
    if (!ctx.path.startsWith('/__test/')) {
      seen.push({ method: ctx.method, url: ctx.url, headers: { ...ctx.headers } });
      if (seen.length > SEEN_LIMIT) seen.shift();
      return next();
    }
    const match = ctx.path.match(/^\/__test\/reports\/([A-Za-z0-9_-]{1,64})(\/faults|\/log)?$/);
    if (match) {
      const [, name, sub] = match;
      if (!sub && ctx.method === 'POST') return receive(ctx, name);
      if (!sub && ctx.method === 'OPTIONS') {
        ctx.status = 204;
        return;
      }
      if (sub === '/faults' && ctx.method === 'PUT') {
        box(name).faults = JSON.parse(await readBody(ctx.req));
        ctx.status = 204;
        return;
      }
      if (sub === '/log' && ctx.method === 'GET') {
        ctx.body = box(name).log;
        return;
      }
    }
    if (ctx.path === '/__test/requests/search' && ctx.method === 'POST') {
      const needle = await readBody(ctx.req);
      const hits = seen.filter((r) => r.url.includes(needle) || JSON.stringify(r.headers).includes(needle));
      const withBody = seen.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method)).map((r) => `${r.method} ${r.url}`);
      ctx.body = { hits, withBody };
      return;
    }
    ctx.status = 404;
  };
}
