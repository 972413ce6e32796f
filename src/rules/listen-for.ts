import type { Evaluation } from './evaluate.ts';
import type { SafetyId, SpecialtyId } from './ids.ts';

// "What to listen for" in a free call: good signs and reasons to walk away (DOMAIN.md, "After the
// free calls"), as rows. A row with `if` holds when the evaluation suggests any of those
// specialties or safety items, so the signs follow the same rules as the rest of the summary.
// Tailored rows come first, so the sign that matters most to this person is read first.

export const signIds = [
  'safety-asked',
  'both-heard',
  'heard-not-judged',
  'plain-answers',
  'approach-fits',
  'practical-fits',
  'gut-feeling',
  'change-orientation',
  'kink-as-problem',
  'shaming-cnm',
  'shaming-faith',
  'shaming-who-you-are',
  'pushes-couples-work',
  'touch-or-nudity',
  'quick-cure',
  'no-licence',
  'no-confidentiality-or-fees',
] as const;
export type SignId = (typeof signIds)[number];

type ItemId = SpecialtyId | SafetyId;

export interface SignRule {
  readonly id: SignId;
  readonly kind: 'good' | 'warning';
  /** Holds only when one of these is suggested; left out, it always holds. */
  readonly if?: readonly ItemId[];
  /** Steps aside when one of these is suggested (a tailored row says it better). */
  readonly unless?: readonly ItemId[];
}

const shamed: ItemId[] = [
  'lgbtq-affirming',
  'gender-affirming',
  'kink-aware',
  'cnm-affirming',
  'faith-culture-sensitive',
];

export const signRules: readonly SignRule[] = [
  { id: 'safety-asked', kind: 'good', if: ['unsafe-relationship'] },
  { id: 'both-heard', kind: 'good', if: ['couples-sex-therapy'] },
  { id: 'heard-not-judged', kind: 'good' },
  { id: 'plain-answers', kind: 'good' },
  { id: 'approach-fits', kind: 'good' },
  { id: 'practical-fits', kind: 'good' },
  { id: 'gut-feeling', kind: 'good' },
  { id: 'change-orientation', kind: 'warning', if: ['lgbtq-affirming', 'gender-affirming'] },
  { id: 'kink-as-problem', kind: 'warning', if: ['kink-aware'] },
  { id: 'shaming-cnm', kind: 'warning', if: ['cnm-affirming'] },
  { id: 'shaming-faith', kind: 'warning', if: ['faith-culture-sensitive'] },
  { id: 'shaming-who-you-are', kind: 'warning', unless: shamed },
  { id: 'pushes-couples-work', kind: 'warning', if: ['unsafe-relationship'] },
  { id: 'touch-or-nudity', kind: 'warning' },
  { id: 'quick-cure', kind: 'warning' },
  { id: 'no-licence', kind: 'warning' },
  { id: 'no-confidentiality-or-fees', kind: 'warning' },
];

/** The signs for an evaluation, in table order. Pure and deterministic. */
export function listenFor(evaluation: Evaluation): { good: SignId[]; warning: SignId[] } {
  const found = new Set<string>(
    [...evaluation.specialties, ...evaluation.safety].map((item) => item.id),
  );
  const has = (ids: readonly ItemId[] = []) => ids.some((id) => found.has(id));
  const result = { good: [] as SignId[], warning: [] as SignId[] };
  for (const rule of signRules) {
    if ((rule.if && !has(rule.if)) || has(rule.unless)) continue;
    result[rule.kind].push(rule.id);
  }
  return result;
}
