import { describe, expect, it } from 'vitest';
import { concernCopy } from '../../src/content/en/concerns.ts';
import { bringLines, openingSentences } from '../../src/content/en/plan.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { listenFor, type SignId } from '../../src/rules/listen-for.ts';
import type { QuestionId } from '../../src/rules/question-ids.ts';
import { SHORTLIST_MAX } from '../../src/rules/shortlist-table.ts';
import { answersWith } from '../support/answers-fixtures.ts';

// The plan for people the product is for: at most seven questions to start with, the first
// about what matters most to them, and the content each must (or must not) see.

interface PlanPersona {
  name: string;
  answers: Partial<Answers>;
  /** Questions that must be on the shortlist, and ones that must not. */
  start: QuestionId[];
  notStart?: QuestionId[];
  signs?: SignId[];
  noSigns?: SignId[];
  /** Words the opening sentences or the "bring" list must hold (they carry the answers). */
  says?: string[];
}

const personas: PlanPersona[] = [
  {
    name: 'a 58-year-old woman after menopause with pain during sex, married, partner not coming',
    answers: {
      concerns: ['sexual-pain', 'menopause'],
      primaryConcern: 'sexual-pain',
      relationship: 'married',
      partnerTakingPart: 'no',
      feelsUnsafe: 'no',
      health: ['menopause', 'hormonal-medication'],
    },
    start: ['concern-experience', 'licence-and-state', 'body-work-with-doctors', 'body-prescriber'],
    notStart: ['couples-different-wants', 'lgbtq-experience'],
    signs: ['shaming-who-you-are'],
    noSigns: ['both-heard', 'safety-asked'],
    says: ['pain during sex and menopause changes', 'your hormonal medicine', 'over the counter'],
  },
  {
    name: 'a 27-year-old gay man, single, with erection worries and anxiety',
    answers: {
      concerns: ['erectile-difficulty', 'sexual-anxiety'],
      primaryConcern: 'erectile-difficulty',
      relationship: 'single',
      partnerTakingPart: 'not-applicable',
      feelsUnsafe: 'no',
      affirming: ['lgbtq'],
    },
    start: [
      'concern-experience',
      'sex-therapy-training',
      'lgbtq-experience',
      'body-work-with-doctors',
    ],
    notStart: ['couples-different-wants'],
    signs: ['change-orientation'],
    noSigns: ['both-heard', 'shaming-who-you-are'],
    says: [concernCopy['erectile-difficulty'].short, 'welcoming to LGBTQ+ people'],
  },
  {
    name: 'a couple: one wants sex more often, one is more adventurous',
    answers: {
      who: 'couple-together',
      concerns: ['desire-discrepancy', 'interest-mismatch'],
      primaryConcern: 'desire-discrepancy',
      relationship: 'married',
      partnerTakingPart: 'yes',
      feelsUnsafe: 'no',
    },
    start: ['concern-experience', 'couples-different-wants', 'kink-level'],
    notStart: ['individual-safety-first'],
    signs: ['both-heard', 'kink-as-problem'],
    says: ['We’re looking for help', concernCopy['desire-discrepancy'].short],
  },
  {
    name: 'someone afraid of their partner, wanting help with low desire',
    answers: {
      concerns: ['low-desire'],
      primaryConcern: 'low-desire',
      relationship: 'partnered',
      partnerTakingPart: 'yes',
      feelsUnsafe: 'yes',
    },
    start: ['concern-experience', 'individual-safety-first', 'licence-and-state'],
    notStart: ['couples-different-wants'],
    signs: ['safety-asked', 'pushes-couples-work'],
    noSigns: ['both-heard'],
  },
  {
    name: 'a woman healing after sexual trauma',
    answers: {
      concerns: ['sexual-trauma'],
      primaryConcern: 'sexual-trauma',
      relationship: 'single',
    },
    start: ['trauma-methods', 'licence-and-state', 'sex-therapy-training'],
    notStart: ['concern-experience', 'couples-different-wants'],
  },
  {
    name: 'a married couple rebuilding trust after an affair',
    answers: {
      who: 'couple-apart',
      concerns: ['affair-recovery'],
      primaryConcern: 'affair-recovery',
      relationship: 'married',
      feelsUnsafe: 'no',
    },
    start: ['affair-approach', 'couples-different-wants'],
    signs: ['both-heard'],
    says: ['We’d like to ask a few questions'],
  },
  {
    name: 'someone exploring their gender identity',
    answers: {
      concerns: ['gender-identity'],
      primaryConcern: 'gender-identity',
      relationship: 'dating',
      feelsUnsafe: 'no',
    },
    start: ['gender-diverse-experience', 'licence-and-state'],
    signs: ['change-orientation'],
  },
  {
    name: 'a kinky person who wants a therapist who is at ease with it, for body image',
    answers: {
      concerns: ['body-image'],
      primaryConcern: 'body-image',
      relationship: 'partnered',
      partnerTakingPart: 'no',
      feelsUnsafe: 'no',
      affirming: ['kink'],
    },
    start: ['concern-experience', 'kink-level'],
    signs: ['kink-as-problem'],
    says: ['kink-aware'],
  },
  {
    name: 'a polyamorous person opening up a new relationship, paying by insurance, by video',
    answers: {
      concerns: ['opening-relationship'],
      primaryConcern: 'opening-relationship',
      relationship: 'multiple-partners',
      feelsUnsafe: 'no',
      budget: ['insurance'],
      sessionFormat: 'video',
    },
    start: ['cnm-experience', 'insurance-superbills', 'video-across-state-lines'],
    signs: ['shaming-cnm'],
  },
  {
    name: 'someone carrying religious shame, on a low income',
    answers: {
      concerns: ['shame'],
      primaryConcern: 'shame',
      relationship: 'single',
      affirming: ['faith-culture'],
      budget: ['sliding-scale'],
    },
    start: ['concern-experience', 'faith-and-culture', 'sliding-scale'],
    signs: ['shaming-faith'],
  },
  {
    name: 'a man on antidepressants with delayed ejaculation',
    answers: {
      concerns: ['delayed-ejaculation'],
      primaryConcern: 'delayed-ejaculation',
      relationship: 'partnered',
      partnerTakingPart: 'no',
      feelsUnsafe: 'no',
      health: ['antidepressants'],
    },
    start: ['concern-experience', 'body-work-with-doctors', 'body-prescriber'],
    says: ['your antidepressant or anxiety medicine'],
  },
  {
    name: 'a parent who wants to talk with their children about sex',
    answers: {
      concerns: ['parenting-talk'],
      primaryConcern: 'parenting-talk',
      relationship: 'single',
    },
    start: ['parenting-resources', 'licence-and-state'],
    notStart: ['body-work-with-doctors'],
  },
  {
    name: 'someone with no “problem”, wanting more pleasure, paying themselves',
    answers: {
      concerns: ['enhancement'],
      primaryConcern: 'enhancement',
      relationship: 'dating',
      budget: ['self-pay'],
    },
    start: ['concern-experience', 'fees', 'approach-and-methods'],
    notStart: ['body-work-with-doctors', 'individual-safety-first'],
  },
  {
    name: 'someone who has not named a topic yet',
    answers: { concernsNotSure: true },
    start: ['licence-and-state', 'sex-therapy-training'],
    notStart: ['concern-experience'],
    says: ['I’d like to talk about sex and closeness in my life'],
  },
];

