import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { appCopy } from '../../content/app.ts';
import { builderAudienceCopy, builderCopy } from '../../content/therapist.ts';
import { linkLimits } from '../../questionnaire/therapist-link.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { audiences, type BuilderValues } from './builder-values.ts';

interface AudienceFieldsProps {
  control: Control<BuilderValues>;
  register: UseFormRegister<BuilderValues>;
  errorFor: (fieldId: string) => string | undefined;
}

/** "Who is this link for?": any client, or one client, with their name and consultation date. */
export function BuilderAudienceFields({ control, register, errorFor }: AudienceFieldsProps) {
  const forOne = useWatch({ control, name: 'audience' }) === 'one';
  const prefix = { errorPrefix: appCopy.errorPrefix };
  const oneClient = (
    <>
      <TextInput
        id="client"
        label={builderAudienceCopy.client}
        hint={builderAudienceCopy.clientHint}
        autoComplete="off"
        spellCheck={false}
        maxLength={linkLimits.client}
        error={errorFor('client')}
        {...prefix}
        {...register('client')}
      />
      <TextInput
        id="date"
        type="date"
        className="input input--date"
        label={builderCopy.date}
        hint={builderCopy.dateHint}
        error={errorFor('date')}
        {...prefix}
        {...register('date')}
      />
    </>
  );
  return (
    <ChoiceGroup
      type="radio"
      id="audience"
      legend={builderAudienceCopy.legend}
      hint={builderAudienceCopy.hint}
      items={audiences.map((value) => ({
        value,
        label: builderAudienceCopy.labels[value],
        hint: builderAudienceCopy.hints[value],
        reveal: value === 'one' && forOne ? oneClient : undefined,
      }))}
      field={register('audience')}
    />
  );
}
