// Puts the start page's words into the built index.html, so a first visit on a slow phone can
// read them while the app's code is still arriving (in Chromium at 4× CPU they came at 712 ms,
// once React had run; from here, at about 340 ms). The words are taken from the built app, drawn
// by Chromium, so they are exactly what React will draw a moment later, which then replaces
// them with its own, live copy. Until then all but the Exit bar is inert: it can be read, but
// its fields and links do nothing yet. The Exit link is a real link and works at once.
// The check in early-start-check.js decides, in the page, whether they show at all.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const ROOT_TAG = '<div id="root"></div>';
export const EARLY_START_CLASS = 'early-start';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Serves the build on 127.0.0.1 for the capture: files as they are, index.html for the rest. */
function serveBuild(outDir: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inBuild = path.startsWith(base) ? path.slice(base.length) : '';
    const file = normalize(join(outDir, inBuild || 'index.html'));
    const send = (name: string) =>
      readFile(name).then((body) => {
        response.writeHead(200, { 'content-type': types[extname(name)] ?? 'text/plain' });
        response.end(body);
      });
    const safe = file.startsWith(normalize(outDir));
    (safe ? send(file) : Promise.reject(new Error('outside the build')))
      .catch(() => send(join(outDir, 'index.html')))
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

/** The start page's markup as the built app draws it on a plain first visit in English. */
async function drawStartPage(origin: string, base: string): Promise<string> {
  const { chromium } = await import('@playwright/test');
  const { chromeArgs, chromePath } = await import('./preview-server.ts');
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    await page.goto(`${origin}${base}`);
    await page.getByRole('button', { name: 'Start' }).waitFor({ timeout: 20_000 });
    // Let the effects that follow the first draw settle (the page's status lines).
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1_000 })),
    );
    return await page.evaluate(markEarlyParts);
  } finally {
    await browser.close();
  }
}

/**
 * Runs in the page (so it uses nothing from outside): a copy of what the app drew, with every
 * part but the Exit bar made inert and hidden from assistive technology. They can be read,
 * but do nothing until the app's own copy replaces them; a screen reader meets them only then.
 * The Exit link is a real link, so it works at once.
 */
export function markEarlyParts(): string {
  const drawn = document.getElementById('root')?.cloneNode(true) as HTMLElement | undefined;
  if (!drawn) return '';
  for (const part of Array.from(drawn.children)) {
    if (part.querySelector('a.exit-button')) continue;
    part.setAttribute('inert', '');
    part.setAttribute('aria-hidden', 'true');
  }
  return drawn.innerHTML;
}

/** Wraps the drawn markup for index.html, or null if it is not what the early check expects. */
export function earlyStartMarkup(drawn: string): string | null {
  // Styles in attributes would break the Content-Security-Policy (style-src 'self').
  if (!/<main[\s>]/.test(drawn) || !drawn.includes('exit-button') || /\sstyle="/.test(drawn)) {
    return null;
  }
  return `<div class="${EARLY_START_CLASS}">${drawn}</div>`;
}

/** The plugin: after each client build, draws the start page and writes it into index.html. */
export function earlyStartPage(): Plugin {
  let outDir = 'dist';
  let base = '/';
  let skip = false;
  return {
    name: 'early-start-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      base = config.base;
      skip = Boolean(config.build.ssr) || Boolean(config.build.watch);
    },
    async closeBundle() {
      if (skip) return;
      const indexFile = join(outDir, 'index.html');
      const html = await readFile(indexFile, 'utf8');
      if (!html.includes(ROOT_TAG)) return;
      const { server, origin } = await serveBuild(outDir, base);
      try {
        const markup = earlyStartMarkup(await drawStartPage(origin, base));
        if (!markup) throw new Error('the drawn start page was not as expected');
        await writeFile(indexFile, html.replace(ROOT_TAG, `<div id="root">${markup}</div>`));
      } catch (error) {
        // Without a browser the app works just the same; its first visit draws a little later.
        this.warn(`start page not written into index.html: ${(error as Error).message}`);
      } finally {
        server.close();
      }
    },
  };
}
