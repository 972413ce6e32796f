import { Link } from '../components/ui/app-link.tsx';
import { pageTitle } from '../content/app.ts';
import { helpCopy } from '../content/help.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { SafetyResource } from '../components/domain/safety-resource.tsx';

/** "Need help now?": crisis help first, then every other resource. Linked from every page. */
export function HelpRoute() {
  useDocumentTitle(pageTitle(helpCopy.pageTitle));
  return (
    <>
      <PageHeading>{helpCopy.title}</PageHeading>
      <p className="lead">{helpCopy.lead}</p>
      <p className="inset-text">{helpCopy.emergency}</p>
      <SafetyResource id="crisis" showWhen={false} />
      <h2>{helpCopy.more}</h2>
      <SafetyResource id="unsafe-relationship" headingLevel={3} showWhen={false} />
      <SafetyResource id="sexual-assault" headingLevel={3} showWhen={false} />
      <SafetyResource id="postpartum-support" headingLevel={3} showWhen={false} />
      <p>
        <Link to="/">{helpCopy.backToStart}</Link>
      </p>
    </>
  );
}
