import type { UseFormRegister } from 'react-hook-form';
import { appCopy } from '../../content/app.ts';
import { countryNames } from '../../content/countries.ts';
import { builderCopy, licenceLabels, sectionLabels } from '../../content/therapist.ts';
import { countryIds } from '../../questionnaire/ids.ts';
import { licenceIds, linkLimits, linkSectionIds } from '../../questionnaire/therapist-link.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { TextArea, TextInput } from '../../components/ui/text-field.tsx';
import type { BuilderValues } from './builder-values.ts';

interface FieldsProps {
  register: UseFormRegister<BuilderValues>;
  errorFor: (fieldId: string) => string | undefined;
}

const prefix = () => ({ errorPrefix: appCopy.errorPrefix });

/** The therapist's details: who they are, their practice, a welcome, what to ask for. */
export function BuilderAboutFields({ register, errorFor }: FieldsProps) {
  return (
    <>
      <h2>{builderCopy.aboutLegend}</h2>
      <TextInput
        id="name"
        label={builderCopy.name}
        hint={builderCopy.nameHint}
        autoComplete="name"
        maxLength={linkLimits.name}
        error={errorFor('name')}
        {...prefix()}
        {...register('name')}
      />
      <ChoiceGroup
        type="checkbox"
        id="licences"
        idPrefix="licence"
        legend={builderCopy.licences}
        hint={builderCopy.licencesHint}
        items={labelled(licenceIds, licenceLabels)}
        field={register('licences')}
      />
      <TextInput
        id="licence-other-name"
        label={builderCopy.licenceOther}
        maxLength={linkLimits.licenceOther}
        error={errorFor('licence-other-name')}
        {...prefix()}
        {...register('licenceOther')}
      />
      <TextInput
        id="states"
        label={builderCopy.states}
        hint={builderCopy.statesHint}
        error={errorFor('states')}
        {...prefix()}
        {...register('states')}
      />
      <ChoiceGroup
        type="radio"
        id="aasect"
        legend={builderCopy.aasect}
        error={errorFor('aasect-yes')}
        {...prefix()}
        inline
        items={[
          { value: 'yes', label: builderCopy.aasectYes },
          { value: 'no', label: builderCopy.aasectNo },
        ]}
        field={register('aasect')}
      />

      <h2>{builderCopy.practiceLegend}</h2>
      <TextInput
        id="practice"
        label={builderCopy.practice}
        maxLength={linkLimits.practice}
        error={errorFor('practice')}
        {...prefix()}
        {...register('practice')}
      />
      <div className="form-group">
        <label className="label" htmlFor="country">
          {builderCopy.country}
        </label>
        <p id="country-hint" className="hint">
          {builderCopy.countryHint}
        </p>
        <select
          id="country"
          className="select"
          aria-describedby="country-hint"
          {...register('country')}
        >
          <option value="">{builderCopy.countryNone}</option>
          {countryIds.map((id) => (
            <option key={id} value={id}>
              {countryNames[id]}
            </option>
          ))}
        </select>
      </div>
      <TextInput
        id="website"
        type="url"
        label={builderCopy.website}
        hint={builderCopy.websiteHint}
        inputMode="url"
        spellCheck={false}
        maxLength={linkLimits.website}
        error={errorFor('website')}
        {...prefix()}
        {...register('website')}
      />
      <TextInput
        id="contact"
        label={builderCopy.contact}
        hint={builderCopy.contactHint}
        maxLength={linkLimits.contact}
        error={errorFor('contact')}
        {...prefix()}
        {...register('contact')}
      />
      <TextArea
        id="welcome"
        label={builderCopy.welcome}
        hint={builderCopy.welcomeHint}
        maxLength={linkLimits.welcome}
        error={errorFor('welcome')}
        {...prefix()}
        {...register('welcome')}
      />
      <ChoiceGroup
        type="checkbox"
        id="sections"
        idPrefix="section"
        legend={builderCopy.sections}
        hint={builderCopy.sectionsHint}
        items={labelled(linkSectionIds, sectionLabels)}
        field={register('sections')}
      />
    </>
  );
}
