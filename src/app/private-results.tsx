import { useMemo } from 'react';
import { privateViewCopy } from '../content/couples.ts';
import { questionTopicCopy, questionText } from '../content/question-text.ts';
import { resultsCopy } from '../content/results.ts';
import { questionTopicIds } from '../rules/question-ids.ts';
import { evaluate } from '../rules/evaluate.ts';
import type { Answers } from '../questionnaire/answers.ts';
import type { CountryId } from '../questionnaire/ids.ts';
import { PlacePanel } from '../components/domain/place-panel.tsx';
import { hasUrgentSafety, SafetySection } from '../components/domain/safety-section.tsx';
import { Directories } from '../features/results/directories.tsx';
import { ExtraSearches } from '../features/results/extra-searches.tsx';
import { OwnWords } from '../features/results/own-words.tsx';
import { ReferralList } from '../features/results/referral-list.tsx';
import { SpecialtyList } from '../features/results/specialty-list.tsx';

/**
 * One partner's full results, read from the couple session rather than the answers store.
 * Only ever shown behind the look-away screen, to that partner.
 */
interface PrivateResultsProps {
  answers: Answers;
  /** Saves where this partner lives, chosen in the place panel. */
  onCountryChange(country: CountryId | undefined): void;
}

export function PrivateResults({ answers, onCountryChange }: PrivateResultsProps) {
  const evaluation = useMemo(() => evaluate(answers), [answers]);
  const place = evaluation.place.id;
  return (
    <>
      <SafetySection safety={evaluation.safety} place={place} />
      <PlacePanel
        place={place}
        showOtherPlaces={!hasUrgentSafety(evaluation.safety)}
        onChange={onCountryChange}
      />
      <section aria-labelledby="specialties-heading">
        <h2 id="specialties-heading">{resultsCopy.specialtiesHeading}</h2>
        <SpecialtyList specialties={evaluation.specialties} />
        <ExtraSearches searches={evaluation.searches} />
        <Directories place={place} />
      </section>
      <section aria-labelledby="private-questions-heading">
        <h2 id="private-questions-heading">{privateViewCopy.questionsHeading}</h2>
        {questionTopicIds.map((topic) => {
          const items = evaluation.questions.filter((item) => item.topic === topic);
          if (items.length === 0) return null;
          return (
            <div key={topic}>
              <h3>{questionTopicCopy[topic].heading}</h3>
              <ul className="bullets">
                {items.map((item) => (
                  <li key={item.id}>{questionText(item)}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      {evaluation.referrals.length > 0 ? (
        <section aria-labelledby="referrals-heading">
          <h2 id="referrals-heading">{resultsCopy.referralsHeading}</h2>
          <ReferralList referrals={evaluation.referrals} />
        </section>
      ) : null}
      <OwnWords answers={answers} />
    </>
  );
}
