import type { SafetyItem } from './evaluate.ts';
import type { Reason } from './reasons.ts';

// The app is for adults. The under-18 page is the one place the `minor` safety item comes from:
// it is never derived from answers, because someone under 18 is asked nothing more.
const under18Reason: Reason = Object.freeze({
  ruleId: 'under-18-page',
  facts: Object.freeze([Object.freeze({ kind: 'under-18' as const })]),
});

/** What the under-18 page shows: the `minor` item, then crisis help, which is always reachable. */
export function under18Safety(): SafetyItem[] {
  return [
    // Nothing is asked of someone under 18, where they live included: the US lines show, with
    // every other country's one tap away.
    { id: 'minor', place: 'not-said', reasons: [under18Reason] },
    { id: 'crisis', place: 'not-said', reasons: [under18Reason] },
  ];
}
