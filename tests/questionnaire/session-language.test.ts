import { describe, expect, it } from 'vitest';
import { asksForSessionsIn } from '../../src/questionnaire/session-language.ts';

// The language answer is free text. A wish for Spanish is read from its whole words, whatever
// the case and accents; a name right after "no", "not", "sin"… is not a wish.

const spanish: [string, string | undefined, boolean][] = [
  // Asks for Spanish.
  ['the English name', 'Spanish', true],
  ['lower case', 'spanish', true],
  ['upper case', 'SPANISH', true],
  ['the Spanish name', 'Español', true],
  ['upper case with the tilde', 'ESPAÑOL', true],
  ['without the tilde', 'espanol', true],
  ['Castilian', 'castellano', true],
  ['one of two', 'Spanish or English', true],
  ['second in a list', 'English, Spanish', true],
  ['in Spanish words', 'inglés o español', true],
  ['in a sentence', 'I would like sessions in Spanish please.', true],
  ['with a hyphen', 'a Spanish-speaking therapist', true],
  ['with a qualifier', 'español latino', true],
  ['the accent written apart (NFD)', 'espan\u0303ol', true],
  ['one name negated, another not', 'not English, Spanish', true],
  ['said twice, negated once', 'Spanish, not Spanglish', true],
  // Does not.
  ['missing', undefined, false],
  ['empty', '', false],
  ['spaces only', '   ', false],
  ['English only', 'English', false],
  ['Portuguese', 'Portuguese', false],
  ['Portuguese in its own words', 'Português', false],
  ['letters inside a longer word', 'Spanglish', false],
  ['Hispanic is not a language', 'hispanohablante', false],
  ['a wish against it', 'no Spanish', false],
  ['not in Spanish', 'English, not in Spanish', false],
  ['against it, in Spanish', 'sin español', false],
  ['against it, no en', 'no en español, por favor', false],
  ['neither', 'ni inglés ni español', false],
];

describe('asksForSessionsIn spanish', () => {
  it.each(spanish)('%s: %j → %s', (_name, text, asks) => {
    expect(asksForSessionsIn(text, 'spanish')).toBe(asks);
  });
});
