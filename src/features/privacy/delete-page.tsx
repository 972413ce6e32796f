import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { deleteCopy as copy } from '../../content/privacy-pages.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { deleteEverything } from '../../storage/delete-everything.ts';

type Stage = 'confirm' | 'working' | 'done' | 'leftovers';

/** "Delete everything": this page is the one confirmation; one button does the rest. */
export function DeletePage() {
  const [stage, setStage] = useState<Stage>('confirm');
  const navigate = useNavigate();
  const finished = stage === 'done' || stage === 'leftovers';
  useDocumentTitle(pageTitle(finished ? copy.doneTitle : copy.title));

  const run = async () => {
    setStage('working');
    const report = await deleteEverything();
    setStage(report.leftovers.length === 0 ? 'done' : 'leftovers');
  };

  if (finished) {
    return (
      <div key={stage}>
        <PageHeading>{copy.doneTitle}</PageHeading>
        {stage === 'done' ? (
          <p>{copy.doneBody}</p>
        ) : (
          <>
            <p>{copy.leftoverBody}</p>
            <button type="button" className="button button--warning" onClick={() => void run()}>
              {copy.leftoverRetry}
            </button>
          </>
        )}
        <p>
          {copy.historyNote} <Link to="/staying-safe">{copy.stayingSafeLink}</Link>
        </p>
        <p>
          <Link to="/">{copy.doneStart}</Link>
        </p>
      </div>
    );
  }
  return (
    <div key="confirm">
      <PageHeading>{copy.title}</PageHeading>
      <p>{copy.body}</p>
      <p>{copy.tip}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={stage === 'working'}
          onClick={() => void run()}
        >
          {stage === 'working' ? copy.working : copy.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => navigate(-1)}>
          {copy.cancel}
        </button>
      </div>
    </div>
  );
}
