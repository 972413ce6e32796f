import type { PlaceId, SafetyId } from '../rules/ids.ts';
import type { HelpLine, SafetyCopy } from './content-schemas.ts';
import { placeHelp } from './places.ts';
import {
  safetyCopy,
  sexualAssaultNote,
  trustedAdultLine,
  unsafeRelationshipNotes,
} from './safety.ts';

// A safety card's words for one place. The title and the gentle "why" are the same everywhere;
// the lines, the numbers to tap and the emergency line are that country's, and only those.

function withLines(copy: SafetyCopy, help: HelpLine, notes: readonly string[], emergency: string) {
  return {
    ...copy,
    lines: [...help.lines, ...notes],
    contacts: help.contacts,
    outsideUs: emergency,
  };
}

export function safetyCopyFor(id: SafetyId, place: PlaceId): SafetyCopy {
  const copy = safetyCopy[id];
  // Not said: the US lines, with the emergency line for everywhere else; the page adds the
  // other countries' lines behind one "Somewhere else?".
  if (place === 'not-said') return copy;
  if (place === 'us') return { ...copy, outsideUs: placeHelp.us.emergency };
  const help = placeHelp[place];
  switch (id) {
    case 'crisis':
      return withLines(copy, help.crisis, [], help.emergency);
    case 'unsafe-relationship':
      return withLines(copy, help.domesticAbuse, unsafeRelationshipNotes, help.emergency);
    case 'sexual-assault':
      return withLines(copy, help.sexualViolence, [sexualAssaultNote], help.emergency);
    case 'postpartum-support':
      return withLines(copy, help.postpartum, [], help.emergency);
    case 'minor':
      return {
        ...copy,
        lines: [trustedAdultLine, help.minorLine],
        contacts: help.crisis.contacts,
        outsideUs: help.emergency,
      };
  }
}
