import type { ReactNode } from 'react';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { firstSessionGuide, resultsDisclaimer } from '../../content/guides.ts';
import { couplesGuideFor, credentialsGuides } from '../../content/place-credentials.ts';
import { planCopy } from '../../content/plan.ts';
import { resultsCopy } from '../../content/results.ts';
import { AfterFirstPaint } from '../../components/ui/after-first-paint.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { PlacePanel } from '../../components/domain/place-panel.tsx';
import { hasUrgentSafety, SafetySection } from '../../components/domain/safety-section.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { planFor } from './checklist-entries.ts';
import { GuideSection } from './guide-section.tsx';
import { Directories } from './directories.tsx';
import { ExtraSearches } from './extra-searches.tsx';
import { ListenFor } from './listen-for.tsx';
import { NextSteps } from './next-steps.tsx';
import { OpeningLines } from './opening-lines.tsx';
import { OwnWords } from './own-words.tsx';
import { PlanShortlist } from './plan-shortlist.tsx';
import { QuestionChecklist } from './question-checklist.tsx';
import { ReferralList } from './referral-list.tsx';
import { SpecialtyList } from './specialty-list.tsx';
import { SummaryActions } from './summary-actions.tsx';
import { useEvaluation } from './use-evaluation.ts';
import { usePlanContext } from './use-plan-context.ts';

interface SummaryPageProps {
  /** Shown under the heading, e.g. who the summary is prepared for. */
  intro?: ReactNode;
  /** Extra sections before the actions, e.g. a therapist's own questions. */
  extraSections?: ReactNode;
  /** The same extra content as Markdown, for the copied and downloaded summary. */
  extraMarkdown?: string;
  /** Below the next steps, in their panel: the way on to the notes from free calls. */
  afterCalls?: ReactNode;
}

export function SummaryPage({ intro, extraSections, extraMarkdown, afterCalls }: SummaryPageProps) {
  useDocumentTitle(pageTitle(resultsCopy.pageName));
  const answers = useAnswersStore((state) => state.answers);
  const setCountry = useAnswersStore((state) => state.setCountry);
  const context = usePlanContext();
  const evaluation = useEvaluation(answers, context.therapistEntries.length);
  const place = evaluation.place.id;
  const withPartner = answers.who !== 'individual' || answers.partnerTakingPart === 'yes';
  const plan = planFor(answers, evaluation, context);
  const suggestedIds = new Set<string>(evaluation.shortlist.map((item) => item.id));
  const actions = { answers, evaluation, extraMarkdown, context };

  return (
    <article className="summary">
      <PageHeading>{resultsCopy.title}</PageHeading>
      {intro}
      <p className="lead print-hide">{resultsCopy.lead}</p>
      <p className="inset-text">{resultsDisclaimer()}</p>

      <SafetySection safety={evaluation.safety} place={place} />

      <SummaryActions {...actions} placement="top" />

      <div className="plan">
        <PlanShortlist entries={plan.start} suggestedIds={suggestedIds} />
        <OpeningLines therapistName={context.therapistName} />
        <ListenFor evaluation={evaluation} />
      </div>

      {/* Below the first screen on a phone. */}
      <AfterFirstPaint>
        <NextSteps evaluation={evaluation} therapistName={context.therapistName}>
          {afterCalls}
        </NextSteps>

        <section aria-labelledby="questions-heading" className="print-hide">
          <h2 id="questions-heading">{planCopy.moreHeading}</h2>
          <QuestionChecklist entries={plan.more} suggestedIds={suggestedIds} />
        </section>

        <PlacePanel
          place={place}
          onChange={setCountry}
          showOtherPlaces={!hasUrgentSafety(evaluation.safety)}
          therapist={
            context.therapistName && context.therapistCountry
              ? { name: context.therapistName, country: context.therapistCountry }
              : undefined
          }
        />

        <section aria-labelledby="specialties-heading">
          <h2 id="specialties-heading">{resultsCopy.specialtiesHeading}</h2>
          <p className="print-hide">{resultsCopy.specialtiesLead}</p>
          <SpecialtyList specialties={evaluation.specialties} />
          <ExtraSearches searches={evaluation.searches} />
          <Directories place={place} />
        </section>

        <GuideSection guide={credentialsGuides[place]} collapsed />
        {withPartner ? <GuideSection guide={couplesGuideFor(place)} /> : null}

        {evaluation.referrals.length > 0 ? (
          <section aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">{resultsCopy.referralsHeading}</h2>
            <p className="print-hide">{resultsCopy.referralsLead}</p>
            <ReferralList referrals={evaluation.referrals} />
          </section>
        ) : null}

        <OwnWords answers={answers} />
        <GuideSection guide={firstSessionGuide} className="print-hide" collapsed />
        {extraSections}
        <SummaryActions {...actions} />
        <p className="no-print">
          <Link to="/prepare/check">{resultsCopy.changeAnswers}</Link>
        </p>
      </AfterFirstPaint>
    </article>
  );
}
