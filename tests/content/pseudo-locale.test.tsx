import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

// The pseudo-locale marks every string in the catalogue ⟦like this⟧. A page rendered in it
// shows any words that did not come through the locale seam: words written into a component,
// or copy read from English before the locale was chosen.

type RenderApp = typeof import('../support/render-app.tsx');
let app: RenderApp;
let settled: string;

beforeAll(async () => {
  // As in the app: the page frame's modules load first, the locale is chosen, then pages load.
  app = await import('../support/render-app.tsx');
  const { startLocale } = await import('../../src/content/start-locale.ts');
  settled = await startLocale({ requested: 'en-XA' });
});

const open = '⟦';
const close = '⟧';

/** What is left of the page's text once every marked string is taken out. */
function unmarkedWords(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  // Codes, QR images and the person's own words are not copy.
  copy.querySelectorAll('code, pre, textarea, svg, input').forEach((node) => node.remove());
  // A language's own name ("Español") is written in that language on purpose, marked by `lang`.
  copy.querySelectorAll('[lang]').forEach((node) => node.remove());
  const texts = [copy.textContent ?? ''];
  copy.querySelectorAll('[aria-label], [placeholder], [alt], [title]').forEach((node) => {
    for (const name of ['aria-label', 'placeholder', 'alt', 'title']) {
      const value = node.getAttribute(name);
      if (value) texts.push(value);
    }
  });
  texts.push(document.title);
  const innermost = new RegExp(`${open}[^${open}${close}]*${close}`, 'g');
  return texts.flatMap((text) => {
    let rest = text;
    while (innermost.test(rest)) rest = rest.replace(innermost, ' ');
    return rest.match(/[A-Za-z]{2,}[^⟦]*/g) ?? [];
  });
}

describe('the pseudo-locale, chosen at start', () => {
  it('is the locale the app settles on', () => {
    expect(settled).toBe('en-XA');
  });

  const answeredPages = [
    '/prepare/1',
    '/prepare/2',
    '/prepare/3',
    '/prepare/4',
    '/prepare/5',
    '/prepare/6',
    '/prepare/check',
    '/prepare/summary',
  ];
  const pages = [
    '/',
    '/help',
    '/privacy',
    '/staying-safe',
    '/delete',
    '/for-therapists',
    '/for-therapists/open',
    '/from',
    '/prepare/adults-only',
    '/no-such-page',
  ];

  it.each(pages)('%s has no words outside the catalogue', async (path) => {
    app.renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    expect(unmarkedWords(document.body)).toEqual([]);
  });

  it.each(answeredPages)('%s, with answers, has no words outside the catalogue', async (path) => {
    app.renderApp(
      path,
      app.completedState({
        concerns: ['low-desire', 'erectile-difficulty'],
        goals: ['feel-less-anxious'],
      }),
    );
    await screen.findByRole('heading', { level: 1 });
    expect(unmarkedWords(document.body)).toEqual([]);
  });
});
