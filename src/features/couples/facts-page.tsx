import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { factsCopy } from '../../content/couples.ts';
import { relationshipCopy } from '../../content/steps.ts';
import { PARTNER_NAME_MAX } from '../../questionnaire/partner-code.ts';
import { relationshipLengthValues, relationshipValues } from '../../questionnaire/ids.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { togetherPaths } from './couple-paths.ts';
import { factsAnswers } from './turn-answers.ts';
import { useTogetherRedirect } from './use-couple-guards.ts';
// Names can come from another device: control and bidi-override characters are removed.
import { cleanText } from '../../questionnaire/therapist-link.ts';

// A couple is together in some way: "single" is not offered here.
const statusValues = relationshipValues.filter((value) => value !== 'single');
type Length = (typeof relationshipLengthValues)[number];

/** The facts both partners share, asked once, before they take turns. */
export function FactsPage() {
  const redirect = useTogetherRedirect('facts');
  const saved = useCoupleStore((state) => (state.mode === 'together' ? state : null));
  const [names, setNames] = useState(saved?.names ?? { a: '', b: '' });
  const [status, setStatus] = useState<Answers['relationship'] | null>(
    saved?.facts?.relationship ?? null,
  );
  const [length, setLength] = useState<Length | null>(saved?.facts?.relationshipLength ?? null);
  const [submitCount, setSubmitCount] = useState(0);
  const navigate = useNavigate();
  const title =
    submitCount > 0 && !status ? `${appCopy.errorPrefix} ${factsCopy.title}` : factsCopy.title;
  useDocumentTitle(pageTitle(title));
  if (redirect) return <Navigate to={redirect} replace />;

  const tooLong = (key: 'a' | 'b') => names[key].trim().length > PARTNER_NAME_MAX;
  const errors: FieldError[] = [];
  if (submitCount > 0) {
    if (tooLong('a')) errors.push({ fieldId: 'name-a', message: factsCopy.nameTooLong });
    if (tooLong('b')) errors.push({ fieldId: 'name-b', message: factsCopy.nameTooLong });
    if (!status) errors.push({ fieldId: 'status-dating', message: factsCopy.statusError });
  }
  const errorFor = (id: string) => errors.find((error) => error.fieldId === id)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    if (!status || tooLong('a') || tooLong('b')) return;
    const facts = { relationship: status, ...(length ? { relationshipLength: length } : {}) };
    useCoupleStore
      .getState()
      .beginTogether({ a: cleanText(names.a), b: cleanText(names.b) }, facts);
    const { answers } = useAnswersStore.getState();
    useAnswersStore.setState({ answers: { ...answers, ...factsAnswers(facts) } });
    navigate(togetherPaths.turn);
  };

  return (
    <>
      <BackLink to="/">{appCopy.back}</BackLink>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading>{factsCopy.heading}</PageHeading>
      <p className="lead">{factsCopy.lead}</p>
      <p className="inset-text">{factsCopy.privacyNote}</p>
      <form noValidate onSubmit={onSubmit}>
        <Fieldset id="names" legend={factsCopy.namesLegend} hint={factsCopy.namesHint}>
          {(['a', 'b'] as const).map((key) => (
            <TextInput
              key={key}
              id={`name-${key}`}
              label={key === 'a' ? factsCopy.nameA : factsCopy.nameB}
              autoComplete="off"
              spellCheck={false}
              maxLength={PARTNER_NAME_MAX + 10}
              value={names[key]}
              error={errorFor(`name-${key}`)}
              onChange={(event) => setNames({ ...names, [key]: event.target.value })}
            />
          ))}
        </Fieldset>
        <ChoiceGroup
          type="radio"
          id="status"
          legend={factsCopy.status}
          hint={factsCopy.statusHint}
          error={errorFor('status-dating')}
          items={labelled(statusValues, relationshipCopy.statusLabels)}
          field={{ name: 'status' }}
          value={status}
          onChange={setStatus}
        />
        <ChoiceGroup
          type="radio"
          id="length"
          legend={factsCopy.length}
          items={labelled(relationshipLengthValues, relationshipCopy.lengthLabels)}
          field={{ name: 'length' }}
          value={length}
          onChange={setLength}
        />
        <button type="submit" className="button">
          {factsCopy.continue}
        </button>
      </form>
    </>
  );
}
