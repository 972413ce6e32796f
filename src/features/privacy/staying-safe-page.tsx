import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { stayingSafeCopy as copy } from '../../content/privacy-pages.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';

/** Private browsing, clearing history, and what the quick exit can and cannot do. */
export function StayingSafePage() {
  useDocumentTitle(pageTitle(copy.title));
  return (
    <>
      <PageHeading>{copy.title}</PageHeading>
      <p className="lead">{copy.lead}</p>
      {copy.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h2>{section.heading}</h2>
          {section.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
      <ul className="link-list">
        <li>
          <Link to="/help">{copy.helpLink}</Link>
        </li>
        <li>
          <Link to="/delete">{copy.deleteLink}</Link>
        </li>
      </ul>
    </>
  );
}
