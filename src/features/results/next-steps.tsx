import { linkNextSteps } from '../../content/en/plan.ts';
import { referralCopy } from '../../content/en/referrals.ts';
import { resultsCopy } from '../../content/en/results.ts';
import { specialtyCopy } from '../../content/en/specialties.ts';
import type { Evaluation } from '../../rules/evaluate.ts';

const TOP_SPECIALTIES = 3;

function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** The whole summary in four lines, so the page is useful even to someone who reads no further. */
export function NextSteps({
  evaluation,
  therapistName,
}: {
  evaluation: Evaluation;
  /** With a therapist's link, the steps speak of that consultation. */
  therapistName?: string;
}) {
  const copy = resultsCopy.nextSteps;
  const focus = evaluation.specialties
    .slice(0, TOP_SPECIALTIES)
    .map((item) => `“${specialtyCopy[item.id].title}”`);
  const doctor = evaluation.referrals.map((item) => `“${referralCopy[item.id].title}”`);
  return (
    <section aria-labelledby="next-steps-heading" className="panel panel--calm">
      <h2 id="next-steps-heading">{resultsCopy.nextStepsHeading}</h2>
      <ol className="steps-list">
        {therapistName ? (
          <>
            <li>{linkNextSteps.consult(therapistName)}</li>
            <li>{linkNextSteps.listen}</li>
            <li>{linkNextSteps.ifNotFit(joinTitles(focus))}</li>
          </>
        ) : (
          <>
            <li>{copy.lookFor(joinTitles(focus))}</li>
            <li>{copy.book}</li>
          </>
        )}
        {doctor.length > 0 ? <li>{copy.doctor(joinTitles(doctor))}</li> : null}
      </ol>
    </section>
  );
}
