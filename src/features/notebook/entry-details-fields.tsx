import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { Choice } from '../../components/ui/choice.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { appCopy } from '../../content/app.ts';
import { entryCopy as copy } from '../../content/notebook.ts';
import {
  coverValues,
  foundViaValues,
  offersValues,
  type TherapistNote,
} from '../../questionnaire/notebook.ts';
import type { PlaceId } from '../../rules/ids.ts';
import { fieldIds } from './entry-draft.ts';

interface EntryDetailsProps {
  entry: TherapistNote;
  onChange: (patch: Partial<TherapistNote>) => void;
  errors: ReadonlyMap<string, string>;
  place: PlaceId;
}

/** Who the therapist is, what they offer, and whether their licence was checked. */
export function EntryDetailsFields({ entry, onChange, errors, place }: EntryDetailsProps) {
  const text = (
    key: 'name' | 'practice' | 'fees' | 'times',
    id: string,
    label: string,
    hint?: string,
  ) => (
    <TextInput
      id={id}
      label={label}
      hint={hint}
      value={entry[key]}
      error={errors.get(id)}
      errorPrefix={appCopy.errorPrefix}
      onChange={(event) => onChange({ [key]: event.currentTarget.value })}
    />
  );
  return (
    <>
      <section aria-labelledby="note-about">
        <h2 id="note-about">{copy.about.legend}</h2>
        {text('name', fieldIds.name, copy.about.name, copy.about.nameHint)}
        {text('practice', fieldIds.practice, copy.about.practice)}
        <TextInput
          id={fieldIds.date}
          type="date"
          label={copy.about.date}
          value={entry.date}
          error={errors.get(fieldIds.date)}
          errorPrefix={appCopy.errorPrefix}
          onChange={(event) => onChange({ date: event.currentTarget.value })}
        />
        <ChoiceGroup
          type="radio"
          id="note-found-via"
          field={{ name: 'note-found-via' }}
          legend={copy.about.foundVia}
          items={foundViaValues.map((value) => ({ value, label: copy.foundVia[value] }))}
          value={entry.foundVia ?? null}
          onChange={(foundVia) => onChange({ foundVia })}
        />
      </section>

      <section aria-labelledby="note-offer">
        <h2 id="note-offer">{copy.offer.legend}</h2>
        <ChoiceGroup
          type="radio"
          id="note-offers"
          field={{ name: 'note-offers' }}
          legend={copy.offer.offers}
          items={offersValues.map((value) => ({ value, label: copy.offers[value] }))}
          value={entry.offers ?? null}
          onChange={(offers) => onChange({ offers })}
        />
        {text('fees', fieldIds.fees, copy.offer.fees, copy.offer.feesHint)}
        <ChoiceGroup
          type="checkbox"
          id="note-cover"
          legend={copy.offer.cover}
          hint={copy.offer.coverHint}
          items={coverValues.map((value) => ({ value, label: copy.cover[value] }))}
          value={entry.cover}
          onChange={(value, checked) =>
            onChange({
              cover: coverValues.filter((item) =>
                item === value ? checked : entry.cover.includes(item),
              ),
            })
          }
        />
        {text('times', fieldIds.times, copy.offer.times, copy.offer.timesHint)}
      </section>

      <Fieldset id="note-licence" legend={copy.licence.legend} hint={copy.licence.how[place]}>
        <div className="choices">
          <Choice
            type="checkbox"
            id="note-licence-checked"
            label={copy.licence.label}
            checked={entry.licenceChecked}
            onChange={(event) => onChange({ licenceChecked: event.currentTarget.checked })}
          />
        </div>
      </Fieldset>
    </>
  );
}
