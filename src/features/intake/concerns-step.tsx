import { z } from 'zod/mini';
import { appCopy } from '../../content/app.ts';
import { concernCopy, concernThemeCopy } from '../../content/concerns.ts';
import { concernsCopy } from '../../content/steps.ts';
import { concernIdSchema, SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import { concernThemeIds, concernThemes } from '../../questionnaire/concern-themes.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const concernsFormSchema = z
  .object({
    concerns: z.array(concernIdSchema),
    notSure: z.boolean(),
    preferNot: z.boolean(),
    other: z.boolean(),
    otherText: z.string().check(z.maxLength(SHORT_TEXT_MAX, concernsCopy.otherTooLong)),
  })
  .check(
    z.refine(
      (values) => values.concerns.length > 0 || values.notSure || values.preferNot || values.other,
      {
        message: concernsCopy.error,
        path: ['concerns'],
      },
    ),
  );
type ConcernsForm = z.infer<typeof concernsFormSchema>;

const FIRST_CONCERN_ID = `concern-${concernThemes.connection[0]}`;

export function ConcernsStep() {
  const answers = useAnswersStore((state) => state.answers);
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('concerns');
  const { form, submitCount, submitWith } = useStepForm(concernsFormSchema, {
    concerns: answers.concerns,
    notSure: answers.concernsNotSure ?? false,
    preferNot: answers.concernsPreferNotToSay ?? false,
    other: Boolean(answers.otherConcern),
    otherText: answers.otherConcern ?? '',
  });
  const { register, formState, watch } = form;
  const otherChecked = watch('other');

  const errors: FieldError[] = [];
  if (formState.errors.concerns) {
    errors.push({ fieldId: FIRST_CONCERN_ID, message: concernsCopy.error });
  }
  if (formState.errors.otherText) {
    errors.push({ fieldId: 'other-text', message: concernsCopy.otherTooLong });
  }

  const onValid = (values: ConcernsForm) => {
    const otherText = values.other ? values.otherText.trim() : '';
    saveStep('concerns', {
      concerns: values.concerns,
      concernsNotSure: values.notSure,
      concernsPreferNotToSay: values.preferNot,
      otherConcern: otherText === '' ? undefined : otherText,
    });
    goNext();
  };

  const groupError = formState.errors.concerns ? concernsCopy.error : undefined;
  return (
    <StepShell
      step="concerns"
      heading={concernsCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      <p className="hint" id="concerns-hint">
        {concernsCopy.hint}
      </p>
      <p className="hint">
        <strong>{appCopy.whyWeAsk}</strong> {concernsCopy.why}
      </p>
      {groupError ? (
        <p className="error-message" id="concerns-error">
          <span className="visually-hidden">{appCopy.errorPrefix}</span> {groupError}
        </p>
      ) : null}
      {concernThemeIds.map((theme) => (
        <ChoiceGroup
          key={theme}
          type="checkbox"
          id={`theme-${theme}`}
          idPrefix="concern"
          legend={concernThemeCopy[theme].legend}
          hint={concernThemeCopy[theme].hint}
          items={concernThemes[theme].map((concern) => ({
            value: concern,
            label: concernCopy[concern].label,
            hint: concernCopy[concern].hint,
          }))}
          field={{
            'aria-describedby': groupError ? 'concerns-error' : undefined,
            ...register('concerns'),
          }}
        />
      ))}
      <ChoiceGroup
        type="checkbox"
        id="theme-other"
        idPrefix="concern"
        legend={concernsCopy.otherLegend}
        items={[
          {
            value: 'other',
            label: concernsCopy.other,
            field: register('other'),
            reveal: otherChecked ? (
              <TextInput
                id="other-text"
                label={concernsCopy.otherLabel}
                maxLength={SHORT_TEXT_MAX}
                autoComplete="off"
                error={formState.errors.otherText && concernsCopy.otherTooLong}
                {...register('otherText')}
              />
            ) : undefined,
          },
          {
            value: 'not-sure',
            label: concernsCopy.notSure,
            hint: concernsCopy.notSureHint,
            field: register('notSure'),
          },
        ]}
        preferNot={{
          value: 'prefer-not',
          label: concernsCopy.preferNot,
          hint: concernsCopy.preferNotHint,
          field: register('preferNot'),
        }}
      />
    </StepShell>
  );
}
