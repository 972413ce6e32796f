import { Link } from '../../components/ui/app-link.tsx';
import { storageNoticeCopy as copy } from '../../content/privacy-notices.ts';
import type { StorageNotice as Notice } from '../../storage/storage-mode.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';

function noticeText(notice: Notice): string {
  if (notice.kind === 'forgotten') return copy.forgotten(notice.days);
  if (notice.kind === 'settings-reset') return copy['settings-reset'](notice.days);
  return copy[notice.kind];
}

/** Storage news when the app opens, and a standing reminder when nothing is saved. */
export function StorageNotice() {
  const notice = useStorageSettings((state) => state.notice);
  const dismiss = useStorageSettings((state) => state.dismissNotice);
  const noSave = useStorageSettings((state) => state.status.mode === 'none');
  const hasAnswers = useAnswersStore((state) => state.ageConfirmed);
  return (
    <>
      {notice ? (
        <div className="notice" role="status">
          <p>{noticeText(notice)}</p>
          <button type="button" className="button button--secondary" onClick={dismiss}>
            {copy.dismiss}
          </button>
        </div>
      ) : null}
      {noSave && hasAnswers ? (
        <p className="notice notice--slim">
          {copy.noSave} <Link to="/privacy">{copy.changeLink}</Link>
        </p>
      ) : null}
    </>
  );
}
