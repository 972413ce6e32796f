import { z } from 'zod/mini';
import { concernCopy } from '../../content/en/concerns.ts';
import { detailsCopy } from '../../content/en/steps.ts';
import { concernIdSchema, type Answers, type ConcernDetail } from '../../questionnaire/answers.ts';
import { botherValues, durationValues, scopeValues } from '../../questionnaire/ids.ts';
import type { ConcernId } from '../../questionnaire/ids.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const EQUAL = 'equal';

const detailFormSchema = z.object({
  duration: z.nullable(z.optional(z.enum(durationValues))),
  scope: z.nullable(z.optional(z.enum(scopeValues))),
  bother: z.nullable(z.optional(z.enum(botherValues))),
});

function detailsFormSchema(needsPrimary: boolean) {
  return z
    .object({
      details: z.record(z.string(), detailFormSchema),
      primary: z.nullable(z.union([concernIdSchema, z.literal(EQUAL)])),
    })
    .check(
      z.refine((values) => !needsPrimary || values.primary !== null, {
        message: detailsCopy.primaryError,
        path: ['primary'],
      }),
    );
}
type DetailsForm = z.infer<ReturnType<typeof detailsFormSchema>>;

/** Keeps only the questions the person answered: an empty detail says nothing. */
function toDetails(concerns: readonly ConcernId[], form: DetailsForm): Answers['concernDetails'] {
  const result: Partial<Record<ConcernId, ConcernDetail>> = {};
  for (const concern of concerns) {
    const detail = form.details[concern];
    if (!detail) continue;
    const kept: ConcernDetail = {};
    if (detail.duration) kept.duration = detail.duration;
    if (detail.scope) kept.scope = detail.scope;
    if (detail.bother) kept.bother = detail.bother;
    if (Object.keys(kept).length > 0) result[concern] = kept;
  }
  return result;
}

export function DetailsStep() {
  const answers = useAnswersStore((state) => state.answers);
  const answered = useAnswersStore((state) => state.answered.includes('details'));
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('details');
  const concerns = answers.concerns;
  const needsPrimary = concerns.length > 1;
  const { form, submitCount, submitWith } = useStepForm(detailsFormSchema(needsPrimary), {
    details: Object.fromEntries(
      concerns.map((concern) => [
        concern,
        { duration: null, scope: null, bother: null, ...answers.concernDetails?.[concern] },
      ]),
    ),
    primary: answers.primaryConcern ?? (answered && needsPrimary ? EQUAL : null),
  });
  const { register, formState } = form;

  const errors: FieldError[] = [];
  const primaryError = formState.errors.primary ? detailsCopy.primaryError : undefined;
  if (primaryError) errors.push({ fieldId: `primary-${concerns[0]}`, message: primaryError });

  const onValid = (values: DetailsForm) => {
    const primaryConcern =
      concerns.length === 1
        ? (concerns[0] ?? null)
        : values.primary === EQUAL
          ? null
          : values.primary;
    saveStep('details', { concernDetails: toDetails(concerns, values), primaryConcern });
    goNext();
  };

  return (
    <StepShell
      step="details"
      heading={detailsCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      {concerns.length === 0 ? (
        <p>{detailsCopy.nothingToAdd}</p>
      ) : (
        <>
          <p className="hint">{detailsCopy.hint}</p>
          {concerns.map((concern) => (
            <section key={concern} className="detail-card" aria-labelledby={`detail-${concern}`}>
              <h2 id={`detail-${concern}`} className="detail-card__title">
                {concernCopy[concern].label}
              </h2>
              <Fieldset id={`duration-${concern}`} legend={detailsCopy.duration}>
                <div className="choices choices--inline">
                  {durationValues.map((value) => (
                    <Choice
                      key={value}
                      type="radio"
                      id={`duration-${concern}-${value}`}
                      value={value}
                      label={detailsCopy.durationLabels[value]}
                      {...register(`details.${concern}.duration`)}
                    />
                  ))}
                </div>
              </Fieldset>
              <Fieldset
                id={`scope-${concern}`}
                legend={detailsCopy.scope}
                hint={detailsCopy.scopeHint}
              >
                <div className="choices choices--inline">
                  {scopeValues.map((value) => (
                    <Choice
                      key={value}
                      type="radio"
                      id={`scope-${concern}-${value}`}
                      value={value}
                      label={detailsCopy.scopeLabels[value]}
                      {...register(`details.${concern}.scope`)}
                    />
                  ))}
                </div>
              </Fieldset>
              <Fieldset id={`bother-${concern}`} legend={detailsCopy.bother}>
                <div className="choices choices--inline">
                  {botherValues.map((value) => (
                    <Choice
                      key={value}
                      type="radio"
                      id={`bother-${concern}-${value}`}
                      value={value}
                      label={detailsCopy.botherLabels[value]}
                      {...register(`details.${concern}.bother`)}
                    />
                  ))}
                </div>
              </Fieldset>
            </section>
          ))}
          {needsPrimary ? (
            <Fieldset
              id="primary"
              legend={detailsCopy.primary}
              hint={detailsCopy.primaryHint}
              error={primaryError}
              legendSize="page"
            >
              <div className="choices">
                {concerns.map((concern) => (
                  <Choice
                    key={concern}
                    type="radio"
                    id={`primary-${concern}`}
                    value={concern}
                    label={concernCopy[concern].label}
                    {...register('primary')}
                  />
                ))}
                <p className="choices__divider">or</p>
                <Choice
                  type="radio"
                  id="primary-equal"
                  value={EQUAL}
                  label={detailsCopy.primaryEqual}
                  {...register('primary')}
                />
              </div>
            </Fieldset>
          ) : null}
        </>
      )}
    </StepShell>
  );
}
