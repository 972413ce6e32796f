import type { PlaceId, SafetyId } from '../../rules/ids.ts';
import { safetyCopyFor } from '../../content/place-safety.ts';
import { ContactList } from './contact-list.tsx';

interface SafetyResourceProps {
  id: SafetyId;
  /** Whose lines to show: the evaluation's place. Not said shows the US lines. */
  place?: PlaceId;
  headingLevel?: 2 | 3;
  /** Hide the "why you see this" line, e.g. on the help page where it would not fit. */
  showWhen?: boolean;
}

/** One safety resource: who to contact, with numbers as tap-to-call or tap-to-text links. */
export function SafetyResource({
  id,
  place = 'not-said',
  headingLevel = 2,
  showWhen = true,
}: SafetyResourceProps) {
  const copy = safetyCopyFor(id, place);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="safety-card" aria-labelledby={`safety-${id}`}>
      <Heading id={`safety-${id}`}>{copy.title}</Heading>
      {showWhen ? <p>{copy.when}</p> : null}
      <ul className="bullets">
        {copy.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ContactList contacts={copy.contacts} />
      <p className="muted">{copy.outsideUs}</p>
    </section>
  );
}
