// ESLint (flat config): typescript-eslint's recommended rules plus the type-aware promise rules,
// so a promise is awaited, returned, or explicitly `void`ed with a reason. Formatting is Prettier's.
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-output/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text normalisers and the dead-letter store match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The reference run hands linkedom's document to Readability, whose typings expect the DOM
    // lib's Document (not in this Node project's lib), and reads the untyped JSON lines back.
    files: ['bench/lib/readability-runner.ts', 'bench/lib/jsonl-runner.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', 'bin/newswire'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web view's client script runs in the browser, as a classic script.
    files: ['apps/publish/src/web/assets/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
]);
