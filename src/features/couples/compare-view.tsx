import { useMemo, type ReactNode } from 'react';
import { useLanguage } from '../../components/domain/use-language.ts';
import type { Guide } from '../../content/content-schemas.ts';
import { compareCopy } from '../../content/couples.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { compareAnswers, type PartnerKey } from '../../rules/compare.ts';
import type { ShareableAnswers } from '../../questionnaire/privacy-marks.ts';
import { downloadText } from '../../storage/download.ts';
import { comparisonView } from './comparison-model.ts';
import { comparisonMarkdown } from './comparison-text.ts';
import { DifferencesSection } from './differences-section.tsx';
import { PlacesSection } from './places-section.tsx';
import { SuggestionsSection } from './suggestions-section.tsx';

interface CompareViewProps {
  answers: Record<PartnerKey, ShareableAnswers>;
  names: Record<PartnerKey, string>;
  who: 'couple-together' | 'couple-apart';
  /** The couples guide, composed in by the app, in the words for where the partners live. */
  guideSection?: (guide: Guide) => ReactNode;
  /** Links to each partner's own view, or to another code. Never printed. */
  footer?: ReactNode;
  /** A line under the lead, such as "swap reply codes" apart. Never printed. */
  notice?: ReactNode;
}

/**
 * The shared view. It is built from shareable answers only, so nothing marked "only for me"
 * and nothing about feeling safe can reach it: the types do not let them in.
 */
export function CompareView({
  answers,
  names,
  who,
  guideSection,
  footer,
  notice,
}: CompareViewProps) {
  const language = useLanguage();
  const view = useMemo(
    () => comparisonView(compareAnswers(answers.a, answers.b, who), names),
    // The view holds words, so it is worked out again in a new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
    [answers, names, who, language],
  );
  return (
    <article className="summary compare">
      <PageHeading>{compareCopy.heading}</PageHeading>
      <p className="lead">{compareCopy.lead}</p>
      {notice}

      <section aria-labelledby="both-heading">
        <h2 id="both-heading">{compareCopy.bothHeading}</h2>
        {view.both.length === 0 ? <p>{compareCopy.bothNothing}</p> : null}
        {view.both.map((group) => (
          <div key={group.label}>
            <h3>
              {compareCopy.bothHeading.replace('…', '')} {group.label}
            </h3>
            <ul className="bullets">
              {group.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <DifferencesSection differences={view.differences} />

      <section aria-labelledby="talk-heading" className="panel panel--calm">
        <h2 id="talk-heading">{compareCopy.talkHeading}</h2>
        <p className="print-hide">{compareCopy.talkLead}</p>
        <ul className="bullets">
          {view.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </section>

      <SuggestionsSection view={view} />
      <PlacesSection places={view.places} />
      {guideSection?.(view.guide)}

      <section aria-labelledby="compare-actions-heading" className="no-print">
        <h2 id="compare-actions-heading">{compareCopy.actionsHeading}</h2>
        <p>{compareCopy.actionsLead}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()}>
            {compareCopy.print}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(comparisonMarkdown(view), compareCopy.fileName, 'text/markdown')
            }
          >
            {compareCopy.download}
          </button>
        </div>
      </section>
      {footer}
    </article>
  );
}
