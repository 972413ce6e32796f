import { describe, expect, it } from 'vitest';
import { questionCopyFor } from '../../src/content/en/question-text.ts';
import { placeIds } from '../../src/rules/ids.ts';
import { questionIds } from '../../src/rules/question-ids.ts';

// Outside the US, no consultation question (its words or its "why") speaks of US state
// licences; in the US, and with no country said, the licence questions do.

const usOnly = /\bstates?\b|LMFT|state board/i;
const wordsOf = (place: (typeof placeIds)[number]) =>
  questionIds.map((id) => {
    const copy = questionCopyFor({ id, place });
    return { id, words: `${copy.text} ${copy.why}` };
  });

describe('consultation questions by place', () => {
  it.each(placeIds.filter((place) => place !== 'us' && place !== 'not-said'))(
    '%s: no question speaks of US states or the LMFT licence',
    (place) => {
      const usWords = wordsOf(place).filter(({ words }) => usOnly.test(words));
      expect(usWords.map(({ id }) => id)).toEqual([]);
    },
  );

  it.each(['us', 'not-said'] as const)('%s: the licence questions name the state', (place) => {
    const usWords = wordsOf(place).filter(({ words }) => usOnly.test(words));
    expect(usWords.map(({ id }) => id)).toEqual(
      expect.arrayContaining(['licence-and-state', 'video-across-state-lines', 'couples-training']),
    );
  });
});
