import { concernIds, countryIds } from '../questionnaire/ids.ts';
import {
  affirming,
  all,
  always,
  any,
  anyConcern,
  anyHealth,
  concern,
  country,
  feelsUnsafe,
  health,
  not,
  partnerTakingPart,
  relationship,
  sessionsIn,
  who,
} from '../questionnaire/conditions.ts';
import {
  couplesQuestionIds,
  generalQuestionIds,
  tailoredConcernQuestionIds,
} from './question-ids.ts';
import { place, questions, referral, safety, search, specialty, type Rule } from './rule-types.ts';

// The rules, as data. DOMAIN.md "The rules, in words" is the source; docs/rules.md explains how
// to add one, and docs/rules-table.md is generated from this file (npm run rules:table).

/** Concerns about the relationship itself, which bring couples work when it is safe. */
export const relationshipConcernIds = [
  'desire-discrepancy',
  'sexless-relationship',
  'communication',
  'reconnection',
  'affair-recovery',
  'interest-mismatch',
  'opening-relationship',
] as const;

const notUnsafe = not(feelsUnsafe('yes'));

export const rules: readonly Rule[] = [
  // For everyone.
  { id: 'everyone-certified', when: always(), adds: [specialty('certified-sex-therapist')] },
  { id: 'everyone-crisis', when: always(), adds: [safety('crisis')] },
  { id: 'everyone-general-questions', when: always(), adds: questions(...generalQuestionIds) },
  {
    id: 'concern-tailored-questions',
    when: anyConcern(...concernIds),
    adds: questions(...tailoredConcernQuestionIds),
  },

  // Where the person lives picks whose help lines, credentials and directories they see.
  ...countryIds.map((id): Rule => ({ id: `lives-in-${id}`, when: country(id), adds: [place(id)] })),
  { id: 'country-not-said', when: country(null), adds: [place('not-said')] },

  // Safety first.
  {
    id: 'unsafe-relationship',
    when: feelsUnsafe('yes'),
    adds: [
      safety('unsafe-relationship'),
      specialty('abuse-recovery'),
      ...questions('individual-safety-first'),
    ],
  },
  {
    id: 'sexual-trauma',
    when: concern('sexual-trauma'),
    adds: [safety('sexual-assault'), specialty('trauma-informed'), ...questions('trauma-methods')],
  },
  {
    id: 'postpartum-support',
    when: any(concern('postpartum'), health('pregnancy-postpartum')),
    adds: [safety('postpartum-support')],
  },

  // Couples work, never while a relationship feels unsafe.
  {
    id: 'couples-partner-taking-part',
    when: all(
      any(partnerTakingPart('yes'), who('couple-together'), who('couple-apart')),
      notUnsafe,
    ),
    adds: [specialty('couples-sex-therapy'), ...questions(...couplesQuestionIds)],
  },
  {
    id: 'couples-relationship-concern',
    when: all(anyConcern(...relationshipConcernIds), not(relationship('single')), notUnsafe),
    // Half weight: couples work is the setting, so the concern's own focus ranks above it.
    adds: [specialty('couples-sex-therapy', 0.5), ...questions(...couplesQuestionIds)],
  },

  // Desire, closeness and how the body responds.
  {
    id: 'desire-and-closeness',
    when: anyConcern(
      'low-desire',
      'desire-discrepancy',
      'sexless-relationship',
      'arousal-difficulty',
      'communication',
      'reconnection',
      'enhancement',
      'intimacy-blocks',
    ),
    adds: [specialty('desire-intimacy')],
  },
  {
    id: 'desire-take-the-pressure-off',
    when: anyConcern('low-desire', 'desire-discrepancy', 'sexless-relationship'),
    adds: questions('pause-the-pressure'),
  },
  { id: 'low-desire-hormones', when: concern('low-desire'), adds: [referral('hormone-check')] },
  {
    id: 'sexual-function',
    when: anyConcern(
      'erectile-difficulty',
      'early-ejaculation',
      'delayed-ejaculation',
      'orgasm-difficulty',
      'arousal-difficulty',
    ),
    adds: [specialty('sexual-function'), ...questions('body-work-with-doctors')],
  },
  {
    id: 'erection-check-up',
    when: concern('erectile-difficulty'),
    adds: [referral('urology-sexual-medicine')],
  },
  {
    id: 'ejaculation-check-up',
    when: anyConcern('early-ejaculation', 'delayed-ejaculation'),
    adds: [referral('urology-sexual-medicine', 0.5)],
  },
  {
    id: 'sexual-anxiety',
    when: anyConcern('sexual-anxiety', 'body-image'),
    adds: [specialty('anxiety-performance')],
  },
  {
    id: 'performance-worry',
    when: anyConcern('erectile-difficulty', 'early-ejaculation'),
    adds: [specialty('anxiety-performance', 0.5)],
  },
  {
    id: 'sexual-pain',
    when: concern('sexual-pain'),
    adds: [
      specialty('sexual-pain-pelvic'),
      referral('pelvic-floor-pt'),
      referral('gynecology-menopause'),
      ...questions('body-work-with-doctors', 'body-pelvic-floor'),
    ],
  },

  // Trust, the past and how you feel about yourself.
  {
    id: 'affair-recovery',
    when: concern('affair-recovery'),
    adds: [specialty('affair-recovery'), ...questions('affair-approach')],
  },
  {
    id: 'abuse-recovery',
    when: concern('abuse-recovery'),
    adds: [
      specialty('abuse-recovery'),
      specialty('trauma-informed', 0.5),
      ...questions('trauma-methods'),
    ],
  },
  {
    id: 'shame-faith-culture',
    when: concern('shame'),
    adds: [specialty('faith-culture-sensitive'), ...questions('faith-and-culture')],
  },
  {
    id: 'compulsive-behavior',
    when: concern('compulsive-behavior'),
    adds: [specialty('compulsive-behavior'), ...questions('compulsive-model')],
  },

  // Life changes and health.
  {
    id: 'life-transitions',
    when: anyConcern('postpartum', 'menopause', 'aging'),
    adds: [specialty('life-transitions')],
  },
  {
    id: 'life-stage-health',
    when: anyHealth('pregnancy-postpartum', 'menopause'),
    adds: [specialty('life-transitions')],
  },
  {
    id: 'postpartum-pelvic-floor',
    when: any(concern('postpartum'), health('pregnancy-postpartum')),
    adds: [referral('pelvic-floor-pt', 0.5), ...questions('body-pelvic-floor')],
  },
  {
    id: 'menopause-care',
    when: any(concern('menopause'), health('menopause')),
    adds: [referral('gynecology-menopause'), ...questions('body-work-with-doctors')],
  },
  {
    id: 'illness-disability',
    when: concern('illness-disability'),
    adds: [
      specialty('medical-sexuality'),
      referral('oncology-team'),
      ...questions('body-work-with-doctors'),
    ],
  },
  {
    id: 'illness-health',
    when: anyHealth('cancer', 'chronic-illness', 'disability', 'chronic-pain'),
    adds: [
      specialty('medical-sexuality'),
      referral('oncology-team'),
      ...questions('body-work-with-doctors'),
    ],
  },
  {
    id: 'medication-review',
    when: anyHealth('antidepressants', 'blood-pressure-medication', 'hormonal-medication'),
    adds: [referral('medication-review'), ...questions('body-prescriber')],
  },
  { id: 'alcohol-review', when: health('alcohol'), adds: [referral('alcohol-review')] },
  {
    id: 'physical-activity',
    when: health('low-activity'),
    adds: [referral('physical-activity')],
  },

  // Identity, interests and relationships.
  {
    id: 'kink-interests',
    when: anyConcern('kink-interests', 'interest-mismatch'),
    adds: [specialty('kink-aware'), ...questions('kink-level')],
  },
  {
    id: 'opening-relationship',
    when: concern('opening-relationship'),
    adds: [specialty('cnm-affirming'), ...questions('cnm-experience')],
  },
  {
    id: 'gender-identity',
    when: concern('gender-identity'),
    adds: [
      specialty('gender-affirming'),
      specialty('lgbtq-affirming', 0.5),
      ...questions('gender-diverse-experience'),
    ],
  },
  {
    id: 'sexual-orientation',
    when: concern('sexual-orientation'),
    adds: [
      specialty('lgbtq-affirming'),
      ...questions('lgbtq-experience', 'orientation-without-change'),
    ],
  },
  {
    id: 'partner-choice',
    when: concern('partner-choice'),
    adds: [specialty('dating-relationships'), ...questions('dating-patterns')],
  },
  {
    id: 'parenting-talk',
    when: concern('parenting-talk'),
    adds: [specialty('sexuality-education'), ...questions('parenting-resources')],
  },

  // Preferences: the kind of therapist the user wants, named as values.
  {
    id: 'affirming-lgbtq',
    when: affirming('lgbtq'),
    adds: [specialty('lgbtq-affirming'), ...questions('lgbtq-experience')],
  },
  {
    id: 'affirming-gender',
    when: affirming('gender'),
    adds: [specialty('gender-affirming'), ...questions('gender-diverse-experience')],
  },
  {
    id: 'affirming-kink',
    when: affirming('kink'),
    adds: [specialty('kink-aware'), ...questions('kink-level')],
  },
  {
    id: 'affirming-cnm',
    when: affirming('cnm'),
    adds: [specialty('cnm-affirming'), ...questions('cnm-experience')],
  },
  {
    id: 'multiple-partners',
    when: relationship('multiple-partners'),
    adds: [specialty('cnm-affirming'), ...questions('cnm-experience')],
  },
  {
    id: 'affirming-faith-culture',
    when: affirming('faith-culture'),
    adds: [specialty('faith-culture-sensitive'), ...questions('faith-and-culture')],
  },

  // The language the person would like the sessions in (free text, read in session-language.ts).
  {
    id: 'sessions-in-spanish',
    when: sessionsIn('spanish'),
    adds: [search('language-spanish'), ...questions('sessions-in-spanish')],
  },
];
