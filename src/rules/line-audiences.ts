import { any, concern, health, type Condition } from '../questionnaire/conditions.ts';
import { reasonsName } from './predicates.ts';
import type { Reason } from './reasons.ts';

// Some lines of results copy fit only some people (perinatal training only when a birth was
// named). The copy tags those lines with an audience; the rules decide which audiences a
// suggestion's reasons name. Copy holds the words, never the logic.

export const lineAudiences = ['birth', 'menopause', 'later-life'] as const;
export type LineAudience = (typeof lineAudiences)[number];

const birth = any(concern('postpartum'), health('pregnancy-postpartum'));
const menopause = any(concern('menopause'), health('menopause'));

export const lineAudienceConditions: Readonly<Record<LineAudience, Condition>> = {
  birth,
  menopause,
  'later-life': concern('aging'),
};

/** Which tagged lines to keep: those for everyone, and those for an audience the reasons name. */
export function linesFor(
  lines: readonly string[],
  audiences: Readonly<Partial<Record<string, readonly LineAudience[]>>> | undefined,
  reasons: readonly Reason[],
): string[] {
  if (!audiences) return [...lines];
  const kept = lines.filter((line) => {
    const tags = audiences[line];
    return (
      tags === undefined ||
      tags.some((audience) => reasonsName(reasons, lineAudienceConditions[audience]))
    );
  });
  // A list never ends up empty: with no line-specific answer named, show them all.
  return kept.length > 0 ? kept : [...lines];
}
