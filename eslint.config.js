import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// Layers, top to bottom. Each may import only the layers below it (docs/architecture.md).
// The feature zones are built from the folder list, so a new feature is covered the day it exists.
const root = import.meta.dirname;
const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const app = './src/app';
const allFeatures = './src/features';
const domain = './src/components/domain';
const ui = './src/components/ui';
const content = './src/content';
const storage = './src/storage';
const rules = './src/rules';
const questionnaire = './src/questionnaire';
const lib = './src/lib';
const belowFeatures = [domain, ui, content, storage, rules, questionnaire, lib];

const zones = [
  {
    target: [allFeatures, ...belowFeatures],
    from: app,
    message: 'Nothing imports app/: app composes.',
  },
  ...features.map((feature) => ({
    target: `${allFeatures}/${feature}`,
    from: allFeatures,
    except: [`./${feature}`],
    message:
      'Features do not import each other; compose them in app/ or share via components/domain.',
  })),
  {
    // A folder created after ESLint started (an editor's long-running server) is held too.
    target: `${allFeatures}/!(${features.join('|')})/**`,
    from: features.map((feature) => `${allFeatures}/${feature}/**`),
    message:
      'Features do not import each other; compose them in app/ or share via components/domain.',
  },
  {
    target: belowFeatures,
    from: allFeatures,
    message: 'Only app/ imports features/.',
  },
  {
    target: [ui, content, storage, rules, questionnaire, lib],
    from: domain,
    message: 'components/domain is for features and app/ only.',
  },
  {
    target: [content, storage, rules, questionnaire, lib],
    from: ui,
    message: 'Components are for features and app/ only.',
  },
  {
    target: [ui, storage, rules, questionnaire, lib],
    from: content,
    message: 'Copy is for the UI: logic and primitives take ids, never words.',
  },
  {
    // The locale seam (content/<name>.ts) hands out the chosen locale's words.
    target: [app, allFeatures, domain],
    from: `${content}/en`,
    message: 'Copy comes through the locale seam: import content/<name>.ts, not content/en/.',
  },
  {
    // A locale's words may use Intl (format.ts) and shapes, but not the seam, which waits for
    // them to load: importing it would be a loop that never finishes.
    target: `${content}/*/**`,
    from: `${content}/!(format|catalogue|content-schemas).ts`,
    message: "A locale's words import only words, shapes and content/format.ts.",
  },
  {
    target: [ui, rules, questionnaire, lib],
    from: storage,
    message: 'storage/ is for features and app/ only.',
  },
  {
    target: [ui, storage, questionnaire, lib],
    from: rules,
    message: 'rules/ is for features, content and app/; questionnaire/ sits below it.',
  },
  {
    target: [ui, lib],
    from: questionnaire,
    message: 'questionnaire/ is domain: ui and lib know none.',
  },
];
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
const uiLibrarySource =
  '/^(react|react-dom|zustand|react-hook-form|react-router)(\\/|$)|^@hookform\\//';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      '.e2e-*/**',
      '.bench-floor',
      '.bench-floor-steps',
      '.bench-psi',
    ],
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
      // Boundaries (docs/architecture.md): imports only flow down the layers.
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
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
      // no-restricted-imports does not see import('react'); a selector does.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=${uiLibrarySource}]`,
          message: 'Pure modules import no UI or state libraries, not even lazily.',
        },
      ],
    },
  },
  {
    // Copy holds words. It may name rule ids and types, but never runs rule logic to pick them.
    files: ['src/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/rules/(?!(ids|question-ids)\\.ts$)|/questionnaire/conditions\\.ts$',
              allowTypeImports: true,
              message: 'Copy chooses nothing by logic: let rules/ or the feature pick the lines.',
            },
          ],
        },
      ],
    },
  },
);
