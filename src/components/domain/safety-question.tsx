import { appCopy } from '../../content/app.ts';
import { relationshipCopy } from '../../content/steps.ts';
import { feelsUnsafeValues } from '../../questionnaire/ids.ts';
import { Link } from '../ui/app-link.tsx';
import { ChoiceGroup, type ChoiceField, type ChoiceItem } from '../ui/choice-group.tsx';

type FeelsUnsafe = (typeof feelsUnsafeValues)[number];

const items: ChoiceItem<FeelsUnsafe>[] = (['yes', 'no'] as const).map((value) => ({
  value,
  label: relationshipCopy.unsafeLabels[value],
}));
const preferNot: ChoiceItem<FeelsUnsafe> = {
  value: 'prefer-not-to-say',
  label: relationshipCopy.unsafeLabels['prefer-not-to-say'],
};

interface SafetyQuestionProps {
  /** The answer chosen now: "yes" shows where to find support at once. */
  value: FeelsUnsafe | null;
  /** A single person is asked about anyone, not only about a partner. */
  single?: boolean;
  error?: string;
  /** A form library's field (`register('feelsUnsafe')`); without it the question is controlled. */
  field?: ChoiceField;
  onChange?: (value: FeelsUnsafe) => void;
}

/** "Are you ever afraid…?", asked of one person alone, with support shown at once on "yes". */
export function SafetyQuestion({
  value,
  single = false,
  error,
  field,
  onChange,
}: SafetyQuestionProps) {
  const answer = field ? { field } : { field: { name: 'feelsUnsafe' }, value, onChange };
  return (
    <ChoiceGroup
      type="radio"
      id="unsafe"
      legend={single ? relationshipCopy.unsafeSingle : relationshipCopy.unsafe}
      hint={
        <>
          <strong>{appCopy.whyWeAsk}</strong>{' '}
          {single ? relationshipCopy.unsafeSingleHint : relationshipCopy.unsafeHint}
        </>
      }
      error={error}
      items={items}
      preferNot={preferNot}
      {...answer}
    >
      {value === 'yes' ? (
        <div className="inset-text" role="status">
          <p>{relationshipCopy.unsafeSupport}</p>
          <p>
            <Link to="/help">{relationshipCopy.unsafeSupportLink}</Link>
          </p>
        </div>
      ) : null}
    </ChoiceGroup>
  );
}
