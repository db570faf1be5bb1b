// Flat ESLint config: typescript-eslint's recommended rules on the sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.cache/**', 'node_modules/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The command line runs without the editor.
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/cli and src/node must not import vscode' }] }] },
  },
  {
    // The core runs in every host (extension, command line, web worker, unit tests): no editor API and no Node
    // module; a host passes what it reads through the adapters in src/node/ or src/features/.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not import vscode' },
          ...builtinModules.map(name => ({ name, message: 'src/core must not import Node modules: read through an adapter' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src/core must not import Node modules: read through an adapter' }],
      }],
    },
  },
  {
    // Browser-side callbacks in UI tests run in the page, where DOM globals exist.
    files: ['test/ui/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.mocha } },
  },
);
