import { useMemo, type ReactNode } from 'react';
import { useLanguage } from '../../components/domain/use-language.ts';
import { Navigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import type { Guide } from '../../content/content-schemas.ts';
import { compareCopy } from '../../content/couples.ts';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { displayNames, togetherPaths } from './couple-paths.ts';
import { CompareView } from './compare-view.tsx';
import { sharedParts } from './partner-seal.ts';
import { useTogetherRedirect } from './use-couple-guards.ts';

/** The shared view on one device, once both partners have had their turn. */
export function TogetherComparePage({
  guideSection,
}: {
  guideSection?: (guide: Guide) => ReactNode;
}) {
  useDocumentTitle(pageTitle(compareCopy.title));
  const redirect = useTogetherRedirect('compare');
  const partners = useCoupleStore((state) => state.partners);
  const rawNames = useCoupleStore((state) => state.names);
  const language = useLanguage();
  // Default names ("Partner A") are words, so they follow the language.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
  const names = useMemo(() => displayNames(rawNames), [rawNames, language]);
  const answers = useMemo(
    () => (partners.a && partners.b ? sharedParts(partners.a, partners.b) : null),
    [partners],
  );
  if (redirect) return <Navigate to={redirect} replace />;
  if (!answers) return <Navigate to={togetherPaths.turn} replace />;

  return (
    <CompareView
      answers={answers}
      names={names}
      who="couple-together"
      guideSection={guideSection}
      footer={
        <section aria-labelledby="own-views-heading" className="no-print">
          <h2 id="own-views-heading">{compareCopy.privateViewsHeading}</h2>
          <p>{compareCopy.privateViewsLead}</p>
          <ul className="link-list">
            {(['a', 'b'] as const).map((key) => (
              <li key={key}>
                <Link to={togetherPaths.view(key)}>{compareCopy.privateViewLink(names[key])}</Link>
              </li>
            ))}
          </ul>
        </section>
      }
    />
  );
}
