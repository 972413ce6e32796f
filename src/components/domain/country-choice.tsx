import { countryNames, countryQuestion } from '../../content/countries.ts';
import { countryIds, type CountryId } from '../../questionnaire/ids.ts';
import { ChoiceGroup } from '../ui/choice-group.tsx';

/** The radio value for "I'd rather not say": stored as no country at all. */
export const NOT_SAY = 'not-say';

/** Reads the form's choice: a country, or none for "I'd rather not say" and no answer. */
export function readCountry(value: FormDataEntryValue | null): CountryId | undefined {
  return countryIds.find((id) => id === value);
}

interface CountryChoiceProps {
  /** The choice shown when the page opens; none chosen until the person picks one. */
  current: CountryId | undefined;
  legend?: string;
}

/** "Where do you live?": the countries DOMAIN.md covers, "Somewhere else", and "rather not say". */
export function CountryChoice({ current, legend = countryQuestion.legend }: CountryChoiceProps) {
  return (
    <ChoiceGroup
      type="radio"
      id="country"
      legend={legend}
      hint={countryQuestion.hint}
      items={[
        ...countryIds.map((id) => ({ value: id as string, label: countryNames[id] })),
        { value: NOT_SAY, label: countryQuestion.notSay },
      ]}
      field={{ name: 'country' }}
      defaultValue={current ?? null}
    />
  );
}
