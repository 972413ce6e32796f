import type { UseFormRegisterReturn } from 'react-hook-form';
import { appCopy } from '../../content/app.ts';
import { questionsStepCopy } from '../../content/therapist.ts';
import { answerCap, type CustomQuestion } from '../../questionnaire/therapist-link.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { TextArea, TextInput } from '../../components/ui/text-field.tsx';

interface FieldProps {
  id: string;
  question: CustomQuestion;
  error?: string;
  field: UseFormRegisterReturn;
}

/** One of the therapist's questions, shown by its kind. The text is the therapist's, as text. */
export function CustomQuestionField({ id, question, error, field }: FieldProps) {
  const label = `${question.text} ${questionsStepCopy.optional}`;
  const common = {
    id,
    label,
    error,
    errorPrefix: appCopy.errorPrefix,
    maxLength: answerCap(question),
  };
  switch (question.kind) {
    case 'short-text':
      return <TextInput {...common} autoComplete="off" {...field} />;
    case 'long-text':
      return <TextArea {...common} {...field} />;
    case 'yes-no':
    case 'choice': {
      const items =
        question.kind === 'choice'
          ? question.options.map((text, i) => ({ value: text, label: text, id: `${id}-${i}` }))
          : [
              { value: 'yes', label: questionsStepCopy.yes },
              { value: 'no', label: questionsStepCopy.no },
            ];
      return (
        <ChoiceGroup
          type="radio"
          id={id}
          legend={label}
          error={error}
          errorPrefix={appCopy.errorPrefix}
          items={items}
          field={field}
        />
      );
    }
  }
}
