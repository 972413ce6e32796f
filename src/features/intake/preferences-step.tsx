import { z } from 'zod/mini';
import { preferencesCopy } from '../../content/steps.ts';
import { SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import {
  affirmingValues,
  budgetValues,
  sessionFormatValues,
  therapistGenderValues,
} from '../../questionnaire/ids.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
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
      <ChoiceGroup
        type="radio"
        id="format"
        legend={preferencesCopy.format}
        items={labelled(sessionFormatValues, preferencesCopy.formatLabels)}
        field={register('sessionFormat')}
      />
      <ChoiceGroup
        type="checkbox"
        id="affirming"
        legend={preferencesCopy.affirming}
        hint={preferencesCopy.affirmingHint}
        items={labelled(
          affirmingValues,
          preferencesCopy.affirmingLabels,
          preferencesCopy.affirmingHints,
        )}
        field={register('affirming')}
      />
      <ChoiceGroup
        type="radio"
        id="gender"
        legend={preferencesCopy.gender}
        items={labelled(therapistGenderValues, preferencesCopy.genderLabels)}
        field={register('therapistGender')}
      />
      <ChoiceGroup
        type="checkbox"
        id="budget"
        legend={preferencesCopy.budget}
        hint={preferencesCopy.budgetHint}
        items={labelled(budgetValues, preferencesCopy.budgetLabels)}
        field={register('budget')}
      />
      <TextInput
        id="location"
        label={preferencesCopy.location}
        hint={
          answers.country === undefined || answers.country === 'us'
            ? preferencesCopy.locationHint
            : preferencesCopy.locationHintElsewhere
        }
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
