import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { intakeCopy } from '../../content/intake.ts';
import { safetyCopy } from '../../content/safety.ts';
import { under18Safety } from '../../rules/under-18.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { OtherPlacesHelp } from '../../components/domain/other-places-help.tsx';
import { SafetyResource } from '../../components/domain/safety-resource.tsx';

/** For someone under 18: kind words, who to talk to, and nothing stored or asked. */
export function UnderEighteenPage() {
  useDocumentTitle(pageTitle(safetyCopy.minor.title));
  const [minor, ...others] = under18Safety();
  return (
    <>
      <PageHeading>{safetyCopy.minor.title}</PageHeading>
      <p>{intakeCopy.underEighteen.thanks}</p>
      {minor ? <SafetyResource id={minor.id} place={minor.place} showWhen={false} /> : null}
      {others.map((item) => (
        <SafetyResource key={item.id} id={item.id} place={item.place} showWhen={false} />
      ))}
      {/* Nothing is asked of someone under 18, so every country's lines are one tap away. */}
      <OtherPlacesHelp headingLevel={2} />
      <p>
        <Link to="/">{intakeCopy.underEighteen.back}</Link>
      </p>
    </>
  );
}
