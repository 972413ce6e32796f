import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Catalogue, Localised } from '../../src/content/catalogue.ts';
import { localised, setCatalogue } from '../../src/content/locale.ts';
import { startLocale } from '../../src/content/start-locale.ts';
import { helpCopy } from '../../src/content/en/help.ts';
import { startCopy } from '../../src/content/en/start.ts';

// A locale is a Catalogue: English's shape with the words widened. The type check is what keeps a
// locale complete, so these cases are checked by `tsc` (npm run typecheck) as well as run.

type HelpCopy = Catalogue['help']['helpCopy'];

describe('the Catalogue type', () => {
  it('takes other words in the same shape', () => {
    const spanishTitle: HelpCopy['title'] = '¿Necesitas ayuda ahora?';
    expectTypeOf(spanishTitle).toEqualTypeOf<string>();
    expectTypeOf<Localised<(count: number) => string>>().toEqualTypeOf<(count: number) => string>();
  });

  it('refuses a namespace missing a string', () => {
    const rest: Omit<HelpCopy, 'title'> = Object.fromEntries(
      Object.entries(helpCopy).filter(([key]) => key !== 'title'),
    ) as Omit<HelpCopy, 'title'>;
    // @ts-expect-error: a locale without `title` is not a Catalogue entry.
    const incomplete: HelpCopy = rest;
    expect(incomplete).not.toHaveProperty('title');
  });

  it('refuses a catalogue missing a namespace', () => {
    // @ts-expect-error: every namespace English has must be there.
    const partial: Catalogue = { help: { helpCopy } };
    expect(Object.keys(partial)).toEqual(['help']);
  });
});

describe('the locale seam', () => {
  // In this order: the first read happens before any locale is chosen, as the frame's does.
  it('hands out the chosen words, and English where the locale has none', () => {
    const early = localised('help', 'helpCopy', helpCopy);
    const chosen = { ...helpCopy, title: 'Chosen words' };
    setCatalogue('xx', { help: { helpCopy: chosen } } as unknown as Catalogue);
    // Read before the choice (the page frame) or after it (every page), the words are the same.
    expect(early.title).toBe('Chosen words');
    expect(localised('help', 'helpCopy', helpCopy).title).toBe('Chosen words');
    expect(Object.keys(early)).toEqual(Object.keys(chosen));
    // A namespace the locale lacks stays English rather than breaking the page.
    expect(localised('start', 'startCopy', startCopy).startButton).toBe(startCopy.startButton);
    setCatalogue('en');
    expect(localised('help', 'helpCopy', helpCopy).title).toBe(helpCopy.title);
  });

  it('settles on English when nothing else is asked for or available', async () => {
    expect(await startLocale({ requested: 'xx', preferred: ['yy'] })).toBe('en');
  });
});
