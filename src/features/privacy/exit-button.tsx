import { useEffect, useState } from 'react';
import { appCopy } from '../../content/app.ts';
import { exitCopy } from '../../content/privacy-notices.ts';
import {
  installOtherTabGuard,
  installPageshowGuard,
  NEUTRAL_URL,
  quickExit,
} from './quick-exit.ts';
import { createShiftCounter, SHIFT_PRESSES } from './shift-counter.ts';

/**
 * "Exit this page", on every page, in a short bar that stays at the top. It is a real link,
 * so it works even before the app's scripts finish; the click handler wipes first.
 */
export function ExitButton() {
  const [presses, setPresses] = useState(0);

  useEffect(() => {
    const onKey = createShiftCounter({ onCount: setPresses, onTrigger: () => quickExit() });
    // Capture phase: a field that stops key events cannot swallow the shortcut.
    document.addEventListener('keydown', onKey, true);
    const removeGuard = installPageshowGuard();
    const removeTabGuard = installOtherTabGuard();
    return () => {
      document.removeEventListener('keydown', onKey, true);
      removeGuard();
      removeTabGuard();
    };
  }, []);

  return (
    <div className="exit-bar">
      <div className="exit-bar__inner">
        <span id="exit-hint" className="exit-bar__hint">
          {appCopy.exitHint}
        </span>
        <a
          className="button button--warning exit-button"
          href={NEUTRAL_URL}
          rel="noreferrer"
          aria-describedby="exit-hint"
          onClick={(event) => {
            event.preventDefault();
            quickExit();
          }}
        >
          {appCopy.exit}
        </a>
        <span className="visually-hidden" aria-live="polite">
          {presses > 0 ? exitCopy.shiftCount(SHIFT_PRESSES - presses) : ''}
        </span>
      </div>
    </div>
  );
}
