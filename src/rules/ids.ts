import { countryIds } from '../questionnaire/ids.ts';

// Stable ids from the domain brief (DOMAIN.md). They are a contract with links, files and tests:
// never rename one; add new ids at the end of a list. The order of `specialtyIds` breaks ranking
// ties, so keep the broad, always-useful ones first.

export const specialtyIds = [
  'certified-sex-therapist',
  'couples-sex-therapy',
  'desire-intimacy',
  'sexual-function',
  'sexual-pain-pelvic',
  'trauma-informed',
  'abuse-recovery',
  'affair-recovery',
  'anxiety-performance',
  'life-transitions',
  'medical-sexuality',
  'kink-aware',
  'cnm-affirming',
  'lgbtq-affirming',
  'gender-affirming',
  'faith-culture-sensitive',
  'sexuality-education',
  'compulsive-behavior',
  'dating-relationships',
] as const;
export type SpecialtyId = (typeof specialtyIds)[number];

export const referralIds = [
  'hormone-check',
  'medication-review',
  'pelvic-floor-pt',
  'urology-sexual-medicine',
  'gynecology-menopause',
  'alcohol-review',
  'physical-activity',
  'oncology-team',
] as const;
export type ReferralId = (typeof referralIds)[number];

export const safetyIds = [
  'crisis',
  'unsafe-relationship',
  'sexual-assault',
  'postpartum-support',
  'minor',
] as const;
export type SafetyId = (typeof safetyIds)[number];

/**
 * The order safety items are shown in. A partner who makes you feel unsafe comes first, because
 * it changes every other suggestion; crisis help comes last only because it is also on every page.
 * `minor` is never produced from answers: the under-18 page shows it (see under-18.ts).
 */
export const safetyOrder: readonly SafetyId[] = [
  'minor',
  'unsafe-relationship',
  'sexual-assault',
  'postpartum-support',
  'crisis',
];

/**
 * Whose help lines, credentials and directories the results speak of: a country the person
 * chose, or `not-said` (the US lines, with the other countries' lines one tap away).
 */
export const placeIds = [...countryIds, 'not-said'] as const;
export type PlaceId = (typeof placeIds)[number];

/**
 * Words to add to a directory search beside the specialties, such as a language filter. Not in
 * DOMAIN.md's id lists: ours, kebab-case, and as stable as theirs.
 */
export const searchIds = ['language-spanish'] as const;
export type SearchId = (typeof searchIds)[number];
