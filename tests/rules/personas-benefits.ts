import { couple, married, single, type Persona } from './persona-check.ts';

// One person per bullet of the seed article's second list, the benefits of sex therapy, plus a
// few edges beyond both lists.

export const benefitPersonas: Persona[] = [
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
