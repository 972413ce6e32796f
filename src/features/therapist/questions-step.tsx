import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { stepCaption } from '../../content/steps.ts';
import { questionsStepCopy } from '../../content/therapist.ts';
import { LINK_STEP_POSITION, stepIds, stepNumber } from '../../questionnaire/steps.ts';
import {
  answerCap,
  cleanText,
  type CustomAnswers,
  type TherapistLink,
} from '../../questionnaire/therapist-link.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { CustomQuestionField } from './custom-question-field.tsx';
import { CHECK_PATH } from './paths.ts';

type FormValues = Record<string, string>;
const fieldName = (index: number) => `answer${index}`;
const fieldId = (index: number) => `custom-${index}`;

/** The therapist's questions, as one more step after the six ("Step 7 of 7"). */
export function QuestionsStep({ link }: { link: TherapistLink }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const saved = useTherapistLinkStore((state) => state.customAnswers);
  const saveCustomAnswers = useTherapistLinkStore((state) => state.saveCustomAnswers);
  const [submitCount, setSubmitCount] = useState(0);
  const { register, handleSubmit, formState } = useForm<FormValues>({
    defaultValues: Object.fromEntries(link.questions.map((_, i) => [fieldName(i), saved[i] ?? ''])),
    shouldFocusError: false,
  });
  const total = LINK_STEP_POSITION;
  const caption = stepCaption(total, total);
  const errorFor = (i: number) =>
    formState.errors[fieldName(i)]
      ? questionsStepCopy.tooLong(answerCap(link.questions[i]!))
      : undefined;
  const errors: FieldError[] = link.questions.flatMap((_, i) => {
    const message = errorFor(i);
    return message ? [{ fieldId: fieldId(i), message }] : [];
  });
  useDocumentTitle(
    pageTitle(
      `${errors.length > 0 ? `${appCopy.errorPrefix} ` : ''}${caption} – ${questionsStepCopy.pageName}`,
    ),
  );
  const backPath =
    params.get('return') === 'check' ? CHECK_PATH : `/prepare/${stepNumber(stepIds.at(-1)!)}`;

  const onValid = (values: FormValues) => {
    const answers: CustomAnswers = {};
    link.questions.forEach((question, i) => {
      const text = cleanText(values[fieldName(i)] ?? '', question.kind === 'long-text');
      if (text !== '') answers[String(i)] = text;
    });
    saveCustomAnswers(answers);
    navigate(CHECK_PATH);
  };

  return (
    <>
      <BackLink to={backPath}>{appCopy.back}</BackLink>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading caption={caption}>{questionsStepCopy.heading(link.name)}</PageHeading>
      <p>{questionsStepCopy.lead(link.name)}</p>
      <form
        noValidate
        className="step-form"
        onSubmit={(event) => {
          setSubmitCount((count) => count + 1);
          void handleSubmit(onValid)(event);
        }}
      >
        {link.questions.map((question, i) => (
          <CustomQuestionField
            key={i}
            id={fieldId(i)}
            question={question}
            error={errorFor(i)}
            field={register(fieldName(i), { maxLength: answerCap(question) })}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {appCopy.continue}
          </button>
        </div>
      </form>
    </>
  );
}
