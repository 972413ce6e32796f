import { useNavigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { intakeCopy } from '../../content/intake.ts';
import { startCopy } from '../../content/start.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { firstUnansweredStep, stepNumber } from '../../questionnaire/steps.ts';

/** Where "Continue where you left off" goes: the app sends it on to the right page. */
export const CONTINUE_PATH = '/continue';

/** On the start page, offers a way back into answers already in progress. */
export function ResumeBox() {
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const answered = useAnswersStore((state) => state.answered);
  if (!ageConfirmed) return null;
  const next = firstUnansweredStep(answered);
  const to = next ? `/prepare/${stepNumber(next)}` : '/prepare/check';
  return (
    <div className="panel panel--highlight">
      <h2>{intakeCopy.resume.heading}</h2>
      <p>{intakeCopy.resume.body}</p>
      <div className="button-group">
        <Link className="button" to={to}>
          {intakeCopy.resume.continue}
        </Link>
        <Link className="button button--secondary" to="/delete">
          {intakeCopy.resume.startAgain}
        </Link>
      </div>
    </div>
  );
}

/**
 * After a quick exit: answers are saved on this device but closed. Nothing here depends on
 * what was answered (not even how far the person got), so the box looks the same for everyone.
 */
export function SavedAnswersBox() {
  const navigate = useNavigate();
  const openHeld = useStorageSettings((state) => state.openHeld);
  const locked = useStorageSettings(
    (state) => state.status.mode === 'device' && state.status.locked,
  );
  const copy = startCopy.saved;
  return (
    <section aria-labelledby="saved-answers-heading" className="panel panel--highlight">
      <h2 id="saved-answers-heading">{copy.heading}</h2>
      <p>{copy.body}</p>
      {locked ? <p>{copy.locked}</p> : null}
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            openHeld();
            navigate(CONTINUE_PATH);
          }}
        >
          {copy.continue}
        </button>
        <Link className="button button--secondary" to="/delete">
          {copy.startAgain}
        </Link>
      </div>
    </section>
  );
}
