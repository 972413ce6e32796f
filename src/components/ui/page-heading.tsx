import { useEffect, useRef, type ReactNode } from 'react';

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
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {caption ? <span className="caption">{caption} </span> : null}
      {children}
    </h1>
  );
}
