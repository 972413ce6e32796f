import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { concernCopy } from '../../content/concerns.ts';
import { markCopy } from '../../content/couples.ts';
import { goalsCopy, preferencesCopy } from '../../content/steps.ts';
import { BOTH_ITEMS_MAX, type BothItems } from '../../questionnaire/both-items.ts';
import {
  defaultMarks,
  privateTextFields,
  type PrivacyMarks,
} from '../../questionnaire/privacy-marks.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ChoiceGroup, ChoiceList } from '../../components/ui/choice-group.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths, displayNames, otherPartner, togetherPaths } from './couple-paths.ts';
import {
  choiceKey,
  choicesFrom,
  firstOverLimit,
  itemKinds,
  marksFrom,
  shareChoices,
  type Choices,
  type ItemKind,
} from './mark-choices.ts';
import { useApartRedirect, useTogetherRedirect } from './use-couple-guards.ts';

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

const fieldId = (key: string) => `mark-${key.replace(':', '-')}`;

/** "What to share": per topic, hope and interest: share, only if we both named it, or not. */
export function MarkPrivatePage({ mode }: { mode: 'together' | 'apart' }) {
  const togetherRedirect = useTogetherRedirect('mark');
  const apartRedirect = useApartRedirect('mark');
  const redirect = mode === 'together' ? togetherRedirect : apartRedirect;
  const answers = useAnswersStore((state) => state.answers);
  const couple = useCoupleStore();
  const startMarks = couple.draftMarks ?? defaultMarks(answers);
  const answered: BothItems = {
    concerns: answers.concerns,
    goals: answers.goals ?? [],
    affirming: answers.affirming,
  };
  const [choices, setChoices] = useState<Choices>(() => choicesFrom(startMarks, answered));
  const [texts, setTexts] = useState<PrivacyMarks['texts']>(startMarks.texts);
  const [submitCount, setSubmitCount] = useState(0);
  const [overLimit, setOverLimit] = useState<string | null>(null);
  useDocumentTitle(pageTitle(`${overLimit ? `${appCopy.errorPrefix} ` : ''}${markCopy.title}`));
  const navigate = useNavigate();
  if (redirect) return <Navigate to={redirect} replace />;

  const otherName =
    mode === 'together' ? displayNames(couple.names)[otherPartner(couple.turn)] : null;
  const other = otherName ?? markCopy.defaultOther;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const over = firstOverLimit(choices, answered);
    setOverLimit(over);
    if (over) {
      setSubmitCount((count) => count + 1);
      return;
    }
    const store = useCoupleStore.getState();
    if (mode === 'apart') store.beginApart();
    store.setDraftMarks(marksFrom(choices, answered, texts));
    navigate(mode === 'together' ? togetherPaths.mine : apartPaths.summary);
  };

  const labelOf = (kind: ItemKind, id: string): string =>
    kind === 'concerns'
      ? concernCopy[id as keyof typeof concernCopy].label
      : kind === 'goals'
        ? goalsCopy.labels[id as keyof typeof goalsCopy.labels]
        : preferencesCopy.affirmingLabels[id as keyof typeof preferencesCopy.affirmingLabels];
  const headingOf: Record<ItemKind, string> = {
    concerns: markCopy.concerns,
    goals: markCopy.goals,
    affirming: markCopy.affirming,
  };
  const shownKinds = itemKinds.filter((kind) => answered[kind].length > 0);
  const textFields = privateTextFields.filter((field) => answers[field]);
  const error = overLimit ? markCopy.tooManyIfBoth(BOTH_ITEMS_MAX) : undefined;

  return (
    <>
      <BackLink to="/prepare/check">{appCopy.back}</BackLink>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={
          overLimit && error ? [{ fieldId: `${fieldId(overLimit)}-if-both`, message: error }] : []
        }
        submitCount={submitCount}
      />
      <PageHeading>{markCopy.heading}</PageHeading>
      <p className="lead">{markCopy.lead(other)}</p>
      <p className="inset-text">{markCopy.alwaysPrivate}</p>
      <form noValidate onSubmit={onSubmit}>
        {shownKinds.length === 0 && textFields.length === 0 ? <p>{markCopy.nothing}</p> : null}
        {shownKinds.length > 0 ? (
          <p>{markCopy.ifBothExplained(otherName ?? markCopy.defaultOtherInline)}</p>
        ) : null}
        {shownKinds.map((kind) => (
          <section key={kind} aria-labelledby={`mark-${kind}-heading`}>
            <h2 id={`mark-${kind}-heading`}>{headingOf[kind]}</h2>
            {(answered[kind] as string[]).map((id) => {
              const key = choiceKey(kind, id);
              return (
                <Fieldset
                  key={key}
                  id={fieldId(key)}
                  legend={labelOf(kind, id)}
                  error={key === overLimit ? error : undefined}
                  errorPrefix={appCopy.errorPrefix}
                >
                  <ChoiceList
                    type="radio"
                    idPrefix={fieldId(key)}
                    inline
                    field={{ name: fieldId(key) }}
                    items={shareChoices.map((value) => ({
                      value,
                      label: markCopy.choices[value],
                    }))}
                    value={choices[key] ?? 'share'}
                    onChange={(value) => setChoices({ ...choices, [key]: value })}
                  />
                </Fieldset>
              );
            })}
          </section>
        ))}
        {textFields.length > 0 ? (
          <ChoiceGroup
            type="checkbox"
            id="mark-texts"
            legend={markCopy.texts}
            hint={markCopy.textsHint}
            items={textFields.map((field) => ({
              value: field,
              label: `${markCopy.textLabels[field]}: “${excerpt(answers[field] ?? '')}”`,
            }))}
            value={texts}
            onChange={(field) =>
              setTexts(
                texts.includes(field as never)
                  ? texts.filter((item) => item !== field)
                  : [...texts, field as (typeof texts)[number]],
              )
            }
          />
        ) : null}
        <button type="submit" className="button">
          {markCopy.continue}
        </button>
      </form>
    </>
  );
}
