import type { StepId } from '../../questionnaire/steps.ts';
import { ConcernsStep } from './concerns-step.tsx';
import { DetailsStep } from './details-step.tsx';
import { GoalsStep } from './goals-step.tsx';
import { HealthStep } from './health-step.tsx';
import { PreferencesStep } from './preferences-step.tsx';
import { RelationshipStep } from './relationship-step.tsx';

const stepComponents: Record<StepId, () => React.JSX.Element> = {
  concerns: ConcernsStep,
  details: DetailsStep,
  relationship: RelationshipStep,
  health: HealthStep,
  goals: GoalsStep,
  preferences: PreferencesStep,
};

export function StepPage({ step }: { step: StepId }) {
  const Step = stepComponents[step];
  // A new key per step resets the form when moving between steps on the same route.
  return <Step key={step} />;
}
