import { defineConfig } from '@playwright/test';
import { chromeArgs } from './scripts/preview-server.ts';

// End-to-end tests run against the production build (with its CSP) in Debian's Chromium:
// Playwright's own browser download is not available on our machines. The Chromium flags
// are shared with the benchmark scripts (scripts/preview-server.ts).
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// Where the tested build goes. CI uses dist; on a shared work tree, a separate directory
// (E2E_DIST=.e2e-dist) keeps another build from swapping files under a running test.
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // E2E_OUTPUT keeps parallel runs on a shared work tree from deleting each other's artifacts.
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromeArgs,
    },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // Build first, so the tests always see the current code with its production CSP.
    // A build takes about a second; CI builds once more here rather than trusting a stale dist.
    command: `npm run build -- --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
