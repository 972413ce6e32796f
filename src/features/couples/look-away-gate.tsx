import { useState, type ReactNode } from 'react';
import { pageTitle } from '../../content/app.ts';
import { lookAwayCopy } from '../../content/couples.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';

interface LookAwayGateProps {
  name: string;
  other: string;
  /** A line for every partner alike, such as the one about passcodes. */
  note?: string;
  children: ReactNode;
}

/**
 * A hand-over screen in front of one partner's private view. What it hides is never in the
 * page until the partner confirms, and a reload or Back shows this screen again.
 */
export function LookAwayGate({ children, ...props }: LookAwayGateProps) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children}</>;
  return <Closed {...props} onOpen={() => setOpen(true)} />;
}

function Closed({
  name,
  other,
  note,
  onOpen,
}: Omit<LookAwayGateProps, 'children'> & { onOpen(): void }) {
  useDocumentTitle(pageTitle(lookAwayCopy.title));
  return (
    <section className="handover">
      <PageHeading>{lookAwayCopy.heading(name)}</PageHeading>
      <p className="lead">{lookAwayCopy.body(name, other)}</p>
      {note ? <p>{note}</p> : null}
      <button type="button" className="button button--start" onClick={onOpen}>
        {lookAwayCopy.confirm(name)}
      </button>
    </section>
  );
}
