import type { UseFormRegister } from 'react-hook-form';
import { appCopy } from '../../content/app.ts';
import { concernCopy } from '../../content/concerns.ts';
import { detailsCopy } from '../../content/steps.ts';
import {
  botherValues,
  durationValues,
  scopeValues,
  therapistWishValues,
  type ConcernId,
} from '../../questionnaire/ids.ts';
import { asksAboutDifficulty } from '../../questionnaire/steps.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import type { DetailsForm } from './details-form.ts';

interface DetailCardProps {
  concern: ConcernId;
  register: UseFormRegister<DetailsForm>;
}

/** One topic's questions. A topic someone explores is asked what they would like, nothing else. */
export function DetailCard({ concern, register }: DetailCardProps) {
  const question = (field: 'duration' | 'scope' | 'bother', hint?: string) => ({
    type: 'radio' as const,
    id: `${field}-${concern}`,
    legend: appCopy.withOptional(detailsCopy[field]),
    hint,
    inline: true,
    field: register(`details.${concern}.${field}`),
  });
  return (
    <section className="detail-card" aria-labelledby={`detail-${concern}`}>
      <h2 id={`detail-${concern}`} className="detail-card__title">
        {concernCopy[concern].label}
      </h2>
      {asksAboutDifficulty(concern) ? (
        <>
          <ChoiceGroup
            {...question('duration')}
            items={labelled(durationValues, detailsCopy.durationLabels)}
          />
          <ChoiceGroup
            {...question('scope', detailsCopy.scopeHint)}
            items={labelled(scopeValues, detailsCopy.scopeLabels)}
          />
          <ChoiceGroup
            {...question('bother')}
            items={labelled(botherValues, detailsCopy.botherLabels)}
          />
        </>
      ) : (
        <ChoiceGroup
          type="checkbox"
          id={`wishes-${concern}`}
          legend={appCopy.withOptional(detailsCopy.wishes)}
          hint={detailsCopy.wishesHint}
          items={labelled(therapistWishValues, detailsCopy.wishLabels)}
          field={register(`details.${concern}.wishes`)}
        />
      )}
    </section>
  );
}
