import type { SpecialtyCopy } from '../../content/content-schemas.ts';
import {
  couplesCredentialsOutsideUs,
  specialtyCopyByCountry,
} from '../../content/place-credentials.ts';
import { specialtyCopy, specialtyLineAudiences } from '../../content/specialties.ts';
import type { PlaceId } from '../../rules/ids.ts';
import type { SpecialtyItem } from '../../rules/evaluate.ts';
import { linesFor } from '../../rules/line-audiences.ts';

// Shared by results and couples: the copy for one suggestion, with only the lines its reasons
// call for. The copy tags the lines; the rules say which tags the reasons name.

// Outside the US a card names that country's registers and training, never a US state licence.
function localCopy(copy: SpecialtyCopy, item: Pick<SpecialtyItem, 'id'>, place: PlaceId) {
  if (place === 'us' || place === 'not-said') return copy;
  const local = specialtyCopyByCountry[place][item.id];
  if (local) return { ...copy, ...local };
  if (item.id === 'couples-sex-therapy')
    return { ...copy, credentials: couplesCredentialsOutsideUs };
  return copy;
}

export function specialtyCopyFor(
  item: Pick<SpecialtyItem, 'id' | 'reasons' | 'place'>,
): SpecialtyCopy {
  const copy = localCopy(specialtyCopy[item.id], item, item.place ?? 'not-said');
  const audiences = specialtyLineAudiences[item.id];
  if (!audiences) return copy;
  return {
    ...copy,
    credentials: linesFor(copy.credentials, audiences, item.reasons),
    searchWords: linesFor(copy.searchWords, audiences, item.reasons),
  };
}
