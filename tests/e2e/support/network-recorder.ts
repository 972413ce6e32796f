import type { BrowserContext } from '@playwright/test';

// Records every request a browser context makes, and every Content-Security-Policy
// violation its pages report, so a test can count them and look inside them. The guard in
// fixtures.ts fails on the first off-origin request; this gives the full picture for the
// privacy report (how many requests, to where, and whether any carried an answer).

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The request body, if any: a GET for an asset has none. */
  body: string | null;
  headers: Record<string, string>;
}

export interface NetworkRecord {
  requests: RecordedRequest[];
  cspViolations: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
const BINDING = '__recordCspViolation';

function reportViolations(binding: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
  });
}

/** Starts recording. Call before the first page opens in the context. */
export async function recordNetwork(context: BrowserContext): Promise<NetworkRecord> {
  const record: NetworkRecord = { requests: [], cspViolations: [] };
  context.on('request', (request) => {
    record.requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      body: request.postData(),
      headers: request.headers(),
    });
  });
  await context.exposeBinding(BINDING, (_source, text: string) => {
    record.cspViolations.push(text);
  });
  await context.addInitScript(reportViolations, BINDING);
  return record;
}

/** Requests to anywhere but the app's own origin (data: and blob: URLs never leave). */
export function offOrigin(record: NetworkRecord, appOrigin: string): RecordedRequest[] {
  return record.requests.filter((request) => {
    const url = new URL(request.url);
    return !LOCAL_SCHEMES.has(url.protocol) && url.origin !== appOrigin;
  });
}

/** Requests whose address, headers or body hold any of the secrets (answers, free text). */
export function carrying(record: NetworkRecord, secrets: string[]): RecordedRequest[] {
  const lower = secrets.map((secret) => secret.toLowerCase());
  return record.requests.filter((request) => {
    let url = request.url;
    try {
      url = decodeURIComponent(request.url);
    } catch {
      // Keep the raw address.
    }
    const haystack = [url, request.body ?? '', ...Object.values(request.headers)]
      .join('\n')
      .toLowerCase();
    return lower.some((secret) => haystack.includes(secret));
  });
}
