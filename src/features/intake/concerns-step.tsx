import { z } from 'zod/mini';
import { appCopy } from '../../content/en/app.ts';
import { concernCopy, concernThemeCopy } from '../../content/en/concerns.ts';
import { concernsCopy } from '../../content/en/steps.ts';
import { concernIdSchema, SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import { concernThemeIds, concernThemes } from '../../questionnaire/concern-themes.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
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
        <Fieldset
          key={theme}
          id={`theme-${theme}`}
          legend={concernThemeCopy[theme].legend}
          hint={concernThemeCopy[theme].hint}
        >
          <div className="choices">
            {concernThemes[theme].map((concern) => (
              <Choice
                key={concern}
                type="checkbox"
                id={`concern-${concern}`}
                value={concern}
                label={concernCopy[concern].label}
                hint={concernCopy[concern].hint}
                aria-describedby={groupError ? 'concerns-error' : undefined}
                {...register('concerns')}
              />
            ))}
          </div>
        </Fieldset>
      ))}
      <Fieldset id="theme-other" legend={concernsCopy.otherLegend}>
        <div className="choices">
          <Choice
            type="checkbox"
            id="concern-other"
            label={concernsCopy.other}
            {...register('other')}
            reveal={
              otherChecked ? (
                <TextInput
                  id="other-text"
                  label={concernsCopy.otherLabel}
                  maxLength={SHORT_TEXT_MAX}
                  autoComplete="off"
                  error={formState.errors.otherText && concernsCopy.otherTooLong}
                  {...register('otherText')}
                />
              ) : undefined
            }
          />
          <Choice
            type="checkbox"
            id="concern-not-sure"
            label={concernsCopy.notSure}
            hint={concernsCopy.notSureHint}
            {...register('notSure')}
          />
          <Choice
            type="checkbox"
            id="concern-prefer-not"
            label={concernsCopy.preferNot}
            hint={concernsCopy.preferNotHint}
            {...register('preferNot')}
          />
        </div>
      </Fieldset>
    </StepShell>
  );
}
