import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

test('bundling the SDK entry pulls in no lit, no widget and no server code', async () => {
  const result = await build({
    entryPoints: ['src/sdk/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.includes('src/sdk/index.ts'));
  const forbidden = inputs.filter((p) => /node_modules\/(lit|lit-html|lit-element|@lit)\/|src\/(widgets|server|cli)\//.test(p));
  assert.deepEqual(forbidden, []);
  const text = result.outputFiles[0]!.text;
  assert.doesNotMatch(text, /LitElement|lit-html|customElements\.define/);
});
