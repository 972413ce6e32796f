import { useEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmPage } from '../../src/app/warm-page.tsx';
import { runWipes } from '../../src/storage/wipe-registry.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.title = '';
});

/** A page that would leave traces if its effects ran: a title, focus and a saved value. */
function pageThatCounts(built: string[], saved: string[]) {
  return function TracePage({ name }: { name: string }) {
    built.push(name);
    const heading = useRef<HTMLHeadingElement>(null);
    useEffect(() => {
      document.title = `Title of ${name}`;
      heading.current?.focus();
      saved.push(name);
    });
    return (
      <h1 ref={heading} tabIndex={-1}>
        Page {name}
      </h1>
    );
  };
}

describe('warmPage: building the next page ahead, out of sight', () => {
  it('builds the page without running any of its effects or touching the document', async () => {
    const built: string[] = [];
    const saved: string[] = [];
    const TracePage = pageThatCounts(built, saved);
    document.title = 'Step 1 of 6';
    const focused = document.activeElement;

    warmPage(<TracePage name="two" />);

    await vi.waitFor(() => expect(built).toContain('two'));
    // Give any effect a chance to run before looking for its traces.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toEqual([]);
    expect(document.title).toBe('Step 1 of 6');
    expect(document.activeElement).toBe(focused);
    expect(document.body.textContent).not.toContain('Page two');
    expect(document.querySelectorAll('h1')).toHaveLength(0);
  });

  it('keeps quiet about a page that cannot be built: it shows its error when really opened', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    let tried = false;
    function BrokenPage(): never {
      tried = true;
      throw new Error('cannot build');
    }
    try {
      warmPage(<BrokenPage />);
      await vi.waitFor(() => expect(tried).toBe(true));
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
    expect(reported).not.toHaveBeenCalled();
  });

  it('builds each new page once more as the person moves on', async () => {
    const built: string[] = [];
    const TracePage = pageThatCounts(built, []);
    warmPage(<TracePage name="two" />);
    await vi.waitFor(() => expect(built).toContain('two'));
    warmPage(<TracePage name="three" />);
    await vi.waitFor(() => expect(built).toContain('three'));
    expect(new Set(built)).toEqual(new Set(['two', 'three']));
  });

  it('lets the copy and its answers go on a quick exit or "Delete everything"', async () => {
    const built: string[] = [];
    const TracePage = pageThatCounts(built, []);
    const made: HTMLElement[] = [];
    const createElement = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const element = createElement(tag);
      made.push(element);
      return element;
    });
    warmPage(<TracePage name="with answers" />);
    const [holder] = made;
    await vi.waitFor(() => expect(holder?.textContent).toContain('Page with answers'));

    runWipes();

    expect(holder?.textContent).toBe('');
  });
});
