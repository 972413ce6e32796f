import type { Guide } from '../../content/content-schemas.ts';

interface GuideSectionProps {
  guide: Guide;
  className?: string;
  /** Closed until opened, under its own heading: keeps a long summary short on a phone. */
  collapsed?: boolean;
}

/** A short guide (first session, credentials, couples) rendered as headed lists. */
export function GuideSection({ guide, className, collapsed = false }: GuideSectionProps) {
  const heading = <h2 id={`guide-${guide.id}`}>{guide.title}</h2>;
  const body = (
    <>
      <p className="print-hide">{guide.intro}</p>
      {guide.sections.map((section) => (
        <div key={section.id} className={`guide__part guide__part--${section.id}`}>
          <h3>{section.heading}</h3>
          <ul className="bullets">
            {section.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
  return (
    <section aria-labelledby={`guide-${guide.id}`} className={className}>
      {collapsed ? (
        <details className="guide__details">
          <summary className="guide__summary">{heading}</summary>
          {body}
        </details>
      ) : (
        <>
          {heading}
          {body}
        </>
      )}
    </section>
  );
}
