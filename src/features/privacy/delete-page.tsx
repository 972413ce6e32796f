import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { pageTitle } from '../../content/en/app.ts';
import { deleteCopy } from '../../content/en/privacy.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';

/** "Delete my answers", with one confirmation, reachable from every page's footer. */
export function DeletePage() {
  const [deleted, setDeleted] = useState(false);
  const deleteAll = useAnswersStore((state) => state.deleteAll);
  const navigate = useNavigate();
  useDocumentTitle(pageTitle(deleted ? deleteCopy.doneTitle : deleteCopy.title));

  if (deleted) {
    return (
      <div key="done">
        <PageHeading>{deleteCopy.doneTitle}</PageHeading>
        <p>{deleteCopy.doneBody}</p>
        <p>
          <Link to="/">{deleteCopy.doneStart}</Link>
        </p>
      </div>
    );
  }
  return (
    <div key="confirm">
      <PageHeading>{deleteCopy.title}</PageHeading>
      <p>{deleteCopy.body}</p>
      <p>{deleteCopy.tip}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            deleteAll();
            setDeleted(true);
          }}
        >
          {deleteCopy.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => navigate(-1)}>
          {deleteCopy.cancel}
        </button>
      </div>
    </div>
  );
}
