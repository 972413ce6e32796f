import { useEffect } from 'react';

/** Names the page in the tab and in history. Callers keep titles free of sensitive words. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
