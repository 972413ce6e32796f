import type { Answers } from '../../questionnaire/answers.ts';
import type { AffirmingNeed, HealthItem, Relationship } from '../../questionnaire/ids.ts';
import type { SessionLanguage } from '../../questionnaire/session-language.ts';
import type { Fact, Reason } from '../../rules/reasons.ts';
import { concernCopy } from './concerns.ts';
import { countryInSentence } from './countries.ts';
import { formatList } from '../format.ts';

// Turns a reason into words a user understands: which of their answers led to a suggestion.

/** Fits "You mentioned …". */
export const healthPhrases: Record<HealthItem, string> = {
  'pregnancy-postpartum': 'being pregnant or having had a baby recently',
  menopause: 'menopause or perimenopause',
  cancer: 'cancer, now or in the past',
  'chronic-illness': 'a long-term illness',
  disability: 'a disability or injury',
  'chronic-pain': 'living with ongoing pain',
  antidepressants: 'taking an antidepressant',
  'blood-pressure-medication': 'taking blood-pressure medicine',
  'hormonal-medication': 'taking hormonal medicine, such as birth control or hormone therapy',
  alcohol: 'that drinking may be playing a part',
  'low-activity': 'not moving around much these days',
};

/** Fits "You would like a therapist who is …". */
export const affirmingPhrases: Record<AffirmingNeed, string> = {
  lgbtq: 'LGBTQ+ affirming',
  gender: 'affirming of gender identity and expression',
  kink: 'kink-aware',
  cnm: 'open to non-monogamy',
  'faith-culture': 'respectful of faith and culture',
};

/** A whole sentence about the relationship answer. */
export const relationshipSentences: Record<Relationship, string> = {
  single: 'You said you are single right now.',
  dating: 'You said you are dating.',
  partnered: 'You said you have a partner.',
  married: 'You said you are married.',
  'multiple-partners': 'You said you have more than one partner.',
  separated: 'You said you are separated.',
  'prefer-not-to-say': 'You preferred not to say about your relationship.',
};

export const whoSentences: Record<Answers['who'], string> = {
  individual: 'You are filling this in for yourself.',
  'couple-together': 'You are filling this in together as a couple.',
  'couple-apart': 'You and your partner are each filling this in.',
};

/** A sentence added after the facts for some rules, keyed by rule id. */
export const ruleNotes: Readonly<Record<string, string>> = {
  'everyone-certified': 'We suggest a trained sex therapist for everyone.',
  'everyone-crisis': 'Help is always here if you need it.',
  'everyone-general-questions': 'These questions are worth asking any therapist.',
  'unsafe-relationship':
    'When you do not feel safe, help just for you comes first. Couples therapy can wait.',
  'erection-check-up':
    'Erection changes can be an early sign of a heart or blood-flow problem. It is easier to look after when found early, so a check-up is good for your health as a whole.',
  'under-18-page': 'This app is made for adults.',
  'country-not-said': 'So we show US help lines first, with other countries close by.',
  'sessions-in-spanish':
    "So we add the directory's language filter to your search words, and a question for the call.",
};

const quote = (text: string) => `'${text}'`;

/** A whole sentence for each language the language answer can ask for. */
const sessionsInSentences: Record<SessionLanguage, string> = {
  spanish: 'You would like your sessions in Spanish.',
};

/** The sentences for a list of facts, grouped so several concerns read as one sentence. */
export function factSentences(facts: readonly Fact[]): string[] {
  const sentences: string[] = [];
  const concerns: string[] = [];
  let hasPrimary = false;
  const health: string[] = [];
  const affirming: string[] = [];
  for (const fact of facts) {
    switch (fact.kind) {
      case 'concern':
        if (fact.primary) {
          hasPrimary = true;
          sentences.push(
            `You chose ${quote(concernCopy[fact.concern].label)} as what matters most.`,
          );
        } else concerns.push(quote(concernCopy[fact.concern].label));
        break;
      case 'health':
        health.push(healthPhrases[fact.item]);
        break;
      case 'affirming':
        affirming.push(affirmingPhrases[fact.need]);
        break;
      case 'relationship':
        sentences.push(relationshipSentences[fact.relationship]);
        break;
      case 'partner-taking-part':
        sentences.push('Your partner is taking part.');
        break;
      case 'feels-unsafe':
        sentences.push('You told us someone makes you feel afraid or unsafe.');
        break;
      case 'who':
        sentences.push(whoSentences[fact.who]);
        break;
      case 'country':
        sentences.push(
          fact.country === null
            ? 'You have not said where you live.'
            : fact.country === 'other'
              ? 'You said you live somewhere other than the countries we list.'
              : `You said you live in ${countryInSentence[fact.country]}.`,
        );
        break;
      case 'sessions-in':
        sentences.push(sessionsInSentences[fact.language]);
        break;
      case 'always':
      case 'under-18':
        break;
    }
  }
  if (concerns.length > 0) {
    sentences.push(`You ${hasPrimary ? 'also chose' : 'chose'} ${formatList(concerns)}.`);
  }
  if (health.length > 0) sentences.push(`You mentioned ${formatList(health)}.`);
  if (affirming.length > 0) {
    sentences.push(`You would like a therapist who is ${formatList(affirming)}.`);
  }
  return sentences;
}

/** A reason in plain words, for example "You chose 'Pain during or after sex' as what matters most." */
export function reasonText(reason: Reason): string {
  const sentences = factSentences(reason.facts);
  const note = ruleNotes[reason.ruleId];
  if (note !== undefined) sentences.push(note);
  return sentences.join(' ');
}
