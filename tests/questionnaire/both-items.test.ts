import { describe, expect, it } from 'vitest';
import {
  bothItemKeys,
  bothItemsFromKeys,
  emptyBothItems,
  matchedItems,
  withMatched,
  type BothItems,
  type MatchSide,
} from '../../src/questionnaire/both-items.ts';
import {
  emptyMarks,
  ifBothItems,
  shareableAnswers,
} from '../../src/questionnaire/privacy-marks.ts';
import { typicalAnswers } from '../support/couple-fixtures.ts';

const shared = (concerns: MatchSide['shared']['concerns']) => ({
  ...shareableAnswers(typicalAnswers(), emptyMarks()),
  concerns,
  primaryConcern: null,
});
const side = (open: BothItems['concerns'], ifBoth: BothItems['concerns']): MatchSide => ({
  shared: shared(open),
  ifBoth: { ...emptyBothItems(), concerns: ifBoth },
});

describe('the "only if we both named it" rule', () => {
  it.each([
    ['the other shared it', side([], ['shame']), side(['shame'], []), ['shame']],
    [
      'the other kept it "only if we both" too',
      side([], ['shame']),
      side([], ['shame']),
      ['shame'],
    ],
    ['the other did not name it', side([], ['shame']), side(['communication'], []), []],
    ['the other kept a different item', side([], ['shame']), side([], ['body-image']), []],
    ['it was shared, not kept', side(['shame'], []), side(['shame'], []), []],
    ['nothing was kept', side([], []), side([], ['shame']), []],
  ] as const)('%s', (_case, own, other, expected) => {
    expect(matchedItems(own, other).concerns).toEqual(expected);
  });

  it('adds a matched item to the shared answers, never its details', () => {
    const base = shared(['communication']);
    const result = withMatched(base, { ...emptyBothItems(), concerns: ['shame'] });
    expect(result.concerns).toEqual(['communication', 'shame']);
    expect(result.concernDetails?.shame).toBeUndefined();
    expect(withMatched(base, emptyBothItems())).toEqual(base);
  });

  it('keeps "only if we both" items out of the shared answers', () => {
    const answers = typicalAnswers({ concerns: ['shame', 'communication'] });
    const marks = {
      ...emptyMarks(),
      ifBoth: { ...emptyBothItems(), concerns: ['shame' as const] },
    };
    expect(shareableAnswers(answers, marks).concerns).toEqual(['communication']);
    expect(ifBothItems(answers, marks).concerns).toEqual(['shame']);
  });

  it.each([
    ['"only for me" wins over "only if we both"', ['shame'], ['shame'], []],
    ['an item not answered is not kept', [], ['body-image'], []],
    ['an answered item is kept', [], ['shame'], ['shame']],
  ] as const)('%s', (_case, hidden, kept, expected) => {
    const answers = typicalAnswers({ concerns: ['shame', 'communication'] });
    const marks = {
      ...emptyMarks(),
      concerns: [...hidden],
      ifBoth: { ...emptyBothItems(), concerns: [...kept] },
    };
    expect(ifBothItems(answers, marks).concerns).toEqual(expected);
  });

  it('turns items into keys and back, dropping unknown keys', () => {
    const items: BothItems = { concerns: ['shame'], goals: ['feel-closer'], affirming: ['kink'] };
    const keys = bothItemKeys(items);
    expect(keys).toEqual(['concern:shame', 'goal:feel-closer', 'affirming:kink']);
    expect(bothItemsFromKeys([...keys, 'concern:nope', 'x'])).toEqual(items);
  });
});
