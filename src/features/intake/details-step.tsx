import { appCopy } from '../../content/app.ts';
import { concernCopy } from '../../content/concerns.ts';
import { detailsCopy } from '../../content/steps.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { DetailCard } from './detail-card.tsx';
import {
  detailsDefaults,
  detailsFormSchema,
  EQUAL,
  toDetails,
  toPrimary,
  type DetailsForm,
} from './details-form.ts';
import { StepShell } from './step-shell.tsx';
import { useStepForm } from './use-step-form.ts';
import { useStepNavigation } from './step-navigation.ts';

export function DetailsStep() {
  const answers = useAnswersStore((state) => state.answers);
  const answered = useAnswersStore((state) => state.answered.includes('details'));
  const saveStep = useAnswersStore((state) => state.saveStep);
  const { backPath, goNext } = useStepNavigation('details');
  const concerns = answers.concerns;
  const { form, submitCount, submitWith } = useStepForm(
    detailsFormSchema,
    detailsDefaults(answers, answered),
  );
  const { register } = form;

  const onValid = (values: DetailsForm) => {
    saveStep('details', {
      concernDetails: toDetails(concerns, values),
      primaryConcern: toPrimary(concerns, values),
    });
    goNext();
  };

  return (
    <StepShell
      step="details"
      heading={detailsCopy.heading}
      backPath={backPath}
      errors={[]}
      submitCount={submitCount}
      onSubmit={submitWith(onValid)}
    >
      {concerns.length === 0 ? (
        <p>{detailsCopy.nothingToAdd}</p>
      ) : (
        <>
          <p className="hint">{detailsCopy.hint}</p>
          {concerns.map((concern) => (
            <DetailCard key={concern} concern={concern} register={register} />
          ))}
          {concerns.length > 1 ? (
            <ChoiceGroup
              type="radio"
              id="primary"
              legend={appCopy.withOptional(detailsCopy.primary)}
              hint={detailsCopy.primaryHint}
              legendSize="page"
              items={[
                ...concerns.map((concern) => ({
                  value: concern,
                  label: concernCopy[concern].label,
                })),
                { value: EQUAL, label: detailsCopy.primaryEqual, divider: detailsCopy.or },
              ]}
              field={register('primary')}
            />
          ) : null}
        </>
      )}
    </StepShell>
  );
}
