import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children just after the page around it has shown. A long page (the summary)
 * builds its first screen at once, so the heading takes focus quickly on a slow phone, and the
 * rest follows a moment later, in small slices that never hold up a tap or a key.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : null;
}
