import type { ConcernId } from './ids.ts';

// The concerns step shows concerns in these themes, in this order. Words live in content/.
export const concernThemeIds = ['connection', 'body', 'past', 'life-changes', 'identity'] as const;
export type ConcernThemeId = (typeof concernThemeIds)[number];

export const concernThemes: Record<ConcernThemeId, readonly ConcernId[]> = {
  connection: [
    'low-desire',
    'desire-discrepancy',
    'sexless-relationship',
    'reconnection',
    'communication',
    'intimacy-blocks',
    'enhancement',
  ],
  body: [
    'arousal-difficulty',
    'erectile-difficulty',
    'early-ejaculation',
    'delayed-ejaculation',
    'orgasm-difficulty',
    'sexual-pain',
    'sexual-anxiety',
  ],
  past: [
    'affair-recovery',
    'sexual-trauma',
    'abuse-recovery',
    'shame',
    'body-image',
    'compulsive-behavior',
  ],
  'life-changes': ['postpartum', 'menopause', 'aging', 'illness-disability'],
  identity: [
    'kink-interests',
    'interest-mismatch',
    'opening-relationship',
    'gender-identity',
    'sexual-orientation',
    'partner-choice',
    'parenting-talk',
  ],
};
