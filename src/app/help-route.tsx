import { Link } from '../components/ui/app-link.tsx';
import { pageTitle } from '../content/app.ts';
import { helpCopy } from '../content/help.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { PlacePanel } from '../components/domain/place-panel.tsx';
import { SafetyResource } from '../components/domain/safety-resource.tsx';
import { useAnswersStore } from '../storage/answers-store.ts';

/**
 * "Need help now?": where you live and its emergency number, then crisis help, then every
 * other resource, in that country's lines. Linked from every page.
 */
export function HelpRoute() {
  useDocumentTitle(pageTitle(helpCopy.pageTitle));
  const place = useAnswersStore((state) => state.answers.country) ?? 'not-said';
  const setCountry = useAnswersStore((state) => state.setCountry);
  return (
    <>
      <PageHeading>{helpCopy.title}</PageHeading>
      <p className="lead">{helpCopy.lead}</p>
      <PlacePanel place={place} onChange={setCountry} />
      <SafetyResource id="crisis" place={place} showWhen={false} />
      <h2>{helpCopy.more}</h2>
      <SafetyResource id="unsafe-relationship" place={place} headingLevel={3} showWhen={false} />
      <SafetyResource id="sexual-assault" place={place} headingLevel={3} showWhen={false} />
      <SafetyResource id="postpartum-support" place={place} headingLevel={3} showWhen={false} />
      <p>
        <Link to="/">{helpCopy.backToStart}</Link>
      </p>
    </>
  );
}
