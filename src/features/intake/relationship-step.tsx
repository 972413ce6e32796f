import { Link } from '../../components/ui/app-link.tsx';
import { z } from 'zod/mini';
import { appCopy } from '../../content/en/app.ts';
import { relationshipCopy } from '../../content/en/steps.ts';
import {
  feelsUnsafeValues,
  partnerTakingPartValues,
  relationshipLengthValues,
  relationshipValues,
} from '../../questionnaire/ids.ts';
import { asksAboutPartner, asksAboutSafety } from '../../questionnaire/steps.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import type { FieldError } from '../../components/ui/error-summary.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

const relationshipFormSchema = z
  .object({
    relationship: z.nullable(z.enum(relationshipValues)),
    partnerTakingPart: z.nullable(z.enum(partnerTakingPartValues)),
    relationshipLength: z.nullable(z.enum(relationshipLengthValues)),
    feelsUnsafe: z.nullable(z.enum(feelsUnsafeValues)),
  })
  .check(
    z.refine((values) => values.relationship !== null, {
      message: relationshipCopy.statusError,
      path: ['relationship'],
    }),
    z.refine(
      (values) => !asksAboutSafety(values.relationship ?? undefined) || values.feelsUnsafe !== null,
      {
        message: relationshipCopy.unsafeError,
        path: ['feelsUnsafe'],
      },
    ),
  );
type RelationshipForm = z.infer<typeof relationshipFormSchema>;

export function RelationshipStep() {
  const answers = useAnswersStore((state) => state.answers);
  const answered = useAnswersStore((state) => state.answered.includes('relationship'));
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('relationship');
  const { form, submitCount, submitWith } = useStepForm(relationshipFormSchema, {
    relationship: answered ? answers.relationship : null,
    partnerTakingPart:
      answered && asksAboutPartner(answers.relationship) ? answers.partnerTakingPart : null,
    relationshipLength: answers.relationshipLength ?? null,
    feelsUnsafe: answered && asksAboutSafety(answers.relationship) ? answers.feelsUnsafe : null,
  });
  const { register, formState, watch } = form;
  const relationship = watch('relationship') ?? undefined;
  const feelsUnsafe = watch('feelsUnsafe');
  const showPartner = asksAboutPartner(relationship);
  const showSafety = asksAboutSafety(relationship);
  // A single person is asked about anyone, not only about a partner.
  const single = relationship === 'single';

  const messages = {
    relationship: formState.errors.relationship && relationshipCopy.statusError,
    feelsUnsafe: formState.errors.feelsUnsafe && relationshipCopy.unsafeError,
  };
  const errors: FieldError[] = [];
  if (messages.relationship)
    errors.push({ fieldId: 'relationship-single', message: messages.relationship });
  if (showSafety && messages.feelsUnsafe)
    errors.push({ fieldId: 'unsafe-yes', message: messages.feelsUnsafe });

  const onValid = (values: RelationshipForm) => {
    if (values.relationship === null) return;
    saveStep('relationship', {
      relationship: values.relationship,
      partnerTakingPart: showPartner
        ? (values.partnerTakingPart ?? 'not-applicable')
        : 'not-applicable',
      relationshipLength: showPartner ? (values.relationshipLength ?? undefined) : undefined,
      feelsUnsafe: showSafety ? (values.feelsUnsafe ?? 'prefer-not-to-say') : 'prefer-not-to-say',
    });
    goNext();
  };

  return (
    <StepShell
      step="relationship"
      heading={relationshipCopy.heading}
      backPath={backPath}
      errors={errors}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      <Fieldset
        id="relationship"
        legend={relationshipCopy.status}
        hint={relationshipCopy.statusHint}
        error={messages.relationship}
      >
        <div className="choices">
          {relationshipValues.map((value) => (
            <Choice
              key={value}
              type="radio"
              id={`relationship-${value}`}
              value={value}
              label={relationshipCopy.statusLabels[value]}
              {...register('relationship')}
            />
          ))}
        </div>
      </Fieldset>
      {showPartner ? (
        <>
          <Fieldset
            id="partner"
            legend={appCopy.withOptional(relationshipCopy.partner)}
            hint={relationshipCopy.partnerHint}
          >
            <div className="choices">
              {partnerTakingPartValues.map((value) => (
                <Choice
                  key={value}
                  type="radio"
                  id={`partner-${value}`}
                  value={value}
                  label={relationshipCopy.partnerLabels[value]}
                  {...register('partnerTakingPart')}
                />
              ))}
            </div>
          </Fieldset>
          <Fieldset id="length" legend={relationshipCopy.length}>
            <div className="choices">
              {relationshipLengthValues.map((value) => (
                <Choice
                  key={value}
                  type="radio"
                  id={`length-${value}`}
                  value={value}
                  label={relationshipCopy.lengthLabels[value]}
                  {...register('relationshipLength')}
                />
              ))}
            </div>
          </Fieldset>
        </>
      ) : null}
      {showSafety ? (
        <Fieldset
          id="unsafe"
          legend={single ? relationshipCopy.unsafeSingle : relationshipCopy.unsafe}
          hint={
            <>
              <strong>{appCopy.whyWeAsk}</strong>{' '}
              {single ? relationshipCopy.unsafeSingleHint : relationshipCopy.unsafeHint}
            </>
          }
          error={messages.feelsUnsafe}
        >
          <div className="choices">
            {feelsUnsafeValues.map((value) => (
              <Choice
                key={value}
                type="radio"
                id={`unsafe-${value}`}
                value={value}
                label={relationshipCopy.unsafeLabels[value]}
                {...register('feelsUnsafe')}
              />
            ))}
          </div>
          {feelsUnsafe === 'yes' ? (
            <div className="inset-text" role="status">
              <p>{relationshipCopy.unsafeSupport}</p>
              <p>
                <Link to="/help">{relationshipCopy.unsafeSupportLink}</Link>
              </p>
            </div>
          ) : null}
        </Fieldset>
      ) : null}
    </StepShell>
  );
}
