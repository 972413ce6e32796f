import fc from 'fast-check';
import { fullAnswersArbitrary } from '../support/couple-fixtures.ts';

/**
 * Every fuzz property runs this many times, from this seed: 10,000 in CI, 1,000 locally for a
 * quick loop, or whatever FUZZ_RUNS says.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || (process.env.CI ? 10_000 : 1_000);
export const FUZZ_SEED = 20_261_127;
export const fuzzOptions = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS } as const;

/** Text an attacker or a damaged file might hold. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '<script>window.__xss=1</script>',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    '\uD800',
    '__proto__',
    'constructor',
    'x'.repeat(3000),
  ),
);

/** Any JSON value, or something that only looks like one. */
export const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, [], {}),
);

/** A real answers document, or one with any field swapped for junk, or removed. */
export const answersLike = fc.oneof(
  fullAnswersArbitrary,
  fc
    .tuple(
      fullAnswersArbitrary,
      fc.dictionary(
        fc.constantFrom(
          'format',
          'version',
          'who',
          'concerns',
          'primaryConcern',
          'relationship',
          'partnerTakingPart',
          'feelsUnsafe',
          'health',
          'affirming',
          'concernDetails',
          'otherConcern',
          'goals',
          'betterLooksLike',
          'budget',
          'location',
          '__proto__',
          'extra',
        ),
        junk,
        { maxKeys: 4 },
      ),
    ) // prettier-ignore
    .map(([answers, changes]) => ({ ...answers, ...changes })),
  junk,
);

/** Text that is cut, spliced or padded: what a half-written save looks like. */
export function mutated(text: string) {
  return fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), hostileText)
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(Math.max(at, cut)));
}
