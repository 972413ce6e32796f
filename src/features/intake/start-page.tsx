import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { pageTitle } from '../../content/app.ts';
import { startCopy } from '../../content/start.ts';
import { whoValues } from '../../questionnaire/ids.ts';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { ResumeBox, SavedAnswersBox } from './resume-box.tsx';
import { readCountry } from '../../components/domain/country-choice.tsx';
import { StartForm, type StartErrors } from './start-page-form.tsx';

function readWho(value: FormDataEntryValue | null): Answers['who'] | null {
  return whoValues.find((who) => who === value) ?? null;
}

interface StartPageProps {
  /** How answers are kept: composed in by the app, from the privacy feature. */
  storageChoice?: ReactNode;
}

export function StartPage({ storageChoice }: StartPageProps = {}) {
  useDocumentTitle(pageTitle(startCopy.pageTitle));
  const navigate = useNavigate();
  const start = useAnswersStore((state) => state.start);
  const deleteAll = useAnswersStore((state) => state.deleteAll);
  const currentWho = useAnswersStore((state) => (state.ageConfirmed ? state.answers.who : null));
  const currentCountry = useAnswersStore((state) => state.answers.country);
  // After a quick exit the saved answers are closed: the page offers only to open or delete them.
  const held = useStorageSettings((state) => state.held);
  const [submitCount, setSubmitCount] = useState(0);
  const [invalid, setInvalid] = useState<StartErrors>({ who: false, adult: false });
  // A plain form: three questions need no form library, and the start page loads faster without one.
  const errors: FieldError[] = [];
  if (invalid.who) errors.push({ fieldId: 'who-individual', message: startCopy.who.error });
  if (invalid.adult) errors.push({ fieldId: 'adult-yes', message: startCopy.age.error });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const who = readWho(data.get('who'));
    const adult = data.get('adult');
    const next = { who: who === null, adult: adult !== 'yes' && adult !== 'no' };
    setInvalid(next);
    if (next.who || next.adult) {
      setSubmitCount((count) => count + 1);
      return;
    }
    if (adult === 'no') {
      // Nothing is kept for someone under 18.
      deleteAll();
      navigate('/prepare/adults-only');
      return;
    }
    start(who ?? 'individual', readCountry(data.get('country')));
    // Couples on one device first say what they share, then take turns (features/couples).
    navigate(who === 'couple-together' ? '/together' : '/prepare/1');
  };

  return (
    <>
      <PageHeading>{startCopy.title}</PageHeading>
      <p className="lead">{startCopy.lead}</p>
      <p>{startCopy.timeNeeded}</p>
      {held ? <SavedAnswersBox /> : <ResumeBox />}
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
      {held ? null : (
        <StartForm
          currentWho={currentWho}
          currentCountry={currentCountry}
          invalid={invalid}
          errors={errors}
          submitCount={submitCount}
          onSubmit={onSubmit}
        />
      )}
    </>
  );
}
