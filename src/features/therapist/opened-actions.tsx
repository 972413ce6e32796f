import { useEffect, useRef, useState } from 'react';
import { keptCopy, openCopy } from '../../content/therapist.ts';
import { downloadText } from '../../storage/download.ts';
import { KEPT_MAX_COUNT, type KeepResult } from '../../storage/kept-summaries.ts';
import { KeptConfirm } from './kept-confirm.tsx';
import { keptSummaries } from './kept-store.ts';
import { summaryMarkdown, summaryName } from './kept-text.ts';
import type { SealedEnvelope, SummaryPayload } from './sealed-summary.ts';
import './kept.css';

/** Where an opened summary came from: a file just opened, or the list of kept ones. */
export type OpenedFrom =
  | { kind: 'new'; envelope: SealedEnvelope }
  | { kind: 'kept'; id: string; number: number; received: string };

/** What the open page shows when the therapist comes back from a kept summary. */
export interface KeptReturn {
  notice: string;
}

type KeptRef = Extract<OpenedFrom, { kind: 'kept' }>;
type KeepProblem = Exclude<KeepResult, { ok: true }>['reason'];

function keepProblemText(reason: KeepProblem): string {
  const text = keptCopy.keepErrors[reason];
  return typeof text === 'function' ? text(KEPT_MAX_COUNT) : text;
}

/** The kept entry holding this envelope, if there is one. */
function keptEntryFor(envelope: SealedEnvelope): KeptRef | null {
  for (const item of keptSummaries.list().items) {
    if (item.kind === 'kept' && item.entry.sealed.ct === envelope.ct) {
      const { id, number, received } = item.entry;
      return { kind: 'kept', id, number, received };
    }
  }
  return null;
}

/**
 * Under an opened summary: print, download as text, keep it in this browser (or delete it once
 * kept), and go back. None of it prints.
 */
export function OpenedActions({
  summary,
  from,
  onAnother,
}: {
  summary: SummaryPayload;
  from: OpenedFrom | undefined;
  onAnother: (back?: KeptReturn) => void;
}) {
  const [kept, setKept] = useState<KeptRef | null>(from?.kind === 'kept' ? from : null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const name = kept ? summaryName(summary, kept.number) : '';

  useEffect(() => {
    if (!asking && wasAsking.current) removeRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const keep = (envelope: SealedEnvelope) => {
    const result = keptSummaries.keep(envelope);
    if (result.ok) {
      setProblem(null);
      setStatus(keptCopy.keptNow(openCopy.another));
      setKept(keptEntryFor(envelope));
      return;
    }
    if (result.reason === 'already-kept') {
      setProblem(null);
      setStatus(keptCopy.keepErrors['already-kept']);
      setKept(keptEntryFor(envelope));
      return;
    }
    setStatus('');
    setProblem(keepProblemText(result.reason));
  };

  const remove = () => {
    if (!kept) return;
    keptSummaries.remove(kept.id);
    if (from?.kind === 'kept') {
      onAnother({ notice: keptCopy.removed(name) });
      return;
    }
    // Opened from a file: it stays on screen, and can be kept again.
    setAsking(false);
    setKept(null);
    setStatus(keptCopy.removed(name));
  };

  return (
    <div className="opened-actions no-print">
      {from?.kind === 'new' && !kept ? <p className="hint">{keptCopy.explain}</p> : null}
      <p className="kept__status" role="status">
        {status}
      </p>
      {problem ? (
        <p className="notice" role="alert">
          {problem}
        </p>
      ) : null}
      {asking ? (
        <KeptConfirm
          label={name}
          question={keptCopy.confirmRemove(name)}
          yes={keptCopy.confirmYes}
          no={keptCopy.confirmNo}
          onYes={remove}
          onNo={() => setAsking(false)}
        />
      ) : (
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()}>
            {openCopy.print}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(
                summaryMarkdown(summary, kept?.received),
                keptCopy.fileName(summary.created),
                'text/markdown',
              )
            }
          >
            {keptCopy.download}
          </button>
          {kept ? (
            <button
              type="button"
              ref={removeRef}
              className="button button--secondary"
              onClick={() => setAsking(true)}
            >
              {keptCopy.remove}
            </button>
          ) : from?.kind === 'new' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => keep(from.envelope)}
            >
              {keptCopy.keep}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onAnother(from?.kind === 'kept' ? { notice: '' } : undefined)}
          >
            {from?.kind === 'kept' ? keptCopy.back : openCopy.another}
          </button>
        </div>
      )}
    </div>
  );
}
