import { describe, expect, it } from 'vitest';
import {
  apartParts,
  replyIsCurrent,
  revealedTo,
} from '../../../src/features/couples/apart-parts.ts';
import { emptyBothItems, type BothItems } from '../../../src/questionnaire/both-items.ts';
import type { ConcernId } from '../../../src/questionnaire/ids.ts';
import { emptyMarks, shareableAnswers } from '../../../src/questionnaire/privacy-marks.ts';
import { typicalAnswers } from '../../support/couple-fixtures.ts';

const shared = (concerns: ConcernId[]) => ({
  ...shareableAnswers(typicalAnswers(), emptyMarks()),
  concerns,
  primaryConcern: null,
});
const kept = (concerns: ConcernId[]): BothItems => ({ ...emptyBothItems(), concerns });

describe('the shared view apart', () => {
  it('matches nothing until a reply is in, and says so', () => {
    const parts = apartParts(shared(['communication']), kept(['shame']), shared(['shame']), null);
    expect(parts.pending).toBe(true);
    expect(parts.a.concerns).toEqual(['communication']);
    expect(parts.b.concerns).toEqual(['shame']);
  });

  it.each([
    [
      'both kept it: on both sides',
      kept(['shame']),
      shared([]),
      { matched: ['concern:shame'], revealed: [] },
      ['shame'],
      ['shame'],
    ],
    [
      'I kept it, they shared it: on my side',
      kept(['shame']),
      shared(['shame']),
      { matched: [], revealed: [] },
      ['shame'],
      ['shame'],
    ],
    [
      'they kept it, I shared it: on their side',
      kept([]),
      shared([]),
      { matched: [], revealed: ['concern:communication'] },
      ['communication'],
      ['communication'],
    ],
    [
      'I kept it, they did not name it: nowhere',
      kept(['shame']),
      shared([]),
      { matched: [], revealed: [] },
      [],
      [],
    ],
    [
      'a reply claiming a match I never kept adds nothing',
      kept([]),
      shared([]),
      { matched: ['concern:body-image'], revealed: ['concern:aging'] },
      [],
      [],
    ],
  ] as const)('%s', (_case, ownKept, partnerShared, reply, ownAfter, partnerAfter) => {
    const own = shared(_case.startsWith('they kept') ? ['communication'] : []);
    const ownKeys = ownKept.concerns.map((id) => `concern:${id}`);
    const parts = apartParts(own, ownKept, partnerShared, {
      matched: [...reply.matched],
      revealed: [...reply.revealed],
      ownKeys,
    });
    expect(parts.pending).toBe(false);
    expect(parts.a.concerns).toEqual(ownAfter);
    expect(parts.b.concerns).toEqual(partnerAfter);
  });

  it.each([
    ['the same items', ['concern:shame'], kept(['shame']), true],
    ['an item added since', ['concern:shame'], kept(['shame', 'aging']), false],
    ['an item taken away since', ['concern:shame'], kept([]), false],
  ] as const)('a reply read for %s is current: %s', (_case, ownKeys, now, current) => {
    expect(replyIsCurrent({ matched: [], revealed: [], ownKeys: [...ownKeys] }, now)).toBe(current);
  });

  it('reveals in my reply only my kept items that the partner shared openly', () => {
    expect(revealedTo(kept(['shame', 'aging']), shared(['aging', 'communication']))).toEqual([
      'concern:aging',
    ]);
    expect(revealedTo(kept(['shame']), shared([]))).toEqual([]);
  });
});
