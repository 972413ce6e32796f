import type { FormEvent } from 'react';
import { appCopy } from '../../content/app.ts';
import { startCopy } from '../../content/start.ts';
import { whoValues } from '../../questionnaire/ids.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import type { CountryId } from '../../questionnaire/ids.ts';
import { CountryChoice } from '../../components/domain/country-choice.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { ImportAnswers } from './import-answers.tsx';

export interface StartErrors {
  who: boolean;
  adult: boolean;
}

interface StartFormProps {
  currentWho: Answers['who'] | null;
  currentCountry: CountryId | undefined;
  invalid: StartErrors;
  errors: FieldError[];
  submitCount: number;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
}

/**
 * Who is preparing, are they 18 or older, and (if they like) where they live: a plain form the
 * start page reads itself.
 */
export function StartForm({
  currentWho,
  currentCountry,
  invalid,
  errors,
  submitCount,
  onSubmit,
}: StartFormProps) {
  return (
    <>
      <h2>{startCopy.formHeading}</h2>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <form noValidate onSubmit={onSubmit}>
        <ChoiceGroup
          type="radio"
          id="who"
          legend={startCopy.who.legend}
          error={invalid.who ? startCopy.who.error : undefined}
          items={whoValues.map((who) => {
            const option = startCopy.who.options[who];
            return {
              value: who,
              label: option.label,
              hint: 'hint' in option ? option.hint : undefined,
            };
          })}
          field={{ name: 'who' }}
          defaultValue={currentWho}
        />
        <ChoiceGroup
          type="radio"
          id="adult"
          legend={startCopy.age.legend}
          hint={startCopy.age.hint}
          error={invalid.adult ? startCopy.age.error : undefined}
          items={[
            { value: 'yes', label: startCopy.age.yes },
            { value: 'no', label: startCopy.age.no },
          ]}
          field={{ name: 'adult' }}
          defaultValue={currentWho !== null ? 'yes' : null}
        />
        <CountryChoice current={currentCountry} />
        <button type="submit" className="button button--start">
          {startCopy.startButton}
        </button>
      </form>
      <ImportAnswers />
    </>
  );
}
