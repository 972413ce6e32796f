import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * A short label that every page heading inside shows first, such as whose answers these pages
 * hold. It sits inside the h1, so it is heard with the heading when the heading takes focus.
 */
export const PageHeadingTag = createContext<string | null>(null);

interface PageHeadingProps {
  children: ReactNode;
  /** Shown above the heading, e.g. "Step 2 of 6". */
  caption?: string;
}

/**
 * The page's h1. It takes focus when the page opens, so keyboard and screen-reader
 * users start at the top of the new page and hear its name.
 */
export function PageHeading({ children, caption }: PageHeadingProps) {
  const tag = useContext(PageHeadingTag);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {/* The spaces sit between the parts, so the name reads "Alex's answers Step 2 of 6 …". */}
      {tag ? <span className="heading-tag">{tag}</span> : null}
      {tag ? ' ' : null}
      {caption ? <span className="caption">{caption}</span> : null}
      {caption ? ' ' : null}
      {children}
    </h1>
  );
}
