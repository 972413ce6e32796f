import type { SpecialtyCopy } from '../../content/content-schemas.ts';
import { specialtyCopy, specialtyLineAudiences } from '../../content/specialties.ts';
import type { SpecialtyItem } from '../../rules/evaluate.ts';
import { linesFor } from '../../rules/line-audiences.ts';

// Shared by results and couples: the copy for one suggestion, with only the lines its reasons
// call for. The copy tags the lines; the rules say which tags the reasons name.

export function specialtyCopyFor(item: Pick<SpecialtyItem, 'id' | 'reasons'>): SpecialtyCopy {
  const copy = specialtyCopy[item.id];
  const audiences = specialtyLineAudiences[item.id];
  if (!audiences) return copy;
  return {
    ...copy,
    credentials: linesFor(copy.credentials, audiences, item.reasons),
    searchWords: linesFor(copy.searchWords, audiences, item.reasons),
  };
}
