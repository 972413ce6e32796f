import { Link } from 'react-router';
import { intakeCopy } from '../../content/en/intake.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { firstUnansweredStep, stepNumber } from '../../questionnaire/steps.ts';

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
