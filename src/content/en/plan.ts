import type { Answers } from '../../questionnaire/answers.ts';
import type { AffirmingNeed, HealthItem } from '../../questionnaire/ids.ts';
import type { SignId } from '../../rules/listen-for.ts';
import { concernCopy } from './concerns.ts';
import { formatList, plural } from '../format.ts';

// The plan at the top of the summary: what to ask first, how to open the call, what to listen
// for, and what to bring. Words only; the rules (src/rules/shortlist-table.ts, listen-for.ts)
// choose and order.

export const planCopy = {
  startHeading: 'Start with these',
  startLead: 'A free call is short. These matter most for you, so ask them first.',
  therapistWhy: (name: string) => `${name} asked this. Have your answer ready.`,
  moveOut: 'Ask later',
  moveIn: 'Ask first',
  movedOut: 'Moved to more questions.',
  movedIn: 'Added to “Start with these”.',
  emptyShortlist: 'No questions here yet. Add some from “More questions you could ask”.',
  openingHeading: 'How to start the call',
  openingLabel: 'Read these out, or change them to your own words.',
  openingReset: 'Go back to the suggested words',
  listenHeading: 'What to listen for',
  goodHeading: 'Good signs',
  warningHeading: 'Reasons to walk away',
  moreHeading: 'More questions you could ask',
  moreSummary: (count: number) =>
    `Show ${count} more ${plural(count, { one: 'question', other: 'questions' })}`,
  bringHeading: 'Bring to your first session',
  ownWordsSubheading: 'What you told us, in your own words',
  topicsRow: 'What you would like help with',
  wishesRow: (topic: string) => `What you would like from a therapist, for ${topic}`,
  actionsTopLabel: 'Print or save this plan',
};

/** In a few words, why a question made the shortlist. Keyed by shortlist rule id (every
 * `main-topic-…` row shares the `main-topic` words). */
export const shortlistWhy: Record<string, string> = {
  'main-topic': 'About what matters most to you',
  'unsafe-one-to-one': 'Your safety comes first',
  licence: 'Every therapist needs a licence',
  training: 'A licence alone is not training in sex therapy',
  'language-spanish': 'You would like sessions in Spanish',
  couples: 'You are going as a couple, or it is about your relationship',
  'affirming-lgbtq': 'You want someone at ease with LGBTQ+ people',
  'affirming-gender': 'You want someone at ease with gender identity',
  'affirming-kink': 'You want someone at ease with kink',
  'affirming-cnm': 'You want someone at ease with open relationships',
  'affirming-faith': 'Your faith or culture matters here',
  'budget-insurance': 'You would like to use insurance',
  'budget-sliding-scale': 'You asked about a lower fee',
  'budget-self-pay': 'You plan to pay yourself',
  video: 'You would like video sessions',
  'body-teamwork': 'There may be a body side to this',
  medicines: 'Some medicines can affect sex',
  approach: 'To hear how they work',
  cost: 'To know the cost before you start',
};

export const signCopy: Record<SignId, string> = {
  'safety-asked': 'They ask about your safety, and offer one-to-one help first.',
  'both-heard': 'Both of you feel heard, even where you want different things.',
  'heard-not-judged': 'You felt heard, and not judged.',
  'plain-answers': 'They answered plainly about licence, training and experience with your topic.',
  'approach-fits': 'How they work, and the exercises between sessions, sound right.',
  'practical-fits': 'The cost and the times work for you.',
  'gut-feeling': 'Your gut says you could talk to them.',
  'change-orientation':
    'Any hint of changing your orientation or gender identity. That is a reason to walk away.',
  'kink-as-problem': 'They treat kink itself as the problem, or shame it.',
  'shaming-cnm': 'They treat an open relationship as wrong in itself.',
  'shaming-faith': 'They make fun of your faith or culture, or push you to leave it.',
  'shaming-who-you-are': 'They shame who you are or what you enjoy.',
  'pushes-couples-work': 'They push for couples sessions before you feel safe.',
  'touch-or-nudity': 'Any talk of touch, nudity or sex in a session. Sex therapy is talk only.',
  'quick-cure': 'They promise a quick or certain cure.',
  'no-licence': 'They cannot name their licence.',
  'no-confidentiality-or-fees': 'They will not say how they keep things private, or what it costs.',
};

const affirmingWords: Record<AffirmingNeed, string> = {
  lgbtq: 'welcoming to LGBTQ+ people',
  gender: 'at ease with gender identity',
  kink: 'kink-aware',
  cnm: 'open to non-monogamy',
  'faith-culture': 'respectful of faith and culture',
};

/** Two or three sentences to open the call, from the answers. The person can rewrite them. */
export function openingSentences(answers: Answers, therapistName?: string): string {
  const we = answers.who !== 'individual';
  const topics = [
    ...(answers.primaryConcern ? [answers.primaryConcern] : []),
    ...answers.concerns.filter((id) => id !== answers.primaryConcern),
  ];
  const named = topics.slice(0, 2).map((id) => concernCopy[id].short);
  if (topics.length > 2) named.push('a few other things');
  const hello = therapistName ? `Hi ${therapistName}. ` : 'Hi. ';
  const help =
    named.length > 0
      ? `${we ? 'We’re' : 'I’m'} looking for help with ${formatList(named)}.`
      : `${we ? 'We’d' : 'I’d'} like to talk about sex and closeness in ${we ? 'our' : 'my'} life.`;
  const lines = [hello + help];
  if (answers.affirming.length > 0) {
    const wants = formatList(answers.affirming.map((id) => affirmingWords[id]));
    lines.push(`It matters to ${we ? 'us' : 'me'} that you are ${wants}.`);
  }
  lines.push(
    we
      ? 'We’d like to ask a few questions to see if you’d be a good fit for us.'
      : 'I’d like to ask a few questions to see if we’d be a good fit.',
  );
  return lines.join(' ');
}

const medicineWords: Partial<Record<HealthItem, string>> = {
  antidepressants: 'your antidepressant or anxiety medicine',
  'blood-pressure-medication': 'your blood pressure medicine',
  'hormonal-medication': 'your hormonal medicine',
};

/** What to bring, carried over from the answers where they hold it. */
export function bringLines(answers: Answers): string[] {
  const named = answers.health.flatMap((item) => medicineWords[item] ?? []);
  return [
    named.length > 0
      ? `A list of every medicine you take, with ${formatList(named)}. Add the ones you buy over the counter, and any supplements.`
      : 'A list of every medicine you take, also the ones you buy over the counter, and any supplements.',
    'What you have already tried for this, and how it went.',
    'Any big stresses lately, such as work, money, family or health.',
    'A note of your questions, and what you would like to change.',
  ];
}

/** "Your next steps" when a therapist's link brought the person here. */
export const linkNextSteps = {
  consult: (name: string) =>
    `Your free call is with ${name}. Start with the questions at the top, and tick them off as you go.`,
  listen: 'Afterwards, think about the signs above. It is fine to say it is not the right fit.',
  ifNotFit: (titles: string) =>
    `If it does not feel right, look for a therapist who offers ${titles}. The search words below help.`,
};
