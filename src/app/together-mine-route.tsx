import { Navigate } from 'react-router';
import { displayNames, otherPartner } from '../features/couples/couple-paths.ts';
import { FinishTurnPanel } from '../features/couples/finish-turn-panel.tsx';
import { LookAwayGate } from '../features/couples/look-away-gate.tsx';
import { useTogetherRedirect } from '../features/couples/use-couple-guards.ts';
import { SummaryPage } from '../features/results/summary-page.tsx';
import { LinkSummaryIntro, LinkSummarySections } from '../features/therapist/results-parts.tsx';
import { useCoupleStore } from '../storage/couple-store.ts';
import { WhoseAnswersTag } from './together-journey-tag.tsx';

/** The partner's own full summary, in their turn, behind a hand-over screen. */
export function TogetherMineRoute() {
  const redirect = useTogetherRedirect('mine');
  const turn = useCoupleStore((state) => state.turn);
  const names = displayNames(useCoupleStore((state) => state.names));
  if (redirect) return <Navigate to={redirect} replace />;
  return (
    <LookAwayGate name={names[turn]} other={names[otherPartner(turn)]}>
      {/* With a therapist's link, this partner's answers to its questions, and "Send to…". */}
      {/* The tag is on their own view, not on the hand-over screen in front of it. */}
      <WhoseAnswersTag>
        <SummaryPage
          intro={<LinkSummaryIntro />}
          extraSections={
            <>
              <LinkSummarySections />
              <FinishTurnPanel />
            </>
          }
        />
      </WhoseAnswersTag>
    </LookAwayGate>
  );
}
