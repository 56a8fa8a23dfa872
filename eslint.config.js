// Lint for the whole tree. Besides the usual TypeScript and React hook rules it enforces the house
// (architecture.md): shared/ is pure domain code, and the renderer never reaches into electron/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'http', 'net', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A guard assigned once the server knows its port is still read by handlers declared before it.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // CommonJS config files (electron-builder reads .cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests poke at malformed JSON and mocked modules, where a loose type says what is meant.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two classic hook rules. The React Compiler rules in the plugin's preset (set-state-in-effect,
      // refs, immutability) assume the compiler, which this app does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'The renderer talks to the host through renderer/host and shared/contract only.',
            },
            { group: NODE_BUILTINS, message: 'The renderer runs in a browser sandbox: no Node modules.' },
            { group: ['better-sqlite3', 'pdfkit', 'fontkit'], message: 'Storage and print live in the host (electron/).' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'konva', 'konva/*', 'react-konva', 'zustand', 'zustand/*'],
              message: 'shared/ is pure domain code: no UI libraries.',
            },
            { group: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit'], message: 'shared/ is pure domain code: no host libraries.' },
            { group: NODE_BUILTINS, message: 'shared/ is pure domain code: it runs in the browser too, so no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ depends on nothing else in the project.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'The host never imports renderer code; share it through shared/.' }],
        },
      ],
    },
  },
);
