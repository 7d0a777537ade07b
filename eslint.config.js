// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsdoc from 'eslint-plugin-jsdoc';
import vitest from '@vitest/eslint-plugin';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'coverage', 'public/models', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core is pure: no DOM, no UI, store, workers or export imports.
    files: ['src/core/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/store/**', '**/workers/**', '**/export/**'],
              message: 'src/core must stay pure.',
            },
            {
              group: ['preact', 'preact/*', 'comlink', '@mediapipe/*', 'idb', 'node:*'],
              message: 'src/core must stay pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'self', 'localStorage'],
      'jsdoc/require-jsdoc': [
        'error',
        { publicOnly: true, require: { FunctionDeclaration: true } },
      ],
      'jsdoc/require-param': 'error',
    },
  },
  {
    files: ['tests/**/*.ts', 'e2e/**/*.ts'],
    plugins: { vitest },
    rules: { 'vitest/no-identical-title': 'error' },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly' } },
  },
);
