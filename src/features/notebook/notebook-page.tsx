import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { pageTitle } from '../../content/app.ts';
import { notebookHomeCopy as copy, entryCopy } from '../../content/notebook.ts';
import { NOTEBOOK_MAX_THERAPISTS, warningsOf } from '../../questionnaire/notebook.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { callDate, therapistName } from './compare-model.ts';
import { notebookPaths } from './notebook-paths.ts';
import './notebook.css';

/** What the entry page says on its way back here. */
export interface NotebookReturn {
  saved?: string;
}

/** The notebook: everyone the person has spoken to, with a way to add, change and compare. */
export function NotebookPage({ summaryReady }: { summaryReady: boolean }) {
  useDocumentTitle(pageTitle(copy.title));
  const therapists = useAnswersStore((state) => state.notebook.therapists);
  const removeTherapist = useAnswersStore((state) => state.removeTherapist);
  const location = useLocation();
  const saved = (location.state as NotebookReturn | null)?.saved;
  const [asking, setAsking] = useState<string | null>(null);
  const [status, setStatus] = useState(saved ? copy.saved(saved) : '');
  const confirmRef = useRef<HTMLDivElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the question closes: back to the button, or to the list.
  const returnTo = useRef<string | null>(null);
  const full = therapists.length >= NOTEBOOK_MAX_THERAPISTS;

  useEffect(() => {
    if (asking) {
      confirmRef.current?.focus();
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    if (target === 'list') listHeadingRef.current?.focus();
    else if (target) document.getElementById(`remove-${target}`)?.focus();
  }, [asking]);

  const remove = (id: string, name: string) => {
    removeTherapist(id);
    returnTo.current = 'list';
    setAsking(null);
    setStatus(copy.removed(name));
  };

  return (
    <div className="notebook">
      <PageHeading>{copy.title}</PageHeading>
      <p className="notebook__status" role="status">
        {status}
      </p>
      <p className="lead">{copy.lead}</p>
      <p>
        {copy.privacy} <Link to="/privacy">{copy.privacyLink}</Link>
      </p>
      <h2 ref={listHeadingRef} tabIndex={-1}>
        {copy.listHeading}
      </h2>
      {therapists.length === 0 ? <p>{copy.empty}</p> : null}
      <ul className="notebook__list">
        {therapists.map((entry, n) => {
          const name = therapistName(entry, n + 1);
          const warnings = warningsOf(entry).length;
          const guts = Object.values(entry.impressions).flatMap((item) =>
            item?.gut ? [entryCopy.gut[item.gut]] : [],
          );
          return (
            <li key={entry.id} className="notebook__item">
              <h3 className="notebook__name">{name}</h3>
              <p className="notebook__meta">
                {callDate(entry.date) || copy.noDate}
                {guts.length > 0 ? ` · ${guts.join(' / ')}` : ''}
              </p>
              {warnings > 0 ? (
                <p className="notebook__warning">{copy.warningCount(warnings)}</p>
              ) : null}
              {asking === entry.id ? (
                <div
                  className="notice"
                  ref={confirmRef}
                  tabIndex={-1}
                  role="group"
                  aria-label={name}
                >
                  <p>{copy.confirmRemove(name)}</p>
                  <div className="button-group">
                    <button
                      type="button"
                      className="button button--warning"
                      onClick={() => remove(entry.id, name)}
                    >
                      {copy.confirmYes}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        returnTo.current = entry.id;
                        setAsking(null);
                      }}
                    >
                      {copy.confirmNo}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="notebook__actions">
                  <Link to={notebookPaths.entry(entry.id)}>
                    {copy.change} <span className="visually-hidden">{copy.hiddenName(name)}</span>
                  </Link>
                  <button
                    type="button"
                    id={`remove-${entry.id}`}
                    className="link-button"
                    onClick={() => setAsking(entry.id)}
                  >
                    {copy.remove} <span className="visually-hidden">{copy.hiddenName(name)}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {full ? (
        <p className="inset-text">{copy.full(NOTEBOOK_MAX_THERAPISTS)}</p>
      ) : (
        <p>
          <Link className="button" to={notebookPaths.add}>
            {therapists.length === 0 ? copy.add : copy.addAnother}
          </Link>
        </p>
      )}
      {therapists.length >= 2 ? (
        <p>
          <Link className="button button--secondary" to={notebookPaths.compare}>
            {copy.compare}
          </Link>
        </p>
      ) : (
        <p className="muted">{copy.compareNeedsTwo}</p>
      )}
      {summaryReady ? (
        <p>
          <Link to="/prepare/summary">{copy.backToPlan}</Link>
        </p>
      ) : null}
    </div>
  );
}
