import { useMemo, type ReactNode } from 'react';
import { useLanguage } from '../../components/domain/use-language.ts';
import { Navigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import type { Guide } from '../../content/content-schemas.ts';
import { compareCopy } from '../../content/couples.ts';
import { emptyMarks, ifBothItems, shareableAnswers } from '../../questionnaire/privacy-marks.ts';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartParts } from './apart-parts.ts';
import { apartPaths } from './couple-paths.ts';
import { CompareView } from './compare-view.tsx';
import { useApartRedirect } from './use-couple-guards.ts';
// Names can come from another device: control and bidi-override characters are removed.
import { cleanText } from '../../questionnaire/therapist-link.ts';

/** The shared view on each partner's own device, after entering the other's code. */
export function ApartComparePage({ guideSection }: { guideSection?: (guide: Guide) => ReactNode }) {
  useDocumentTitle(pageTitle(compareCopy.title));
  const redirect = useApartRedirect('compare');
  const own = useAnswersStore((state) => state.answers);
  const marks = useCoupleStore((state) => state.draftMarks);
  const partner = useCoupleStore((state) => state.partner);
  const reply = useCoupleStore((state) => state.reply);
  const language = useLanguage();
  const parts = useMemo(() => {
    if (!partner) return null;
    const ownMarks = marks ?? emptyMarks();
    return apartParts(
      shareableAnswers(own, ownMarks),
      ifBothItems(own, ownMarks),
      partner.answers,
      reply,
    );
  }, [own, marks, partner, reply]);
  const answers = useMemo(() => (parts ? { a: parts.a, b: parts.b } : null), [parts]);
  const names = useMemo(
    () => ({ a: compareCopy.you, b: cleanText(partner?.name ?? '') || compareCopy.yourPartner }),
    // "You" and "your partner" are words, so they follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
    [partner, language],
  );
  if (redirect) return <Navigate to={redirect} replace />;
  if (!answers) return <Navigate to={apartPaths.enter} replace />;

  return (
    <CompareView
      answers={answers}
      names={names}
      who="couple-apart"
      guideSection={guideSection}
      notice={
        parts?.pending && partner?.offer ? (
          <p className="inset-text no-print">
            {compareCopy.replyPending} <Link to={apartPaths.reply}>{compareCopy.replyLink}</Link>
          </p>
        ) : null
      }
      footer={
        <ul className="link-list no-print">
          <li>
            <Link to={apartPaths.summary}>{compareCopy.ownView}</Link>
          </li>
          <li>
            <Link to={apartPaths.enter}>{compareCopy.otherCode}</Link>
          </li>
        </ul>
      }
    />
  );
}
