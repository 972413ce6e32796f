import { resultsCopy } from '../../content/results.ts';
import type { SafetyItem } from '../../rules/evaluate.ts';
import type { PlaceId } from '../../rules/ids.ts';
import { OtherPlacesHelp } from './other-places-help.tsx';
import { SafetyResource } from './safety-resource.tsx';

interface SafetySectionProps {
  safety: readonly SafetyItem[];
  place: PlaceId;
}

/**
 * The urgent safety items first, then crisis help, in the lines of where the person lives.
 * Shown only when something urgent came up; crisis help is on every page anyway. With no
 * country said, the other countries' lines are one tap away here (and then not in the place
 * panel: one "Somewhere else?" per page).
 */
export function SafetySection({ safety, place }: SafetySectionProps) {
  if (!hasUrgentSafety(safety)) return null;
  const urgent = safety.filter((item) => item.id !== 'crisis');
  return (
    <section aria-labelledby="safety-heading" className="summary__safety">
      <h2 id="safety-heading">{resultsCopy.safetyHeading}</h2>
      {urgent.map((item) => (
        <SafetyResource key={item.id} id={item.id} place={item.place} headingLevel={3} />
      ))}
      <SafetyResource id="crisis" place={place} headingLevel={3} showWhen={false} />
      {place === 'not-said' ? <OtherPlacesHelp /> : null}
    </section>
  );
}

/** Whether a page shows the safety section: the place panel then leaves "Somewhere else?" to it. */
export function hasUrgentSafety(safety: readonly SafetyItem[]): boolean {
  return safety.some((item) => item.id !== 'crisis');
}