describe('the plan for each persona', () => {
  it('covers at least 12 people', () => {
    expect(personas.length).toBeGreaterThanOrEqual(12);
  });

  it.each(personas)('$name', (persona) => {
    const answers = answersWith(persona.answers);
    const result = evaluate(answers);
    const ids = result.shortlist.map((item) => item.id);
    expect(ids.length).toBeLessThanOrEqual(SHORTLIST_MAX);
    expect(ids.length).toBeGreaterThanOrEqual(3);

    // The first question is about the main topic, and names it first.
    const first = result.shortlist[0]!;
    if (answers.primaryConcern) {
      expect(first.reasons[0]!.ruleId).toMatch(/^main-topic/);
      const item = result.questions.find((question) => question.id === first.id)!;
      if (item.concerns.length > 0) expect(item.concerns[0]).toBe(answers.primaryConcern);
    } else {
      expect(first.id).toBe('licence-and-state');
    }

    for (const id of persona.start) expect(ids, id).toContain(id);
    for (const id of persona.notStart ?? []) expect(ids, id).not.toContain(id);
    const signs = listenFor(result);
    const allSigns = [...signs.good, ...signs.warning];
    for (const id of persona.signs ?? []) expect(allSigns, id).toContain(id);
    for (const id of persona.noSigns ?? []) expect(allSigns, id).not.toContain(id);
    const words = [openingSentences(answers), ...bringLines(answers)].join('\n');
    for (const phrase of persona.says ?? []) expect(words).toContain(phrase);
  });

  it('reports the shortlist size for each persona', () => {
    const sizes = personas.map(
      (p) => `${evaluate(answersWith(p.answers)).shortlist.length}  ${p.name}`,
    );
    console.log(`Shortlist sizes:\n${sizes.join('\n')}`);
    expect(sizes).toHaveLength(personas.length);
  });
});
