import type { UseFormRegister } from 'react-hook-form';
import { appCopy } from '../../content/en/app.ts';
import { concernCopy } from '../../content/en/concerns.ts';
import { detailsCopy } from '../../content/en/steps.ts';
import {
  botherValues,
  durationValues,
  scopeValues,
  therapistWishValues,
  type ConcernId,
} from '../../questionnaire/ids.ts';
import { asksAboutDifficulty } from '../../questionnaire/steps.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import type { DetailsForm } from './details-form.ts';

interface DetailCardProps {
  concern: ConcernId;
  register: UseFormRegister<DetailsForm>;
}

/** One topic's questions. A topic someone explores is asked what they would like, nothing else. */
export function DetailCard({ concern, register }: DetailCardProps) {
  const choices = <Field extends 'duration' | 'scope' | 'bother'>(
    field: Field,
    values: readonly string[],
    labels: Record<string, string>,
  ) => (
    <div className="choices choices--inline">
      {values.map((value) => (
        <Choice
          key={value}
          type="radio"
          id={`${field}-${concern}-${value}`}
          value={value}
          label={labels[value]}
          {...register(`details.${concern}.${field}`)}
        />
      ))}
    </div>
  );
  return (
    <section className="detail-card" aria-labelledby={`detail-${concern}`}>
      <h2 id={`detail-${concern}`} className="detail-card__title">
        {concernCopy[concern].label}
      </h2>
      {asksAboutDifficulty(concern) ? (
        <>
          <Fieldset id={`duration-${concern}`} legend={appCopy.withOptional(detailsCopy.duration)}>
            {choices('duration', durationValues, detailsCopy.durationLabels)}
          </Fieldset>
          <Fieldset
            id={`scope-${concern}`}
            legend={appCopy.withOptional(detailsCopy.scope)}
            hint={detailsCopy.scopeHint}
          >
            {choices('scope', scopeValues, detailsCopy.scopeLabels)}
          </Fieldset>
          <Fieldset id={`bother-${concern}`} legend={appCopy.withOptional(detailsCopy.bother)}>
            {choices('bother', botherValues, detailsCopy.botherLabels)}
          </Fieldset>
        </>
      ) : (
        <Fieldset
          id={`wishes-${concern}`}
          legend={appCopy.withOptional(detailsCopy.wishes)}
          hint={detailsCopy.wishesHint}
        >
          <div className="choices">
            {therapistWishValues.map((value) => (
              <Choice
                key={value}
                type="checkbox"
                id={`wishes-${concern}-${value}`}
                value={value}
                label={detailsCopy.wishLabels[value]}
                {...register(`details.${concern}.wishes`)}
              />
            ))}
          </div>
        </Fieldset>
      )}
    </section>
  );
}
