/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { earlyStartScript, type EarlyStartFacts } from './scripts/early-start-guard.ts';
import { earlyStartPage } from './scripts/early-start-page.ts';
import { defaultLocale, localeTags, pseudoLocale } from './src/content/locales.ts';
import { STORAGE_PREFIX } from './src/storage/storage-backend.ts';

// A sub-path deploy sets BASE_PATH, for example BASE_PATH=/prep/ npm run build.
const base = process.env.BASE_PATH ?? '/';

// The one inline script: whether the start page's words in index.html may show (see
// scripts/early-start-guard.ts). The policy allows it by its hash, and no other.
export const earlyStartFacts: EarlyStartFacts = {
  base,
  storagePrefix: STORAGE_PREFIX,
  locales: Object.keys(localeTags).filter((locale) => locale !== pseudoLocale),
  defaultLocale,
};
export const earlyStartCheck = earlyStartScript(earlyStartFacts);
const earlyStartHash = createHash('sha256').update(earlyStartCheck).digest('base64');

// The policy that makes "nothing leaves this device" provable: no connections, no inline
// script but the one above, no forms posting anywhere. Only the build carries it, since the
// dev server needs inline scripts and a websocket for hot reload.
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${earlyStartHash}'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

const CHARSET_TAG = '<meta charset="UTF-8" />';

/** The policy, then the early check, just after the charset (which must stay near the top). */
function contentSecurityPolicyMeta(): Plugin {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replaceAll("'", '&#39;')}" />`;
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // The check comes before the stylesheet: an inline script after one waits for it to
      // load, and holds up the parsing of the page meanwhile.
      handler: (html) => {
        if (!html.includes(CHARSET_TAG)) throw new Error(`index.html needs ${CHARSET_TAG}`);
        return html.replace(
          CHARSET_TAG,
          `${CHARSET_TAG}\n    ${policy}\n    <script>${earlyStartCheck}</script>`,
        );
      },
    },
  };
}

// main.tsx imports the route table, and with it the code every page needs ("core", below), by
// import(), so the frame's script stays small. Hints in the page let the browser fetch both at
// once, beside that script, rather than only after it has run.
const firstPageChunks = new Set(['routes', 'core']);
function preloadFirstPage(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-page',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter((chunk) => chunk.type === 'chunk' && firstPageChunks.has(chunk.name))
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${chunk.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

// react-router names its components with top-level `X.displayName = "…"` writes and creates
// them with unannotated React.forwardRef / createContext / memo calls. A bundler must keep
// anything that may have a side effect, so every router component (NavLink, Form,
// ScrollRestoration and all they use) shipped, used or not. The names only serve React DevTools
// and the calls are pure, so the build drops the one and marks the other: about 2 kB less JS.
const routerProductionBuild = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);
const routerFile = /node_modules\/react-router\/dist\/.+\.mjs$/;
function reactRouterTreeShaking(): Plugin {
  return {
    name: 'react-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!routerFile.test(id)) return null;
      return code
        .replace(/^[\w$]+\.displayName = "[^"]*";$/gm, '')
        .replace(/\b(React\d*\.(?:forwardRef|createContext|memo)\()/g, '/* @__PURE__ */ $1');
    },
  };
}

// Every module that `roots` import, directly or through others, with the roots: what those
// pages need before they work. Computed once per chunking pass from the module graph.
const closures = new WeakMap<object, Map<string, Set<string>>>();
function staticClosure(ctx: ChunkingContext, roots: string[]): Set<string> {
  const first = ctx.getModuleInfo(roots[0]!);
  if (!first) return new Set();
  const byRoots = closures.get(first) ?? new Map<string, Set<string>>();
  closures.set(first, byRoots);
  const key = roots.join('|');
  const known = byRoots.get(key);
  if (known) return known;
  const found = new Set<string>(roots);
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) {
      if (!found.has(imported)) {
        found.add(imported);
        queue.push(imported);
      }
    }
  }
  byRoots.set(key, found);
  return found;
}

