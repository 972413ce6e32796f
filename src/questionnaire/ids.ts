// Stable ids from the domain brief. They are a contract with links, files and tests:
// never rename one; add new ids at the end of a list.

export const concernIds = [
  'low-desire',
  'desire-discrepancy',
  'sexless-relationship',
  'erectile-difficulty',
  'early-ejaculation',
  'delayed-ejaculation',
  'orgasm-difficulty',
  'sexual-pain',
  'arousal-difficulty',
  'sexual-anxiety',
  'communication',
  'reconnection',
  'enhancement',
  'affair-recovery',
  'sexual-trauma',
  'abuse-recovery',
  'intimacy-blocks',
  'shame',
  'body-image',
  'postpartum',
  'menopause',
  'aging',
  'illness-disability',
  'kink-interests',
  'interest-mismatch',
  'opening-relationship',
  'gender-identity',
  'sexual-orientation',
  'partner-choice',
  'parenting-talk',
  'compulsive-behavior',
] as const;
export type ConcernId = (typeof concernIds)[number];

export const whoValues = ['individual', 'couple-together', 'couple-apart'] as const;

export const relationshipValues = [
  'single',
  'dating',
  'partnered',
  'married',
  'multiple-partners',
  'separated',
  'prefer-not-to-say',
] as const;
export type Relationship = (typeof relationshipValues)[number];

export const partnerTakingPartValues = ['yes', 'no', 'not-applicable'] as const;
export const feelsUnsafeValues = ['yes', 'no', 'prefer-not-to-say'] as const;

export const healthValues = [
  'pregnancy-postpartum',
  'menopause',
  'cancer',
  'chronic-illness',
  'disability',
  'chronic-pain',
  'antidepressants',
  'blood-pressure-medication',
  'hormonal-medication',
  'alcohol',
  'low-activity',
] as const;
export type HealthItem = (typeof healthValues)[number];

/**
 * Where the person lives (DOMAIN.md, "Where the person lives"): help lines and credentials
 * differ by country. Optional in the answers core; absent means not said.
 */
export const countryIds = ['us', 'ca', 'uk', 'ie', 'au', 'nz', 'other'] as const;
export type CountryId = (typeof countryIds)[number];

export const affirmingValues = ['lgbtq', 'gender', 'kink', 'cnm', 'faith-culture'] as const;
export type AffirmingNeed = (typeof affirmingValues)[number];

// Extra fields of ours (optional in the answers format).
export const durationValues = [
  'under-6-months',
  '6-to-12-months',
  '1-to-5-years',
  'over-5-years',
  'always',
  'not-sure',
  'prefer-not-to-say',
] as const;
export const botherValues = [
  'a-little',
  'somewhat',
  'a-lot',
  'very-much',
  'prefer-not-to-say',
] as const;
export const scopeValues = [
  'every-situation',
  'some-situations',
  'not-sure',
  'prefer-not-to-say',
] as const;

/**
 * Topics a person explores or wants to grow in, not difficulties: the details step never asks
 * how long "it" has gone on or how much "it" bothers them, only what they would like from a
 * therapist (DOMAIN.md, "Sensitive-question practice").
 */
export const exploringConcernIds: readonly ConcernId[] = [
  'enhancement',
  'kink-interests',
  'opening-relationship',
  'gender-identity',
  'sexual-orientation',
  'partner-choice',
  'parenting-talk',
];

/** What a person exploring a topic would like from a therapist. */
export const therapistWishValues = [
  'room-to-explore',
  'clear-information',
  'feel-accepted',
  'practical-ideas',
  'help-talking-with-others',
  'not-sure',
  'prefer-not-to-say',
] as const;

export const relationshipLengthValues = [
  'under-1-year',
  '1-to-5-years',
  '5-to-15-years',
  'over-15-years',
  'prefer-not-to-say',
] as const;

export const goalIds = [
  'understand-what-is-happening',
  'feel-less-anxious',
  'more-desire',
  'more-pleasure',
  'less-pain',
  'talk-more-openly',
  'feel-closer',
  'rebuild-trust',
  'agree-as-partners',
  'feel-at-ease-with-body',
  'let-go-of-shame',
  'heal-from-the-past',
  'explore-identity',
  'healthier-relationships',
  'not-sure-yet',
] as const;
export type GoalId = (typeof goalIds)[number];

export const sessionFormatValues = ['in-person', 'video', 'either'] as const;
export const therapistGenderValues = ['woman', 'man', 'non-binary', 'no-preference'] as const;
export const budgetValues = ['insurance', 'sliding-scale', 'self-pay', 'not-sure'] as const;
