import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'src/generated/', 'custom-elements.json', '.cache/', 'storybook-static/', 'docs/examples/**/node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/widgets/**/*.ts', 'src/inbox/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/widgets/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/widgets/**/*.ts'],
    rules: {
      // Lit elements register with @customElement, which these rules do not see.
      'wc/guard-super-call': 'off',
      'wc/no-constructor-attributes': 'off',
      // Events and types live beside their element by design (STYLE.md).
      'wc/no-exports-with-element': 'off',
      // lit's own decorators define the element; file-name and tag checks are ours (kebab-case files).
      'wc/file-name-matches-element': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'src/cli/**', 'src/server/**', 'test/**', 'stories/**', 'bench/**', '*.mjs', '.storybook/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/sdk/**/*.ts'],
    rules: {
      // The SDK is DOM-free and must not reach the widgets, the server or lit.
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', '**/widgets/**', '**/server/**', '**/cli/**', 'node:*'] },
      ],
    },
  },
);