const appFile = (path: string) => fileURLToPath(new URL(`./src/app/${path}`, import.meta.url));
/** What the start page needs: the route table and all it imports. */
const startPageCode = (ctx: ChunkingContext) => staticClosure(ctx, [appFile('routes.tsx')]);
/** What the individual journey's later pages need: the steps, check answers and the summary. */
const journeyCode = (ctx: ChunkingContext) =>
  staticClosure(ctx, ['step-route.tsx', 'check-route.tsx', 'summary-route.tsx'].map(appFile));

// Modules that import only each other and run nothing as they load; see the "model" chunk
// below. `npm run size` fails if the readers, through it, would load a chunk whose stores read
// storage as they load. The plural and list formatters (content/format.ts) are among them: as a
// chunk of their own they cost 0.2 kB more before Start works.
export const pureStartCode =
  /src\/(questionnaire\/|storage\/(exit-mark|sealed-state|storage-settings|persisted-state|storage-backend|stored-readers)\.ts|lib\/(base64url|passphrase-crypto)\.ts|content\/format\.ts)/;

/** The zod readers of stored state: the "readers" chunk below. */
export const readersChunkTest =
  /src\/(storage\/(install-stored-readers|[\w-]+-reader|migrations)|questionnaire\/(answers|notebook|salvage|notebook-salvage))\.ts|node_modules\/zod\//;

/** What the lazy "psi" chunk holds (below); `npm run bench:psi` builds its page with it too. */
export const psiChunkTest =
  /node_modules\/@noble\/|src\/(lib\/psi\.ts|questionnaire\/partner-reply\.ts)/;

