import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { safetyStepCopy } from '../../content/couples.ts';
import { relationshipCopy, stepCaption, stepNames } from '../../content/steps.ts';
import { stepNumber, stepTotal } from '../../questionnaire/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { SafetyQuestion } from '../../components/domain/safety-question.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SummaryList } from '../../components/ui/summary-list.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { hasLinkQuestions, useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { factsAnswers } from './turn-answers.ts';

const CHECK_PATH = '/prepare/check';

/**
 * Step 3 when a couple takes turns on one device. The shared facts were asked once, together;
 * this page asks only the safety question, of this partner alone.
 */
export function PartnerSafetyStep() {
  const facts = useCoupleStore((state) => state.facts);
  const answered = useAnswersStore((state) => state.answered.includes('relationship'));
  const saved = useAnswersStore((state) => state.answers.feelsUnsafe);
  const saveStep = useAnswersStore((state) => state.saveStep);
  const [value, setValue] = useState<Answers['feelsUnsafe'] | null>(answered ? saved : null);
  const [submitCount, setSubmitCount] = useState(0);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnToCheck = params.get('return') === 'check';
  const showError = submitCount > 0 && value === null;
  const position = stepNumber('relationship');
  const caption = stepCaption(position, stepTotal(useTherapistLinkStore(hasLinkQuestions)));
  useDocumentTitle(
    pageTitle(
      `${showError ? `${appCopy.errorPrefix} ` : ''}${caption} – ${stepNames.relationship}`,
    ),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    if (value === null || facts === null) return;
    saveStep('relationship', {
      ...factsAnswers(facts),
      who: useAnswersStore.getState().answers.who,
      feelsUnsafe: value,
    });
    navigate(returnToCheck ? CHECK_PATH : `/prepare/${position + 1}`);
  };

  const sharedRows = facts
    ? [
        {
          id: 'status',
          key: safetyStepCopy.sharedStatus,
          value: relationshipCopy.statusLabels[facts.relationship],
        },
        ...(facts.relationshipLength
          ? [
              {
                id: 'length',
                key: safetyStepCopy.sharedLength,
                value: relationshipCopy.lengthLabels[facts.relationshipLength],
              },
            ]
          : []),
      ]
    : [];

  return (
    <>
      <BackLink to={returnToCheck ? CHECK_PATH : `/prepare/${position - 1}`}>
        {appCopy.back}
      </BackLink>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={showError ? [{ fieldId: 'unsafe-yes', message: relationshipCopy.unsafeError }] : []}
        submitCount={submitCount}
      />
      <PageHeading caption={caption}>{relationshipCopy.heading}</PageHeading>
      <h2>{safetyStepCopy.sharedHeading}</h2>
      <SummaryList rows={sharedRows} />
      <p className="inset-text">{safetyStepCopy.privateNote}</p>
      <form noValidate onSubmit={onSubmit} className="step-form">
        <SafetyQuestion
          value={value}
          error={showError ? relationshipCopy.unsafeError : undefined}
          onChange={setValue}
        />
        <div className="button-group">
          <button type="submit" className="button">
            {appCopy.continue}
          </button>
        </div>
      </form>
    </>
  );
}
