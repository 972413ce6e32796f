import { useEffect, useRef, useState } from 'react';
import { keptCopy } from '../../content/therapist.ts';
import type { RecipientKeys } from '../../lib/hybrid-crypto.ts';
import { downloadText } from '../../storage/download.ts';
import type { KeptList as StoredList, KeptSummary } from '../../storage/kept-summaries.ts';
import { formatDate } from './format.ts';
import { KeptConfirm } from './kept-confirm.tsx';
import { keptSummaries } from './kept-store.ts';
import { summaryMarkdown, summaryName } from './kept-text.ts';
import type { KeptReturn, OpenedFrom } from './opened-actions.tsx';
import { openSummary, type SealedEnvelope, type SummaryPayload } from './sealed-summary.ts';
import './kept.css';

type Entry = KeptSummary<SealedEnvelope>;
/** One line of the list. A summary whose key is not here now is locked, never dropped. */
type Row =
  | { kind: 'open'; key: string; entry: Entry; summary: SummaryPayload }
  | { kind: 'locked'; key: string; entry: Entry }
  | { kind: 'damaged'; key: string; entry?: Entry };

async function openRows(list: StoredList<SealedEnvelope>, keys: readonly RecipientKeys[]) {
  const rows: Row[] = [];
  for (const item of list.items) {
    if (item.kind === 'damaged') {
      rows.push({ kind: 'damaged', key: item.key });
      continue;
    }
    const { entry } = item;
    const opened = await openSummary(entry.sealed, keys);
    if (opened.ok) rows.push({ kind: 'open', key: item.key, entry, summary: opened.summary });
    else if (opened.error === 'no-matching-key')
      rows.push({ kind: 'locked', key: item.key, entry });
    else rows.push({ kind: 'damaged', key: item.key, entry });
  }
  // Newest first: the one kept last is the one most likely wanted.
  return rows.reverse();
}

/** Each row with the name the list shows: damaged ones are counted down the list. */
function named(rows: readonly Row[]): { row: Row; name: string }[] {
  let damaged = 0;
  return rows.map((row) => {
    if (row.kind !== 'damaged') {
      return { row, name: summaryName(row.kind === 'open' ? row.summary : null, row.entry.number) };
    }
    damaged += 1;
    return { row, name: keptCopy.damagedName(damaged) };
  });
}

/**
 * The summaries kept in this browser, opened with the keys the page has now. Nothing shows
 * until something is kept.
 */