// Lazy code grouped by journey. Only modules that no eager module imports land here
// (includeDependenciesRecursively: false), so grouping never grows the first load.
const lazyChunkGroups = [
  // Each locale's words in one chunk of its own, named so the size budget can find it.
  { name: 'locale-es', test: /src\/content\/es\// },
  {
    // What a summary or check page shows of a therapist's link: without the builder, the
    // opener and the form library, which only the therapist's own pages need.
    name: 'therapist-link',
    test: /src\/(features\/therapist\/(results-parts|link-check-answers|summary-payload|sealed-summary|format|paths)\.ts|content\/(en\/)?therapist\.ts)/,
  },
  {
    name: 'therapist',
    test: /src\/(features\/therapist|content\/(en\/)?therapist)/,
  },
  {
    name: 'couples',
    test: /src\/(app\/(couple-pages|together-journey|apart-summary-route)|features\/couples|rules\/compare|content\/(en\/)?couples)/,
  },
  {
    // The notebook of free calls; the summary's link to it stays with the results.
    name: 'notebook',
    test: /src\/(app\/notebook-routes|features\/notebook\/(?!after-calls-panel|notebook-paths)|content\/(en\/)?notebook\.ts)/,
  },
  {
    name: 'results',
    // With the pages that import it anyway (the summary's route, help, adults only and the
    // safety items), so opening one of them fetches one chunk, not two.
    test: /src\/(app\/(summary|help)-route|features\/(results|intake\/under-18-page|notebook\/(after-calls-panel|notebook-paths))|content\/(en\/)?notebook-links\.ts|components\/domain\/(specialty-copy|safety-resource|safety-section|place-panel|other-places-help|contact-list)|rules\/|content\/(en\/)?(specialties|referrals|questions|question-text|reasons|guides|safety|results|help|plan|places|place-credentials|place-safety|place-text|other-listed-countries)\.ts)/,
  },
  {
    name: 'intake',
    // Not the start page (it loads with the route table, without the form library), nor what
    // opens an answers file (a chunk of its own, fetched when a file is chosen), and not
    // the under-18 page (its safety resources would pull in the results chunk).
    // The safety question is asked in the relationship step and again in a couple's turns.
    test: /src\/(app\/(step-route|fetch-ahead|warm-page)|features\/intake\/(?!under-18-page|start-page|import-answers|open-answers-file|resume-box)|components\/domain\/safety-question)/,
  },
  {
    // The notices about saved things that could not all be read back, with their words: only
    // a visit with such a notice fetches them (app/notice-banners.tsx).
    name: 'notices',
    test: /src\/(app\/(notices|load-notice-banner|session-notice-banner|notice-list)\.tsx|content\/(en\/)?notices\.ts)/,
  },
  {
    name: 'privacy-pages',
    test: /src\/(features\/privacy\/(privacy-page|staying-safe-page|delete-page|storage-settings-form|unlock-screen|passphrase-fields)|content\/(en\/)?privacy-pages\.ts)/,
  },
  {
    // The private set intersection for couples apart: the curve code (@noble), lib/psi.ts and
    // the reply code. Above "stores", whose regex also matches the two source files, so that
    // the stores chunk never imports the curve; partner-code.ts reaches it only by import().
    name: 'psi',
    test: psiChunkTest,
  },
  { name: 'forms', test: /node_modules\/(react-hook-form|@hookform)/ },
  {
    // The zod readers of stored state, loaded before the app's code only when something is
    // stored (stored-readers.ts). They import nothing from "core", whose stores read storage as
    // their code runs: loading it first would read before the readers were there.
    name: 'readers',
    test: readersChunkTest,
  },
  {
    // The pure parts of the start page's code (no React, no stores, nothing run on import),
    // which main.tsx and the readers share with "core" without loading it.
    name: (id: string, ctx: ChunkingContext) => (startPageCode(ctx).has(id) ? 'model' : null),
    debugName: 'model',
    test: pureStartCode,
  },
  // What every page needs, which arrives together just after the first script anyway: the
  // stores and copy that the route table imports (see startPageCode). Then what the steps,
  // check answers and the summary need of the rest ("journey", see journeyCode): every visitor
  // fetches it, during step 1 at the latest. The rest of storage, questionnaire and lib
  // (couples, therapists' keys and kept summaries) goes to "stores", fetched by the pages that
  // use it; before this split the journey's pages fetched it all, 7.7 kB more. "journey" imports
  // only from "core", and "stores" from both, never back. Of the groups above, they may import
  // only "readers" and "model", which import none of them; any other import would be a cycle.
  {
    name: (id: string, ctx: ChunkingContext) =>
      startPageCode(ctx).has(id) ? 'core' : journeyCode(ctx).has(id) ? 'journey' : 'stores',
    debugName: 'core, journey or stores',
    test: /src\/(app\/use-progress|storage(?!\/language-choice)|questionnaire|lib\/(?!qr-encoder)|components\/ui\/(?!app-link|code-output|qr-code)|components\/domain\/country-choice|content\/(?!es\/|(en\/)?app\.ts|locales?\.ts|start-locale\.ts|format\.ts|language-names\.ts))|node_modules\/(zod|zustand)\//,
  },
].map((group, index, groups) => ({ ...group, priority: groups.length - index }));

export default defineConfig(({ command }) => ({
  base,
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    preloadFirstPage(),
    reactRouterTreeShaking(),
    earlyStartPage(),
  ],
  // react-router's package exports only its development build, which keeps checks and warnings
  // for developers. The build takes the production one the package also ships.
  resolve:
    command === 'build'
      ? { alias: [{ find: /^react-router$/, replacement: routerProductionBuild }] }
      : undefined,
  // Every browser we support has native modulepreload, so the polyfill is dead weight.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // One chunk per journey rather than one per page: every chunk costs its own imports
        // and gzip dictionary, so many small chunks weigh more in total than a few.
        codeSplitting: {
          groups: lazyChunkGroups,
          includeDependenciesRecursively: false,
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // The file name picks the environment, so no test carries a pragma: `*.test.ts` runs in
    // node (no DOM; tests of storage import tests/support/web-storage.ts), `*.test.tsx` renders
    // React in jsdom. A .ts test that truly needs a document is named `*.dom.test.ts`.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts', 'tests/fuzz/**'],
        },
      },
      {
        // Fuzz runs scale with FUZZ_RUNS (10,000 in CI): time to finish on a busy machine.
        extends: true,
        test: {
          name: 'fuzz',
          environment: 'node',
          include: ['tests/fuzz/**/*.test.ts'],
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', 'tests/**/*.dom.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Vitest leaves one core to itself by default, which is one worker on a two-core machine.
    // Forks measured faster here than threads (171 s against 184 s for the whole suite).
    pool: 'forks',
    maxWorkers: 2,
    restoreMocks: true,
    testTimeout: 20_000,
  },
}));
