import { z } from 'zod/mini';
import { appCopy } from '../../content/app.ts';
import { healthCopy } from '../../content/steps.ts';
import { healthItemSchema } from '../../questionnaire/answers.ts';
import type { HealthItem } from '../../questionnaire/ids.ts';
import { ChoiceList } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const healthGroups: Record<keyof typeof healthCopy.groups, HealthItem[]> = {
  'life-stage': ['pregnancy-postpartum', 'menopause'],
  conditions: ['cancer', 'chronic-illness', 'disability', 'chronic-pain'],
  medicines: ['antidepressants', 'blood-pressure-medication', 'hormonal-medication'],
  habits: ['alcohol', 'low-activity'],
};

const healthFormSchema = z
  .object({
    health: z.array(healthItemSchema),
    none: z.boolean(),
    preferNot: z.boolean(),
  })
  .check(
    z.refine(
      (values) =>
        Number(values.health.length > 0) + Number(values.none) + Number(values.preferNot) <= 1,
      { message: healthCopy.exclusiveError, path: ['health'] },
    ),
  );
type HealthForm = z.infer<typeof healthFormSchema>;

export function HealthStep() {
  const answers = useAnswersStore((state) => state.answers);
  const answered = useAnswersStore((state) => state.answered.includes('health'));
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('health');
  const { form, submitCount, submitWith } = useStepForm(healthFormSchema, {
    health: answers.health,
    none:
      answered &&
      !answers.healthSkipped &&
      !answers.healthPreferNotToSay &&
      answers.health.length === 0,
    preferNot: answers.healthPreferNotToSay ?? false,
  });
  const { register, formState } = form;
  const error = formState.errors.health ? healthCopy.exclusiveError : undefined;
  const errors: FieldError[] = error
    ? [{ fieldId: 'health-pregnancy-postpartum', message: error }]
    : [];

  const onValid = (values: HealthForm) => {
    saveStep('health', {
      health: values.health,
      healthSkipped: false,
      healthPreferNotToSay: values.preferNot,
    });
    goNext();
  };
  const skip = () => {
    saveStep('health', { health: [], healthSkipped: true, healthPreferNotToSay: false });
    goNext();
  };

  return (
    <StepShell
      step="health"
      heading={healthCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
      secondaryActions={
        <button type="button" className="button button--secondary" onClick={skip}>
          {healthCopy.skip}
        </button>
      }
    >
      <p>{healthCopy.optionalNote}</p>
      <p className="hint">
        <strong>{appCopy.whyWeAsk}</strong> {healthCopy.why}
      </p>
      <Fieldset id="health" legend={healthCopy.legend} hint={healthCopy.hint} error={error}>
        {Object.entries(healthGroups).map(([group, items]) => (
          <div key={group} className="choice-group">
            <h2 className="choice-group__title">
              {healthCopy.groups[group as keyof typeof healthGroups]}
            </h2>
            <ChoiceList
              type="checkbox"
              idPrefix="health"
              items={labelled(items, healthCopy.labels)}
              field={register('health')}
            />
          </div>
        ))}
        <ChoiceList
          type="checkbox"
          idPrefix="health"
          items={[
            {
              value: 'none',
              label: healthCopy.none,
              divider: healthCopy.or,
              field: register('none'),
            },
          ]}
          preferNot={{
            value: 'prefer-not',
            label: healthCopy.preferNot,
            field: register('preferNot'),
          }}
        />
      </Fieldset>
    </StepShell>
  );
}
