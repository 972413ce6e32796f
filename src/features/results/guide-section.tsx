import type { Guide } from '../../content/content-schemas.ts';

/** A short guide (first session, credentials, couples) rendered as headed lists. */
export function GuideSection({ guide, className }: { guide: Guide; className?: string }) {
  return (
    <section aria-labelledby={`guide-${guide.id}`} className={className}>
      <h2 id={`guide-${guide.id}`}>{guide.title}</h2>
      <p className="print-hide">{guide.intro}</p>
      {guide.sections.map((section) => (
        <div key={section.id}>
          <h3>{section.heading}</h3>
          <ul className="bullets">
            {section.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
