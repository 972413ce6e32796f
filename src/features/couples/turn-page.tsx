import { Navigate, useNavigate } from 'react-router';
import { pageTitle } from '../../content/app.ts';
import { turnCopy } from '../../content/couples.ts';
import { firstUnansweredStep, stepNumber } from '../../questionnaire/steps.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { displayNames, togetherPaths } from './couple-paths.ts';
import { useTogetherRedirect } from './use-couple-guards.ts';

/** The hand-over screen: before the first turn, between turns, and before the comparison. */
export function TurnPage() {
  useDocumentTitle(pageTitle(turnCopy.title));
  const redirect = useTogetherRedirect('turn');
  const couple = useCoupleStore();
  const navigate = useNavigate();
  if (redirect) return <Navigate to={redirect} replace />;

  const names = displayNames(couple.names);
  const aDone = couple.partners.a !== null;
  const bothDone = aDone && couple.partners.b !== null;

  // Replace, not push: Back from the next page must not land on a page of the last turn.
  const go = () => {
    if (bothDone) {
      couple.openComparison();
      navigate(togetherPaths.compare, { replace: true });
      return;
    }
    couple.startTurn();
    const next = firstUnansweredStep(useAnswersStore.getState().answered);
    navigate(next ? `/prepare/${stepNumber(next)}` : '/prepare/check', { replace: true });
  };

  let heading: string;
  let lines: string[];
  let button: string;
  if (bothDone) {
    heading = turnCopy.bothHeading;
    lines = [turnCopy.both(names.a, names.b), turnCopy.bothNote];
    button = turnCopy.compare;
  } else if (aDone) {
    heading = turnCopy.passHeading(names.b);
    lines = [turnCopy.hidden(names.a), turnCopy.pass(names.b, names.a)];
    button = turnCopy.start(names.b);
  } else {
    heading = turnCopy.firstHeading(names.a);
    lines = [turnCopy.first(names.a, names.b)];
    button = turnCopy.start(names.a);
  }

  return (
    <section className="handover">
      <PageHeading>{heading}</PageHeading>
      {lines.map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <button type="button" className="button button--start" onClick={go}>
        {button}
      </button>
    </section>
  );
}
