import { z } from 'zod/mini';
import { appCopy } from '../../content/app.ts';
import { relationshipCopy } from '../../content/steps.ts';
import {
  feelsUnsafeValues,
  partnerTakingPartValues,
  relationshipLengthValues,
  relationshipValues,
} from '../../questionnaire/ids.ts';
import { asksAboutPartner, asksAboutSafety } from '../../questionnaire/steps.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { SafetyQuestion } from '../../components/domain/safety-question.tsx';
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
      <ChoiceGroup
        type="radio"
        id="relationship"
        legend={relationshipCopy.status}
        hint={relationshipCopy.statusHint}
        error={messages.relationship}
        items={labelled(relationshipValues, relationshipCopy.statusLabels)}
        field={register('relationship')}
      />
      {showPartner ? (
        <>
          <ChoiceGroup
            type="radio"
            id="partner"
            legend={appCopy.withOptional(relationshipCopy.partner)}
            hint={relationshipCopy.partnerHint}
            items={labelled(partnerTakingPartValues, relationshipCopy.partnerLabels)}
            field={register('partnerTakingPart')}
          />
          <ChoiceGroup
            type="radio"
            id="length"
            legend={relationshipCopy.length}
            items={labelled(relationshipLengthValues, relationshipCopy.lengthLabels)}
            field={register('relationshipLength')}
          />
        </>
      ) : null}
      {showSafety ? (
        <SafetyQuestion
          value={feelsUnsafe}
          single={relationship === 'single'}
          error={messages.feelsUnsafe}
          field={register('feelsUnsafe')}
        />
      ) : null}
    </StepShell>
  );
}
