import { afterEach, describe, expect, it } from 'vitest';
import {
  EARLY_START_CLASS,
  earlyStartMarkup,
  markEarlyParts,
} from '../../scripts/early-start-page.ts';

const drawnPage = `
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header"><a href="/help">Need help now?</a></header>
  <div class="exit-bar"><a class="button exit-button" href="https://weather.com/">Exit this page</a></div>
  <div class="page"><main id="main-content"><h1>Get ready</h1><button type="submit">Start</button></main></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the start page written into index.html', () => {
  it('makes every part but the Exit bar inert and hidden, and leaves the page itself alone', () => {
    document.body.innerHTML = `<div id="root">${drawnPage}</div>`;
    const early = document.createElement('div');
    early.innerHTML = markEarlyParts();
    const parts = Array.from(early.children);
    expect(parts.map((part) => part.className)).toEqual([
      'skip-link',
      'site-header',
      'exit-bar',
      'page',
    ]);
    for (const part of parts) {
      const live = part.className === 'exit-bar';
      expect(part.hasAttribute('inert'), part.className).toBe(!live);
      expect(part.getAttribute('aria-hidden'), part.className).toBe(live ? null : 'true');
    }
    // The live page keeps working: only the copy was marked.
    expect(document.querySelector('#root [inert]')).toBeNull();
  });

  it('wraps what was drawn so that it shows only when the early check marks the page', () => {
    const markup = earlyStartMarkup(drawnPage);
    expect(markup).toBe(`<div class="${EARLY_START_CLASS}">${drawnPage}</div>`);
  });

  it.each([
    ['no main part (an error page was drawn)', drawnPage.replace(/main/g, 'section')],
    ['no Exit link', drawnPage.replace('exit-button', 'other-button')],
    [
      'a style in an attribute, which the policy would block',
      drawnPage.replace('<h1>', '<h1 style="color: red">'),
    ],
  ])('is left out when the drawn page has %s', (_case, drawn) => {
    expect(earlyStartMarkup(drawn)).toBeNull();
  });
});
