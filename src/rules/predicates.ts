import { conditionLeaves, type Condition } from '../questionnaire/conditions.ts';
import type { Reason } from './reasons.ts';

// Conditions themselves live in questionnaire/conditions.ts (the step branches use them too).
// What is here reads them against the reasons of a result.

/**
 * Whether the reasons for an item name an answer the condition names: line-audiences.ts uses this
 * to show a line only to the people it is about (perinatal training only when a birth was named).
 */
export function reasonsName(reasons: readonly Reason[], condition: Condition): boolean {
  const leaves = conditionLeaves(condition);
  return reasons.some((reason) =>
    reason.facts.some((fact) =>
      leaves.some(
        (leaf) =>
          (fact.kind === 'concern' &&
            (leaf.op === 'concern' || leaf.op === 'primary') &&
            leaf.id === fact.concern) ||
          (fact.kind === 'health' && leaf.op === 'health' && leaf.id === fact.item),
      ),
    ),
  );
}
