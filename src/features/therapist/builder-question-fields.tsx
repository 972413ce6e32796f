import { useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { appCopy } from '../../content/app.ts';
import { builderCopy, questionKindLabels } from '../../content/therapist.ts';
import { linkLimits, questionKinds } from '../../questionnaire/therapist-link.ts';
import { TextArea, TextInput } from '../../components/ui/text-field.tsx';
import { emptyQuestion, type BuilderValues } from './builder-values.ts';

interface QuestionFieldsProps {
  control: Control<BuilderValues>;
  register: UseFormRegister<BuilderValues>;
  errorFor: (fieldId: string) => string | undefined;
}

/** Up to 10 questions of the therapist's own: text, answer type, and options for "choose one". */
export function BuilderQuestionFields({ control, register, errorFor }: QuestionFieldsProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'questions' });
  const kinds = useWatch({ control, name: 'questions' });
  const prefix = { errorPrefix: appCopy.errorPrefix };
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{builderCopy.questionsLegend}</h2>
      <p className="hint">{builderCopy.questionsHint(linkLimits.questions)}</p>
      {fields.map((field, i) => (
        <fieldset key={field.id} className="question-editor">
          <legend className="legend legend--section">{builderCopy.question(i + 1)}</legend>
          <TextInput
            id={`question-${i}-text`}
            label={builderCopy.questionText}
            maxLength={linkLimits.questionText}
            error={errorFor(`question-${i}-text`)}
            {...prefix}
            {...register(`questions.${i}.text`)}
          />
          <div className="form-group">
            <label className="label" htmlFor={`question-${i}-kind`}>
              {builderCopy.kind}
            </label>
            <select
              id={`question-${i}-kind`}
              className="select"
              {...register(`questions.${i}.kind`)}
            >
              {questionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {questionKindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
          {kinds[i]?.kind === 'choice' ? (
            <TextArea
              id={`question-${i}-options`}
              label={builderCopy.options}
              hint={builderCopy.optionsHint(linkLimits.options)}
              error={errorFor(`question-${i}-options`)}
              {...prefix}
              {...register(`questions.${i}.options`)}
            />
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => remove(i)}>
            {builderCopy.removeQuestion(i + 1)}
          </button>
        </fieldset>
      ))}
      {fields.length < linkLimits.questions ? (
        <button
          id="add-question"
          type="button"
          className="button button--secondary"
          onClick={() => append(emptyQuestion(), { shouldFocus: true })}
        >
          {builderCopy.addQuestion}
        </button>
      ) : (
        <p id="add-question">{builderCopy.tooMany(linkLimits.questions)}</p>
      )}
    </section>
  );
}
