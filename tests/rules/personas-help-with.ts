import { couple, married, single, type Persona } from './persona-check.ts';

// One person per bullet of the seed article's first list: the issues sex therapy can help with.

export const helpWithPersonas: Persona[] = [
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
];
