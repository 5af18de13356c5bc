import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactCss } from '../../scripts/compact-css.mjs';

// What the browser test (compact-css.test.ts) cannot see: a comment that stays in the compacted text
// is read as nothing by the browser, so only the bytes show it.
test('a comment with an apostrophe in it is dropped, not read as the start of a string', () => {
  assert.equal(compactCss(":host { /* the finder's own colours */ color: red; }\n/* it's */ a { top: 0 }"), ':host{color:red}a{top:0}');
});

test('quoted strings keep what looks like a comment, and their spaces', () => {
  assert.equal(compactCss("a::before { content: '/* not a comment */  ‹ '; }"), "a::before{content:'/* not a comment */  ‹ '}");
  assert.equal(compactCss('a::after { content: "it\'s /*"; } /* gone */ b { left: 0 }'), 'a::after{content:"it\'s /*"}b{left:0}');
});
