// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { answersWith, itemKeys } from './answers-fixtures.ts';

// People the product is for, one per bullet of the seed article's two lists ("sex therapy can
// help with…" and its benefits), plus a few edges. Each row: answers, the items that must be
// there, the items that must not, and optionally what must come first.

interface Persona {
  /** The seed bullet (paraphrased) this person stands for. */
  name: string;
  answers: Partial<Answers>;
  present: string[];
  absent?: string[];
  firstSpecialty?: string;
  firstSafety?: string;
  firstReferral?: string;
}

const couple = { who: 'couple-together', partnerTakingPart: 'yes', feelsUnsafe: 'no' } as const;
const married = { relationship: 'married', feelsUnsafe: 'no' } as const;
const single = { relationship: 'single', partnerTakingPart: 'not-applicable' } as const;

const personas: Persona[] = [
  // "Sex therapy can help with…"
  {
    name: 'recovering from an affair',
    answers: {
      ...couple,
      ...married,
      concerns: ['affair-recovery'],
      primaryConcern: 'affair-recovery',
    },
    present: [
      'specialty:affair-recovery',
      'specialty:couples-sex-therapy',
      'question:affair-approach',
      'question:couples-secrets',
    ],
    firstSpecialty: 'affair-recovery',
  },
  {
    name: 'healing from sexual trauma or a distressing sexual past',
    answers: { concerns: ['sexual-trauma'], primaryConcern: 'sexual-trauma', ...single },
    present: [
      'safety:sexual-assault',
      'safety:crisis',
      'specialty:trauma-informed',
      'question:trauma-methods',
    ],
    absent: ['specialty:couples-sex-therapy'],
    firstSafety: 'sexual-assault',
    firstSpecialty: 'trauma-informed',
  },
  {
    name: 'healing from childbirth',
    answers: { ...married, concerns: ['postpartum'], health: ['pregnancy-postpartum'] },
    present: [
      'safety:postpartum-support',
      'specialty:life-transitions',
      'referral:pelvic-floor-pt',
      'question:body-pelvic-floor',
    ],
    firstSafety: 'postpartum-support',
  },
  {
    name: 'menopausal issues',
    answers: { concerns: ['menopause'], primaryConcern: 'menopause', health: ['menopause'] },
    present: ['specialty:life-transitions', 'referral:gynecology-menopause'],
    absent: ['safety:postpartum-support'],
    firstSpecialty: 'life-transitions',
  },
  {
    name: 'erectile dysfunction',
    answers: { concerns: ['erectile-difficulty'], primaryConcern: 'erectile-difficulty' },
    present: [
      'specialty:sexual-function',
      'specialty:anxiety-performance',
      'referral:urology-sexual-medicine',
      'question:body-work-with-doctors',
    ],
    firstSpecialty: 'sexual-function',
    firstReferral: 'urology-sexual-medicine',
  },
  {
    name: 'pain during sex',
    answers: { concerns: ['sexual-pain'], primaryConcern: 'sexual-pain' },
    present: [
      'specialty:sexual-pain-pelvic',
      'referral:pelvic-floor-pt',
      'referral:gynecology-menopause',
      'question:body-pelvic-floor',
    ],
    firstSpecialty: 'sexual-pain-pelvic',
  },
  {
    name: 'difficulty or inability to reach orgasm',
    answers: { concerns: ['orgasm-difficulty'] },
    present: ['specialty:sexual-function'],
    absent: ['referral:urology-sexual-medicine', 'referral:hormone-check'],
  },
  {
    name: 'communication issues',
    answers: { ...married, concerns: ['communication'], primaryConcern: 'communication' },
    present: [
      'specialty:couples-sex-therapy',
      'specialty:desire-intimacy',
      'question:couples-different-wants',
    ],
  },
  {
    name: 'enhancing sexual and emotional communication',
    answers: { ...couple, relationship: 'partnered', concerns: ['enhancement', 'communication'] },
    present: ['specialty:desire-intimacy', 'specialty:couples-sex-therapy'],
    absent: ['safety:unsafe-relationship'],
  },
  {
    name: 'sexual anxiety',
    answers: { ...single, concerns: ['sexual-anxiety'], primaryConcern: 'sexual-anxiety' },
    present: ['specialty:anxiety-performance'],
    absent: ['specialty:couples-sex-therapy', 'question:couples-training'],
    firstSpecialty: 'anxiety-performance',
  },
  {
    name: 'recovering from abusive relationships and forming healthy ones',
    answers: {
      ...single,
      concerns: ['abuse-recovery', 'partner-choice'],
      primaryConcern: 'abuse-recovery',
    },
    present: [
      'specialty:abuse-recovery',
      'specialty:trauma-informed',
      'specialty:dating-relationships',
      'question:dating-patterns',
    ],
    absent: ['specialty:couples-sex-therapy'],
    firstSpecialty: 'abuse-recovery',
  },
  {
    name: 'physical challenges or difficulty with sexual function',
    answers: {
      concerns: ['illness-disability', 'arousal-difficulty'],
      health: ['disability', 'chronic-pain'],
    },
    present: ['specialty:medical-sexuality', 'specialty:sexual-function', 'referral:oncology-team'],
  },
  {
    name: 'psychological blocks to emotional or sexual intimacy',
    answers: { concerns: ['intimacy-blocks'], primaryConcern: 'intimacy-blocks' },
    present: ['specialty:desire-intimacy', 'question:concern-experience'],
    firstSpecialty: 'desire-intimacy',
  },
  {
    name: 'finding new ways to reconnect',
    answers: { ...married, concerns: ['reconnection'] },
    present: ['specialty:desire-intimacy', 'specialty:couples-sex-therapy'],
  },
  {
    name: 'exploring alternative sexual expressions',
    answers: { concerns: ['kink-interests'], affirming: ['kink'] },
    present: ['specialty:kink-aware', 'question:kink-level'],
    absent: ['specialty:compulsive-behavior'],
  },
  {
    name: 'navigating a sexless relationship',
    answers: {
      ...married,
      concerns: ['sexless-relationship'],
      primaryConcern: 'sexless-relationship',
    },
    present: [
      'specialty:desire-intimacy',
      'specialty:couples-sex-therapy',
      'question:pause-the-pressure',
    ],
  },
  // "Benefits of sex therapy"
  {
    name: 'rejuvenating a marriage or relationship',
    answers: { ...couple, ...married, concerns: ['enhancement', 'reconnection'] },
    present: [
      'specialty:couples-sex-therapy',
      'specialty:desire-intimacy',
      'question:couples-individual-sessions',
    ],
  },
  {
    name: 'picking better partners and finding stable relationships',
    answers: { ...single, concerns: ['partner-choice'], primaryConcern: 'partner-choice' },
    present: ['specialty:dating-relationships'],
    absent: ['specialty:couples-sex-therapy'],
    firstSpecialty: 'dating-relationships',
  },
  {
    name: 'reclaiming pleasure and the body after trauma',
    answers: { concerns: ['sexual-trauma', 'body-image'], primaryConcern: 'sexual-trauma' },
    present: [
      'safety:sexual-assault',
      'specialty:trauma-informed',
      'specialty:anxiety-performance',
    ],
    firstSpecialty: 'trauma-informed',
  },
  {
    name: "changing how you see your own and your partner's body",
    answers: { concerns: ['body-image'] },
    present: ['specialty:anxiety-performance'],
  },
  {
    name: 'becoming more loving, open and brave',
    answers: { ...single, concerns: ['enhancement'] },
    present: ['specialty:desire-intimacy'],
    absent: ['specialty:couples-sex-therapy', 'referral:hormone-check'],
  },
  {
    name: 'finding where you hold back from loving and being loved',
    answers: { concerns: ['intimacy-blocks', 'communication'], relationship: 'dating' },
    present: ['specialty:desire-intimacy', 'specialty:couples-sex-therapy'],
  },
  {
    name: 'emerging from a sexless relationship, together from two devices',
    answers: {
      who: 'couple-apart',
      ...married,
      concerns: ['sexless-relationship', 'low-desire'],
      primaryConcern: 'low-desire',
    },
    present: ['specialty:couples-sex-therapy', 'referral:hormone-check'],
    firstSpecialty: 'desire-intimacy',
  },
  {
    name: 'finding solutions for desire discrepancy',
    answers: {
      ...couple,
      relationship: 'partnered',
      concerns: ['desire-discrepancy'],
      primaryConcern: 'desire-discrepancy',
    },
    present: [
      'specialty:desire-intimacy',
      'specialty:couples-sex-therapy',
      'question:pause-the-pressure',
    ],
  },
  {
    name: 'healing a breach of trust while the relationship does not feel safe',
    answers: {
      ...married,
      ...couple,
      feelsUnsafe: 'yes',
      concerns: ['affair-recovery'],
      primaryConcern: 'affair-recovery',
    },
    present: [
      'safety:unsafe-relationship',
      'specialty:abuse-recovery',
      'specialty:affair-recovery',
      'question:individual-safety-first',
    ],
    absent: [
      'specialty:couples-sex-therapy',
      'question:couples-secrets',
      'question:couples-safety-screening',
    ],
    firstSafety: 'unsafe-relationship',
    firstSpecialty: 'abuse-recovery',
  },
  {
    name: 'erection, early and delayed ejaculation, and anorgasmia',
    answers: {
      concerns: [
        'erectile-difficulty',
        'early-ejaculation',
        'delayed-ejaculation',
        'orgasm-difficulty',
      ],
    },
    present: ['specialty:sexual-function', 'referral:urology-sexual-medicine'],
    firstSpecialty: 'sexual-function',
  },
  {
    name: 'one partner kinky, the other prefers vanilla',
    answers: { ...couple, relationship: 'partnered', concerns: ['interest-mismatch'] },
    present: [
      'specialty:kink-aware',
      'specialty:couples-sex-therapy',
      'question:kink-level',
      'question:couples-different-wants',
    ],
  },
  {
    name: 'a new story for sex with cancer or chronic illness',
    answers: {
      concerns: ['illness-disability'],
      primaryConcern: 'illness-disability',
      health: ['cancer', 'chronic-illness'],
    },
    present: [
      'specialty:medical-sexuality',
      'referral:oncology-team',
      'question:body-work-with-doctors',
    ],
    firstSpecialty: 'medical-sexuality',
  },
  {
    name: 'the mind and relationship side of dyspareunia or vaginismus',
    answers: {
      relationship: 'partnered',
      concerns: ['sexual-pain', 'sexual-anxiety'],
      primaryConcern: 'sexual-pain',
    },
    present: [
      'specialty:sexual-pain-pelvic',
      'specialty:anxiety-performance',
      'referral:pelvic-floor-pt',
    ],
    firstSpecialty: 'sexual-pain-pelvic',
    firstReferral: 'pelvic-floor-pt',
  },
  {
    name: 'couples with communication issues about sex',
    answers: { ...couple, relationship: 'partnered', concerns: ['communication'] },
    present: ['specialty:couples-sex-therapy', 'question:couples-training'],
  },
  {
    name: 'opening a relationship with intention and integrity',
    answers: {
      ...couple,
      ...married,
      concerns: ['opening-relationship'],
      primaryConcern: 'opening-relationship',
    },
    present: [
      'specialty:cnm-affirming',
      'specialty:couples-sex-therapy',
      'question:cnm-experience',
    ],
    firstSpecialty: 'cnm-affirming',
  },
  {
    name: 'exploring gender identity, expression and roles',
    answers: { concerns: ['gender-identity'], primaryConcern: 'gender-identity' },
    present: [
      'specialty:gender-affirming',
      'specialty:lgbtq-affirming',
      'question:gender-diverse-experience',
    ],
    firstSpecialty: 'gender-affirming',
  },
  {
    name: 'exploring sexual orientation and identity',
    answers: { concerns: ['sexual-orientation'], affirming: ['lgbtq'] },
    present: [
      'specialty:lgbtq-affirming',
      'question:orientation-without-change',
      'question:lgbtq-experience',
    ],
  },
  {
    name: 'parents talking with their children about sexuality',
    answers: { concerns: ['parenting-talk'] },
    present: ['specialty:sexuality-education', 'question:parenting-resources'],
  },
  {
    name: 'more confidence in sexual identity and expression',
    answers: { concerns: ['enhancement'], affirming: ['gender', 'lgbtq'] },
    present: [
      'specialty:desire-intimacy',
      'specialty:gender-affirming',
      'specialty:lgbtq-affirming',
    ],
    firstSpecialty: 'desire-intimacy',
  },
  // Edges beyond the seed lists.
  {
    name: 'no concern yet: only what everyone gets',
    answers: {},
    present: [
      'specialty:certified-sex-therapist',
      'safety:crisis',
      'question:talk-only-boundary',
      'question:fees',
    ],
    absent: [
      'question:concern-experience',
      'referral:hormone-check',
      'specialty:couples-sex-therapy',
    ],
    firstSpecialty: 'certified-sex-therapist',
  },
  {
    name: 'several partners, no concern named',
    answers: { relationship: 'multiple-partners' },
    present: ['specialty:cnm-affirming', 'question:cnm-experience'],
  },
  {
    name: 'body and lifestyle: medicines, drinking, moving little',
    answers: { concerns: ['low-desire'], health: ['antidepressants', 'alcohol', 'low-activity'] },
    present: [
      'referral:hormone-check',
      'referral:medication-review',
      'referral:alcohol-review',
      'referral:physical-activity',
      'question:body-prescriber',
    ],
    firstReferral: 'hormone-check',
  },
  {
    name: 'shame about sex from faith, and a wish for a faith-aware therapist',
    answers: { concerns: ['shame'], affirming: ['faith-culture'] },
    present: ['specialty:faith-culture-sensitive', 'question:faith-and-culture'],
  },
  {
    name: 'sexual behaviour that feels out of control',
    answers: { concerns: ['compulsive-behavior'], primaryConcern: 'compulsive-behavior' },
    present: ['specialty:compulsive-behavior', 'question:compulsive-model'],
    firstSpecialty: 'compulsive-behavior',
  },
];

describe('personas', () => {
  it('covers at least 25 people', () => {
    expect(personas.length).toBeGreaterThanOrEqual(25);
  });

  it.each(personas)('$name', (persona) => {
    const result = evaluate(answersWith(persona.answers));
    const keys = itemKeys(result);
    for (const key of persona.present) expect(keys, key).toContain(key);
    for (const key of persona.absent ?? []) expect(keys, key).not.toContain(key);
    if (persona.firstSpecialty) expect(result.specialties[0]?.id).toBe(persona.firstSpecialty);
    if (persona.firstSafety) expect(result.safety[0]?.id).toBe(persona.firstSafety);
    if (persona.firstReferral) expect(result.referrals[0]?.id).toBe(persona.firstReferral);
    expect(keys).toContain('specialty:certified-sex-therapist');
  });
});