export function KeptSummaryList({
  keys,
  back,
  onOpen,
}: {
  /** The keys usable now; null while they load. */
  keys: readonly RecipientKeys[] | null;
  /** Set when the therapist comes back from a kept summary. */
  back: KeptReturn | null;
  onOpen: (summary: SummaryPayload, from: OpenedFrom) => void;
}) {
  const [list, setList] = useState(() => keptSummaries.list());
  const [rows, setRows] = useState<Row[] | null>(null);
  const [notice, setNotice] = useState(back?.notice ?? '');
  const [asking, setAsking] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once a question closes: back to its button, or to the heading.
  const returnTo = useRef<string | null>(back ? 'heading' : null);

  useEffect(() => {
    if (keys === null) return;
    let current = true;
    void openRows(list, keys).then((next) => {
      if (current) setRows(next);
    });
    return () => {
      current = false;
    };
  }, [list, keys]);

  useEffect(() => {
    if (asking) return;
    const target = returnTo.current;
    returnTo.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target) document.getElementById(`kept-remove-${target}`)?.focus();
  }, [asking, list]);

  const refresh = (message: string) => {
    returnTo.current = 'heading';
    setAsking(null);
    setNotice(message);
    setList(keptSummaries.list());
  };
  const cancel = (target: string) => {
    returnTo.current = target;
    setAsking(null);
  };

  const count = list.items.length;
  if (list.status === 'ok' && count === 0 && notice === '') return null;
  // Rows still being opened after a delete must not show what is gone.
  const present = new Set(list.items.map((item) => item.key));
  const shown = rows ? named(rows.filter((row) => present.has(row.key))) : null;

  return (
    <section className="kept" aria-labelledby="kept-heading">
      <h2 id="kept-heading" ref={headingRef} tabIndex={-1}>
        {keptCopy.listHeading}
      </h2>
      <p className="kept__status" role="status">
        {notice}
      </p>
      {list.status === 'newer' ? <p>{keptCopy.newer}</p> : null}
      {list.status === 'ok' && count === 0 ? <p>{keptCopy.empty}</p> : null}
      {count > 0 ? <p>{keptCopy.listLead}</p> : null}
      {count > 0 && shown === null ? <p>{keptCopy.loading}</p> : null}
      {shown && shown.length > 0 ? (
        <ul className="kept__list">
          {shown.map(({ row, name }) => {
            return (
              <li key={row.key} className="kept__item">
                <h3 className="kept__name">{name}</h3>
                <KeptFacts row={row} />
                {asking === row.key ? (
                  <KeptConfirm
                    label={name}
                    question={keptCopy.confirmRemove(name)}
                    yes={keptCopy.confirmYes}
                    no={keptCopy.confirmNo}
                    onYes={() => {
                      keptSummaries.remove(row.key);
                      refresh(keptCopy.removed(name));
                    }}
                    onNo={() => cancel(row.key)}
                  />
                ) : (
                  <div className="kept__actions">
                    {row.kind === 'open' ? (
                      <>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            onOpen(row.summary, {
                              kind: 'kept',
                              id: row.entry.id,
                              number: row.entry.number,
                              received: row.entry.received,
                            })
                          }
                        >
                          {keptCopy.open} <span className="visually-hidden">{name}</span>
                        </button>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            downloadText(
                              summaryMarkdown(row.summary, row.entry.received),
                              keptCopy.fileName(row.summary.created),
                              'text/markdown',
                            )
                          }
                        >
                          {keptCopy.download} <span className="visually-hidden">{name}</span>
                        </button>
                      </>
                    ) : null}
                    <button
                      type="button"
                      id={`kept-remove-${row.key}`}
                      className="link-button"
                      onClick={() => setAsking(row.key)}
                    >
                      {keptCopy.remove} <span className="visually-hidden">{name}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {count > 0 || list.status === 'newer' ? (
        asking === 'all' ? (
          <KeptConfirm
            label={keptCopy.removeAll}
            question={keptCopy.confirmRemoveAll(count)}
            yes={keptCopy.confirmAllYes}
            no={keptCopy.confirmAllNo}
            onYes={() => {
              keptSummaries.removeAll();
              refresh(keptCopy.removedAll);
            }}
            onNo={() => cancel('all')}
          />
        ) : (
          <p>
            <button
              type="button"
              id="kept-remove-all"
              className="button button--secondary"
              onClick={() => setAsking('all')}
            >
              {keptCopy.removeAll}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

/** When it came and when the consultation is; or why it cannot be opened now. */
function KeptFacts({ row }: { row: Row }) {
  if (row.kind === 'damaged') return <p>{keptCopy.damaged}</p>;
  const received = (
    <div>
      <dt>{keptCopy.received}</dt>
      <dd>{formatDate(row.entry.received)}</dd>
    </div>
  );
  if (row.kind === 'locked') {
    return (
      <>
        <dl className="kept__facts">{received}</dl>
        <p className="kept__locked">{keptCopy.locked}</p>
        <p className="hint">{keptCopy.lockedHint}</p>
      </>
    );
  }
  const { consultation } = row.summary;
  return (
    <dl className="kept__facts">
      {received}
      <div>
        <dt>{keptCopy.consultation}</dt>
        <dd>{consultation ? formatDate(consultation) : keptCopy.notGiven}</dd>
      </div>
    </dl>
  );
}
