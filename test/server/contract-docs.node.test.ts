// The HTTP contract is written three times: in the receiver, in docs/openapi.yaml and in
// docs/report-api.md. These checks fail when one of them gains a code or a field the others lack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contactChannels, receiverErrorCodes, reportIndicators, reporterRoles, reportLimits } from '../../src/sdk/index.js';

// The reporter's follow-up routes are the receiver's too; their handler has its own file.
const receiver = readFileSync('src/server/receiver.ts', 'utf8') + readFileSync('src/server/follow-up.ts', 'utf8');
const errors = readFileSync('src/sdk/report/errors.ts', 'utf8');
const serve = readFileSync('src/cli/serve.ts', 'utf8');
const openapi = readFileSync('docs/openapi.yaml', 'utf8');
const guide = readFileSync('docs/report-api.md', 'utf8');

test('every error code the receiver sends is in the OpenAPI enum and in the guide', () => {
  const codes = [...receiver.matchAll(/new Refusal\(\s*(\d{3}),\s*'([a-z/-]+)'/g)].map((m) => [m[1]!, m[2]!] as const);
  assert.ok(codes.length >= 10);
  const enumBlock = openapi.slice(openapi.indexOf('enum:', openapi.indexOf('Error:')), openapi.indexOf('message:', openapi.indexOf('Error:')));
  for (const [status, code] of codes) {
    assert.match(enumBlock, new RegExp(`- ${code}\\n`), `${code} is missing from the OpenAPI Error enum`);
    if (!['receiver/not-found', 'receiver/method-not-allowed', 'receiver/internal'].includes(code)) {
      assert.match(guide, new RegExp(`\\| ${status} \\|[^\\n]*\`${code}\``), `${status} ${code} is missing from the guide's table`);
    }
  }
  // The list the SDK reads replies with is the set the receiver sends (a code chosen by a ternary
  // included), so a client never drops one; each is in the OpenAPI enum.
  const sent = [...receiver.matchAll(/'(receiver\/[a-z-]+)'/g)].map((m) => m[1]!).filter((code) => code !== 'receiver/aborted');
  assert.deepEqual(new Set(sent), new Set(receiverErrorCodes));
  for (const code of receiverErrorCodes) assert.match(enumBlock, new RegExp(`- ${code}\\n`), `${code} is missing from the OpenAPI Error enum`);
});

test('the OpenAPI report schema lists every role, indicator, channel and length bound of the SDK schema', () => {
  for (const value of [...reporterRoles, ...reportIndicators, ...contactChannels]) {
    assert.match(openapi, new RegExp(`[\\[ ,]${value}[\\],]`), `${value} is missing from openapi.yaml`);
  }
  for (const [field, max] of Object.entries(reportLimits)) {
    const line = openapi.split('\n').find((l) => l.trimStart().startsWith(`${field === 'whenText' ? 'text' : field === 'placeDetails' ? 'details' : field}:`) && l.includes('maxLength'));
    assert.ok(line?.includes(`maxLength: ${max}`), `${field} should have maxLength ${max} in openapi.yaml`);
  }
});

test('every delivery error code and every serve option is explained in the guide', () => {
  const delivery = errors.slice(errors.indexOf('export type ReportDeliveryErrorCode'), errors.indexOf(';', errors.indexOf('export type ReportDeliveryErrorCode')));
  const codes = [...delivery.matchAll(/\| '([a-z/-]+)'/g)].map((m) => m[1]!);
  assert.equal(codes.length, 8);
  for (const code of codes) assert.match(guide, new RegExp(`\\| \`${code}\` \\|`), `${code} is missing from the guide`);
  const options = [...serve.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]!);
  assert.ok(options.length >= 9);
  for (const option of options) assert.match(guide, new RegExp(`\\| \`${option}\` \\|`), `${option} is missing from the guide`);
});

test('every inbox route and error code is in openapi.yaml and the guide', async () => {
  const { inboxRoutes } = await import('../../src/server/inbox.js');
  const inbox = readFileSync('src/server/inbox.ts', 'utf8');
  for (const route of inboxRoutes) {
    const path = route.path.replace(':receipt', '{receipt}');
    const block = openapi.slice(openapi.indexOf(`\n  ${path}:\n`));
    assert.ok(openapi.includes(`\n  ${path}:\n`), `${path} is missing from openapi.yaml`);
    assert.match(block.slice(0, block.indexOf('\n  /', 3) === -1 ? undefined : block.indexOf('\n  /', 3)), new RegExp(`\\n    ${route.method.toLowerCase()}:\\n`), `${route.method} ${path} in openapi.yaml`);
    assert.ok(guide.includes(`| \`${route.method} ${route.path.replace(':receipt', '{receipt}')}`), `${route.method} ${path} is missing from the guide's table`);
  }
  const codes = [...inbox.matchAll(/new Refusal\(\s*(\d{3}),\s*'(receiver\/[a-z-]+)'/g)].map((m) => [m[1]!, m[2]!] as const);
  assert.ok(codes.length >= 8);
  const enumBlock = openapi.slice(openapi.indexOf('enum:', openapi.indexOf('Error:')), openapi.indexOf('message:', openapi.indexOf('Error:')));
  for (const [status, code] of codes) {
    assert.match(enumBlock, new RegExp(`- ${code}\\n`), `${code} is missing from the OpenAPI Error enum`);
    assert.match(guide, new RegExp(`\\| ${status} \\|[^\\n]*\`${code}\``), `${status} ${code} is missing from the guide's table`);
  }
});

test('the reporter\'s follow-up routes are in openapi.yaml and the guide', async () => {
  const { receiverRoutes } = await import('../../src/server/receiver.js');
  const routes = receiverRoutes({ inbox: true }).filter((route) => route.access === 'follow-up-code');
  assert.equal(routes.length, 2);
  for (const route of routes) {
    assert.ok(openapi.includes(`\n  ${route.path}:\n    post:\n`), `${route.path} is missing from openapi.yaml`);
    assert.ok(guide.includes(`| \`POST ${route.path}\``), `POST ${route.path} is missing from the guide's table`);
  }
});
