import type { Contact } from '../../content/content-schemas.ts';

/** "Call 988" and "ShelterSafe.ca" stay as they are; "TTY" becomes "TTY: 1-800-787-3224". */
function contactText(contact: Contact): string {
  return contact.label.toLowerCase().includes(contact.value.toLowerCase())
    ? contact.label
    : `${contact.label}: ${contact.value}`;
}

/** Numbers to tap and sites to open. A chat or a website opens in a new tab, leaving the app. */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  if (contacts.length === 0) return null;
  return (
    <ul className="contact-list">
      {contacts.map((contact) => {
        const away = contact.kind === 'chat' || contact.kind === 'web';
        return (
          <li key={contact.label}>
            {contact.href ? (
              <a
                href={contact.href}
                rel={away ? 'noopener noreferrer' : undefined}
                target={away ? '_blank' : undefined}
              >
                {contactText(contact)}
              </a>
            ) : (
              contactText(contact)
            )}
          </li>
        );
      })}
    </ul>
  );
}
