import { expect } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { answersWith, itemKeys } from '../support/answers-fixtures.ts';

// A persona: answers, the items that must be there, the items that must not, and optionally
// what must come first.
export interface Persona {
  /** The seed bullet (paraphrased) this person stands for. */
  name: string;
  answers: Partial<Answers>;
  present: string[];
  absent?: string[];
  firstSpecialty?: string;
  firstSafety?: string;
  firstReferral?: string;
}

export const couple = {
  who: 'couple-together',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'no',
} as const;
export const married = { relationship: 'married', feelsUnsafe: 'no' } as const;
export const single = { relationship: 'single', partnerTakingPart: 'not-applicable' } as const;

export function checkPersona(persona: Persona): void {
  const result = evaluate(answersWith(persona.answers));
  const keys = itemKeys(result);
  for (const key of persona.present) expect(keys, key).toContain(key);
  for (const key of persona.absent ?? []) expect(keys, key).not.toContain(key);
  if (persona.firstSpecialty) expect(result.specialties[0]?.id).toBe(persona.firstSpecialty);
  if (persona.firstSafety) expect(result.safety[0]?.id).toBe(persona.firstSafety);
  if (persona.firstReferral) expect(result.referrals[0]?.id).toBe(persona.firstReferral);
  expect(keys).toContain('specialty:certified-sex-therapist');
}
