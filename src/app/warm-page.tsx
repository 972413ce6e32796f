import { Activity, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { registerWipe } from '../storage/wipe-registry.ts';

const ignore = () => {};
let warm: Root | null = null;

/**
 * Builds a page once, out of sight, while the person reads the page before it. Why: the first
 * time a page renders, the browser compiles its code and React's for its kinds of fields. On a
 * slow phone that was about a third of the time from Continue to the next heading; done ahead,
 * the press that opens the page pays only for the page itself.
 *
 * The copy is hidden (React's Activity), so none of its effects run: it sets no title, takes
 * no focus, saves nothing and listens to nothing. It lives in an element that is never in the
 * document, so nothing of it reaches the screen or the accessibility tree. React builds hidden
 * content when it has nothing else to do, in small slices, so a tap meanwhile is never held up.
 * Only the latest copy is kept; the one before is let go. The quick exit and "Delete
 * everything" drop it too, since it holds the answers it was built with.
 */
export function warmPage(page: ReactElement): void {
  dropWarmPage();
  // A page that cannot be built here shows its own error when it really opens.
  warm = createRoot(document.createElement('div'), {
    onUncaughtError: ignore,
    onCaughtError: ignore,
    onRecoverableError: ignore,
  });
  warm.render(<Activity mode="hidden">{page}</Activity>);
}

/** Lets the copy go, and the answers it was built with. */
export function dropWarmPage(): void {
  warm?.unmount();
  warm = null;
}

registerWipe(dropWarmPage);
