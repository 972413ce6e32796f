import { z } from 'zod/mini';
import { goalsCopy } from '../../content/steps.ts';
import { LONG_TEXT_MAX } from '../../questionnaire/answers.ts';
import { goalIds } from '../../questionnaire/ids.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { TextArea } from '../../components/ui/text-field.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const longText = z.string().check(z.maxLength(LONG_TEXT_MAX, goalsCopy.tooLong));
const goalsFormSchema = z.object({
  goals: z.array(z.enum(goalIds)),
  betterLooksLike: longText,
  therapistShouldKnow: longText,
});
type GoalsForm = z.infer<typeof goalsFormSchema>;

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function GoalsStep() {
  const answers = useAnswersStore((state) => state.answers);
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('goals');
  const { form, submitCount, submitWith } = useStepForm(goalsFormSchema, {
    goals: answers.goals ?? [],
    betterLooksLike: answers.betterLooksLike ?? '',
    therapistShouldKnow: answers.therapistShouldKnow ?? '',
  });
  const { register, formState } = form;
  const errors: FieldError[] = [];
  if (formState.errors.betterLooksLike)
    errors.push({ fieldId: 'better', message: goalsCopy.tooLong });
  if (formState.errors.therapistShouldKnow)
    errors.push({ fieldId: 'know', message: goalsCopy.tooLong });

  const onValid = (values: GoalsForm) => {
    saveStep('goals', {
      goals: values.goals,
      betterLooksLike: optionalText(values.betterLooksLike),
      therapistShouldKnow: optionalText(values.therapistShouldKnow),
    });
    goNext();
  };

  return (
    <StepShell
      step="goals"
      heading={goalsCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      <ChoiceGroup
        type="checkbox"
        id="goals"
        idPrefix="goal"
        legend={goalsCopy.legend}
        hint={goalsCopy.hint}
        items={labelled(goalIds, goalsCopy.labels)}
        field={register('goals')}
      />
      <TextArea
        id="better"
        label={goalsCopy.better}
        hint={goalsCopy.betterHint}
        maxLength={LONG_TEXT_MAX}
        autoComplete="off"
        error={formState.errors.betterLooksLike && goalsCopy.tooLong}
        {...register('betterLooksLike')}
      />
      <TextArea
        id="know"
        label={goalsCopy.know}
        hint={goalsCopy.knowHint}
        maxLength={LONG_TEXT_MAX}
        autoComplete="off"
        error={formState.errors.therapistShouldKnow && goalsCopy.tooLong}
        {...register('therapistShouldKnow')}
      />
    </StepShell>
  );
}
