import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { appCopy, pageTitle } from '../../content/en/app.ts';
import { startCopy } from '../../content/en/start.ts';
import { whoValues } from '../../questionnaire/ids.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { ImportAnswers } from './import-answers.tsx';
import { ResumeBox } from './resume-box.tsx';

interface StartValues {
  who: Answers['who'] | null;
  adult: 'yes' | 'no' | null;
}

interface StartPageProps {
  /** How answers are kept: composed in by the app, from the privacy feature. */
  storageChoice?: ReactNode;
}

export function StartPage({ storageChoice }: StartPageProps = {}) {
  useDocumentTitle(pageTitle('Start'));
  const navigate = useNavigate();
  const start = useAnswersStore((state) => state.start);
  const deleteAll = useAnswersStore((state) => state.deleteAll);
  const currentWho = useAnswersStore((state) => (state.ageConfirmed ? state.answers.who : null));
  const [submitCount, setSubmitCount] = useState(0);
  const { register, handleSubmit, formState } = useForm<StartValues>({
    defaultValues: { who: currentWho, adult: currentWho ? 'yes' : null },
    shouldFocusError: false,
  });
  const errors: FieldError[] = [];
  if (formState.errors.who)
    errors.push({ fieldId: 'who-individual', message: startCopy.who.error });
  if (formState.errors.adult) errors.push({ fieldId: 'adult-yes', message: startCopy.age.error });

  const onValid = (values: StartValues) => {
    if (values.adult === 'no') {
      // Nothing is kept for someone under 18.
      deleteAll();
      navigate('/prepare/adults-only');
      return;
    }
    const who = values.who ?? 'individual';
    start(who);
    // Couples on one device first say what they share, then take turns (features/couples).
    navigate(who === 'couple-together' ? '/together' : '/prepare/1');
  };

  return (
    <>
      <PageHeading>{startCopy.title}</PageHeading>
      <p className="lead">{startCopy.lead}</p>
      <p>{startCopy.timeNeeded}</p>
      <ResumeBox />
      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">{startCopy.aboutHeading}</h2>
        <ul className="bullets">
          {startCopy.about.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-heading" className="panel panel--calm">
        <h2 id="privacy-heading">{startCopy.privacyHeading}</h2>
        <ul className="bullets">
          {startCopy.privacy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {storageChoice}
      </section>
      <h2>{startCopy.formHeading}</h2>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <form
        noValidate
        onSubmit={(event) => {
          void handleSubmit(onValid, () => setSubmitCount((count) => count + 1))(event);
        }}
      >
        <Fieldset
          id="who"
          legend={startCopy.who.legend}
          error={formState.errors.who && startCopy.who.error}
        >
          <div className="choices">
            {whoValues.map((who) => {
              const option = startCopy.who.options[who];
              return (
                <Choice
                  key={who}
                  type="radio"
                  id={`who-${who}`}
                  value={who}
                  label={option.label}
                  hint={'hint' in option ? option.hint : undefined}
                  {...register('who', { required: true })}
                />
              );
            })}
          </div>
        </Fieldset>
        <Fieldset
          id="adult"
          legend={startCopy.age.legend}
          hint={startCopy.age.hint}
          error={formState.errors.adult && startCopy.age.error}
        >
          <div className="choices">
            <Choice
              type="radio"
              id="adult-yes"
              value="yes"
              label={startCopy.age.yes}
              {...register('adult', { required: true })}
            />
            <Choice
              type="radio"
              id="adult-no"
              value="no"
              label={startCopy.age.no}
              {...register('adult', { required: true })}
            />
          </div>
        </Fieldset>
        <button type="submit" className="button button--start">
          {startCopy.startButton}
        </button>
      </form>
      <ImportAnswers />
    </>
  );
}
