import { z } from 'zod/mini';
import { preferencesCopy } from '../../content/en/steps.ts';
import { SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import {
  affirmingValues,
  budgetValues,
  sessionFormatValues,
  therapistGenderValues,
} from '../../questionnaire/ids.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const shortText = z.string().check(z.maxLength(SHORT_TEXT_MAX, preferencesCopy.tooLong));
const preferencesFormSchema = z.object({
  sessionFormat: z.nullable(z.enum(sessionFormatValues)),
  affirming: z.array(z.enum(affirmingValues)),
  therapistGender: z.nullable(z.enum(therapistGenderValues)),
  budget: z.array(z.enum(budgetValues)),
  location: shortText,
  language: shortText,
});
type PreferencesForm = z.infer<typeof preferencesFormSchema>;

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function PreferencesStep() {
  const answers = useAnswersStore((state) => state.answers);
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('preferences');
  const { form, submitCount, submitWith } = useStepForm(preferencesFormSchema, {
    sessionFormat: answers.sessionFormat ?? null,
    affirming: answers.affirming,
    therapistGender: answers.therapistGender ?? null,
    budget: answers.budget ?? [],
    location: answers.location ?? '',
    language: answers.language ?? '',
  });
  const { register, formState } = form;
  const errors: FieldError[] = [];
  if (formState.errors.location)
    errors.push({ fieldId: 'location', message: preferencesCopy.tooLong });
  if (formState.errors.language)
    errors.push({ fieldId: 'language', message: preferencesCopy.tooLong });

  const onValid = (values: PreferencesForm) => {
    saveStep('preferences', {
      sessionFormat: values.sessionFormat ?? undefined,
      affirming: values.affirming,
      therapistGender: values.therapistGender ?? undefined,
      budget: values.budget,
      location: optionalText(values.location),
      language: optionalText(values.language),
    });
    goNext();
  };

  return (
    <StepShell
      step="preferences"
      heading={preferencesCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      <p className="hint">{preferencesCopy.hint}</p>
      <Fieldset id="format" legend={preferencesCopy.format}>
        <div className="choices">
          {sessionFormatValues.map((value) => (
            <Choice
              key={value}
              type="radio"
              id={`format-${value}`}
              value={value}
              label={preferencesCopy.formatLabels[value]}
              {...register('sessionFormat')}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset
        id="affirming"
        legend={preferencesCopy.affirming}
        hint={preferencesCopy.affirmingHint}
      >
        <div className="choices">
          {affirmingValues.map((value) => (
            <Choice
              key={value}
              type="checkbox"
              id={`affirming-${value}`}
              value={value}
              label={preferencesCopy.affirmingLabels[value]}
              hint={preferencesCopy.affirmingHints[value]}
              {...register('affirming')}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset id="gender" legend={preferencesCopy.gender}>
        <div className="choices">
          {therapistGenderValues.map((value) => (
            <Choice
              key={value}
              type="radio"
              id={`gender-${value}`}
              value={value}
              label={preferencesCopy.genderLabels[value]}
              {...register('therapistGender')}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset id="budget" legend={preferencesCopy.budget} hint={preferencesCopy.budgetHint}>
        <div className="choices">
          {budgetValues.map((value) => (
            <Choice
              key={value}
              type="checkbox"
              id={`budget-${value}`}
              value={value}
              label={preferencesCopy.budgetLabels[value]}
              {...register('budget')}
            />
          ))}
        </div>
      </Fieldset>
      <TextInput
        id="location"
        label={preferencesCopy.location}
        hint={preferencesCopy.locationHint}
        autoComplete="off"
        maxLength={SHORT_TEXT_MAX}
        error={formState.errors.location && preferencesCopy.tooLong}
        {...register('location')}
      />
      <TextInput
        id="language"
        label={preferencesCopy.language}
        hint={preferencesCopy.languageHint}
        autoComplete="off"
        maxLength={SHORT_TEXT_MAX}
        error={formState.errors.language && preferencesCopy.tooLong}
        {...register('language')}
      />
    </StepShell>
  );
}
