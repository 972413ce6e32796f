import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const domainLayers = ['./src/app', './src/features', './src/storage', './src/components'];
const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'zustand',
  'zustand/*',
  'react-hook-form',
  '@hookform/*',
  'react-router',
  'react-router/*',
];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', '.e2e-*/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Boundaries (docs in ARCHITECTURE.md): pure modules stay pure; ui primitives know no domain;
      // features do not reach into each other.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/rules', from: domainLayers, message: 'rules/ is pure: no app code.' },
            {
              target: './src/questionnaire',
              from: domainLayers,
              message: 'questionnaire/ is pure: no app code.',
            },
            {
              target: './src/components/ui',
              from: [
                './src/features',
                './src/app',
                './src/rules',
                './src/questionnaire',
                './src/content',
                './src/storage',
              ],
              message: 'ui primitives know no domain.',
            },
            {
              target: './src/features/intake',
              from: [
                './src/features/results',
                './src/features/couples',
                './src/features/share',
                './src/features/therapist',
              ],
              message: 'Features do not import each other; compose them in app/.',
            },
            {
              target: './src/features/results',
              from: [
                './src/features/intake',
                './src/features/couples',
                './src/features/share',
                './src/features/therapist',
              ],
              message: 'Features do not import each other; compose them in app/.',
            },
            {
              target: './src/features/couples',
              from: [
                './src/features/intake',
                './src/features/results',
                './src/features/share',
                './src/features/therapist',
              ],
              message: 'Features do not import each other; compose them in app/.',
            },
            {
              target: './src/features/therapist',
              from: [
                './src/features/intake',
                './src/features/results',
                './src/features/couples',
                './src/features/share',
              ],
              message: 'Features do not import each other; compose them in app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/rules/**', 'src/questionnaire/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'Pure modules import no UI or state libraries.' },
          ],
        },
      ],
    },
  },
);
