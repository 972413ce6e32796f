import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * The `test` every e2e spec imports. It adds one automatic guard that fails a test when the
 * app breaks its privacy promise or crashes, even in a test that checks something else:
 *
 * - any request that leaves the app's origin (the built app's CSP has `connect-src 'none'`,
 *   and it loads no external fonts, images or scripts);
 * - any Content-Security-Policy violation the page reports;
 * - any uncaught page error, and any console error not expected by the test.
 *
 * A test that provokes an error on purpose lists the console messages it expects:
 *
 *   test.use({ allowedConsoleErrors: [/Failed to load resource/] });
 *
 * Usage: `import { test, expect } from './support/fixtures.ts';`
 */
export interface GuardFindings {
  offOriginRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

interface GuardFixtures {
  /** Console errors (matched against the message text) that this test expects. */
  allowedConsoleErrors: RegExp[];
  /** What the guard saw so far; tests may read it, for example to assert on a specific case. */
  guard: GuardFindings;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

const REPORT_BINDING = '__reportCspViolation';

// Runs in the page before the app: forwards every CSP violation to the test.
function listenForCspViolations(binding: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
  });
}

function watchPage(page: Page, findings: GuardFindings, allowed: RegExp[]) {
  page.on('pageerror', (error) => findings.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowed.some((pattern) => pattern.test(text))) return;
    findings.consoleErrors.push(`${page.url()}: ${text}`);
  });
}

async function installGuard(
  context: BrowserContext,
  appOrigin: string,
  findings: GuardFindings,
  allowed: RegExp[],
) {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol) || url.origin === appOrigin) return;
    findings.offOriginRequests.push(request.url());
  });
  await context.exposeBinding(REPORT_BINDING, ({ page }, text: string) => {
    findings.cspViolations.push(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(listenForCspViolations, REPORT_BINDING);
  context.on('page', (page) => watchPage(page, findings, allowed));
  for (const page of context.pages()) watchPage(page, findings, allowed);
}

export const test = base.extend<GuardFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ context, baseURL, allowedConsoleErrors }, use) => {
      const findings: GuardFindings = {
        offOriginRequests: [],
        cspViolations: [],
        pageErrors: [],
        consoleErrors: [],
      };
      await installGuard(context, new URL(baseURL!).origin, findings, allowedConsoleErrors);
      await use(findings);
      expect(findings, 'no network, CSP or page errors during the test').toEqual({
        offOriginRequests: [],
        cspViolations: [],
        pageErrors: [],
        consoleErrors: [],
      });
    },
    { auto: true },
  ],
});

export { expect };
