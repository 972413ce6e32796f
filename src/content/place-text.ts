import type { PlaceId } from '../rules/ids.ts';
import { helpCopy } from './help.ts';
import { otherListedCountries } from './other-listed-countries.ts';
import { countryInSentence, countryNames } from './countries.ts';
import { otherPlacesCopy, placeHelp, placePanelCopy } from './places.ts';

/** "Where you live" as Markdown, for the copied and downloaded summary: the same words as the page. */
export function placeLines(place: PlaceId): string[] {
  const lines = [`## ${placePanelCopy.heading}`, ''];
  if (place === 'not-said') {
    lines.push(
      placePanelCopy.notSaid,
      '',
      helpCopy.emergency,
      '',
      `### ${otherPlacesCopy.summary}`,
    );
    for (const country of otherListedCountries) {
      const help = placeHelp[country];
      lines.push(
        '',
        `#### ${countryNames[country]}`,
        `- ${otherPlacesCopy.emergency}: ${help.emergency}`,
        `- ${otherPlacesCopy.crisis}: ${help.crisis.lines.join(' ')}`,
        `- ${otherPlacesCopy.domesticAbuse}: ${help.domesticAbuse.lines.join(' ')}`,
        `- ${otherPlacesCopy.sexualViolence}: ${help.sexualViolence.lines.join(' ')}`,
      );
    }
    lines.push('', otherPlacesCopy.elsewhere);
    return lines;
  }
  lines.push(
    place === 'other'
      ? placePanelCopy.showingOther
      : placePanelCopy.showingFor(countryInSentence[place]),
    '',
    placeHelp[place].emergency,
  );
  return lines;
}
