import type { ReactNode } from 'react';
import { linkNextSteps } from '../../content/plan.ts';
import { referralCopy } from '../../content/referrals.ts';
import { resultsCopy } from '../../content/results.ts';
import { specialtyCopy } from '../../content/specialties.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { formatList } from '../../content/format.ts';

const TOP_SPECIALTIES = 3;

/** The whole summary in four lines, so the page is useful even to someone who reads no further. */
export function NextSteps({
  evaluation,
  therapistName,
  children,
}: {
  evaluation: Evaluation;
  /** With a therapist's link, the steps speak of that consultation. */
  therapistName?: string;
  /** Shown under the steps, e.g. the way on to the notes from free calls. */
  children?: ReactNode;
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
            <li>{linkNextSteps.ifNotFit(formatList(focus))}</li>
          </>
        ) : (
          <>
            <li>{copy.lookFor(formatList(focus))}</li>
            <li>{copy.book}</li>
          </>
        )}
        {doctor.length > 0 ? <li>{copy.doctor(formatList(doctor))}</li> : null}
      </ol>
      {children}
    </section>
  );
}
