import { Link } from '../../components/ui/app-link.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { Fieldset } from '../../components/ui/fieldset.tsx';
import { TextArea, TextInput } from '../../components/ui/text-field.tsx';
import { appCopy } from '../../content/app.ts';
import { entryCopy as copy } from '../../content/notebook.ts';
import {
  feltQuestionIds,
  feltValues,
  gutValues,
  saidValues,
  warningSignIds,
  type Impression,
  type ImpressionOwner,
  type WarningSignId,
} from '../../questionnaire/notebook.ts';
import { fieldIds } from './entry-draft.ts';

interface ImpressionFieldsProps {
  owner: ImpressionOwner;
  /** A partner's name, for a couple on one device. */
  name?: string;
  impression: Impression;
  onChange: (next: Impression) => void;
  errors: ReadonlyMap<string, string>;
  /** The summary is finished, so a link there makes sense when no questions show. */
  summaryReady: boolean;
}

/** One person's view of a call: the plan's questions, how it felt, and any warning sign. */
export function ImpressionFields({
  owner,
  name,
  impression,
  onChange,
  errors,
  summaryReady,
}: ImpressionFieldsProps) {
  const id = (part: string) => `note-${owner}-${part}`;
  const heading = name ? copy.owners.partner(name) : copy.owners.self;
  const set = (patch: Partial<Impression>) => onChange({ ...impression, ...patch });
  const setAsked = (n: number, patch: Partial<Impression['asked'][number]>) =>
    set({ asked: impression.asked.map((item, at) => (at === n ? { ...item, ...patch } : item)) });
  const toggleWarning = (value: WarningSignId, checked: boolean) =>
    set({
      warnings: warningSignIds.filter((sign) =>
        sign === value ? checked : impression.warnings.includes(sign),
      ),
    });

  return (
    <section className="notebook__impression" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{heading}</h2>
      {name ? <p className="hint">{copy.owners.partnerHint}</p> : null}

      <Fieldset id={id('questions')} legend={copy.questions.legend} hint={copy.questions.hint}>
        {impression.asked.length === 0 ? (
          <p>
            {copy.questions.none}{' '}
            {summaryReady ? <Link to="/prepare/summary">{copy.questions.noneLink}</Link> : null}
          </p>
        ) : null}
        <ol className="notebook__questions">
          {impression.asked.map((asked, n) => (
            <li key={asked.id}>
              <ChoiceGroup
                type="radio"
                field={{ name: id(`q${n}`) }}
                id={id(`q${n}`)}
                legend={asked.text}
                items={saidValues.map((value) => ({ value, label: copy.questions.said[value] }))}
                value={asked.said ?? null}
                onChange={(said) => setAsked(n, { said })}
                inline
              />
              <TextInput
                id={fieldIds.questionNote(owner, n)}
                label={copy.questions.note}
                value={asked.note}
                error={errors.get(fieldIds.questionNote(owner, n))}
                errorPrefix={appCopy.errorPrefix}
                onChange={(event) => setAsked(n, { note: event.currentTarget.value })}
              />
            </li>
          ))}
        </ol>
      </Fieldset>

      {feltQuestionIds.map((question) => (
        <ChoiceGroup
          key={question}
          type="radio"
          field={{ name: id(question) }}
          id={id(question)}
          legend={copy.felt[question]}
          items={feltValues.map((value) => ({ value, label: copy.feltChoices[value] }))}
          value={impression[question] ?? null}
          onChange={(value) => set({ [question]: value })}
          inline
        />
      ))}

      <ChoiceGroup
        type="radio"
        field={{ name: id('gut') }}
        id={id('gut')}
        legend={copy.gut.legend}
        hint={copy.gut.hint}
        items={gutValues.map((value) => ({ value, label: copy.gut[value] }))}
        value={impression.gut ?? null}
        onChange={(gut) => set({ gut })}
      />

      <ChoiceGroup
        type="checkbox"
        id={id('warnings')}
        legend={copy.warnings.legend}
        hint={copy.warnings.hint}
        items={warningSignIds.map((value) => ({ value, label: copy.warnings.items[value] }))}
        value={impression.warnings}
        onChange={toggleWarning}
      >
        <div aria-live="polite">
          {impression.warnings.length > 0 ? (
            <div className="notebook__keep-looking">
              <h3>{copy.warnings.keepLookingHeading}</h3>
              <p>{copy.warnings.keepLooking}</p>
            </div>
          ) : null}
        </div>
      </ChoiceGroup>

      <TextArea
        id={fieldIds.impressionNote(owner)}
        label={copy.note}
        value={impression.note}
        error={errors.get(fieldIds.impressionNote(owner))}
        errorPrefix={appCopy.errorPrefix}
        onChange={(event) => set({ note: event.currentTarget.value })}
      />
    </section>
  );
}
