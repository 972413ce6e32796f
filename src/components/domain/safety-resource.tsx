import type { SafetyId } from '../../rules/ids.ts';
import { safetyCopy } from '../../content/safety.ts';
import type { Contact } from '../../content/content-schemas.ts';

/** "Call 988" stays as it is; "TTY" becomes "TTY: 1-800-787-3224". */
function contactText(contact: Contact): string {
  return contact.label.includes(contact.value)
    ? contact.label
    : `${contact.label}: ${contact.value}`;
}

interface SafetyResourceProps {
  id: SafetyId;
  headingLevel?: 2 | 3;
  /** Hide the "why you see this" line, e.g. on the help page where it would not fit. */
  showWhen?: boolean;
}

/** One safety resource: who to contact, with numbers as tap-to-call or tap-to-text links. */
export function SafetyResource({ id, headingLevel = 2, showWhen = true }: SafetyResourceProps) {
  const copy = safetyCopy[id];
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
      {copy.contacts.length > 0 ? (
        <ul className="contact-list">
          {copy.contacts.map((contact) => (
            <li key={contact.label}>
              {contact.href ? (
                <a
                  href={contact.href}
                  rel={contact.kind === 'chat' ? 'noopener noreferrer' : undefined}
                  target={contact.kind === 'chat' ? '_blank' : undefined}
                >
                  {contactText(contact)}
                </a>
              ) : (
                contactText(contact)
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{copy.outsideUs}</p>
    </section>
  );
}
