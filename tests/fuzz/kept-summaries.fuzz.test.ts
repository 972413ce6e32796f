import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { envelopeCodec } from '../../src/features/therapist/kept-store.ts';
import {
  readKeptSummaries,
  serializeKeptSummaries,
  type KeptList,
} from '../../src/storage/kept-summaries.ts';
import type { SealedEnvelope } from '../../src/features/therapist/sealed-summary.ts';
import { fakeEnvelope } from '../support/kept-fixtures.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk, mutated } from './fuzz-inputs.ts';

// What a therapist kept comes back from localStorage, where anything may have changed it.

/** A valid list: each kept entry passes the checks, with its own id and its own ciphertext. */
function expectValid(list: KeptList<SealedEnvelope>): void {
  expect(['ok', 'newer']).toContain(list.status);
  const keys = list.items.map((item) => item.key);
  expect(new Set(keys).size).toBe(keys.length);
  const entries = list.items.flatMap((item) => (item.kind === 'kept' ? [item.entry] : []));
  for (const entry of entries) {
    expect(entry.id).toMatch(/^[0-9a-f]{16}$/);
    expect(Number.isInteger(entry.number) && entry.number >= 1).toBe(true);
    expect(entry.received).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(envelopeCodec.check(entry.sealed)).toEqual(entry.sealed);
  }
  expect(new Set(entries.map((entry) => entry.sealed.ct)).size).toBe(entries.length);
  if (list.status === 'newer') expect(list.items).toEqual([]);
}

const entryLike = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[0-9a-f]{16}$/), fc.constant('00000000000000aa'), hostileText),
    number: fc.oneof(fc.integer({ min: -2, max: 5 }), junk),
    received: fc.oneof(fc.constant('2026-12-01'), hostileText),
    sealed: fc.oneof(
      fc.nat({ max: 3 }).map((n) => fakeEnvelope(n)),
      junk,
    ),
  },
  { requiredKeys: [] },
);
const documentLike = fc
  .record(
    {
      format: fc.oneof(fc.constant('consult-prep.kept-summaries'), hostileText),
      version: fc.oneof(fc.constant(1), fc.constant(2), junk),
      summaries: fc.oneof(fc.array(fc.oneof(entryLike, junk), { maxLength: 6 }), junk),
    },
    { requiredKeys: [] },
  )
  .map((doc) => JSON.stringify(doc));

const real = JSON.stringify({
  format: 'consult-prep.kept-summaries',
  version: 1,
  summaries: [
    { id: '0123456789abcdef', number: 1, received: '2026-12-01', sealed: fakeEnvelope(1) },
    { id: 'fedcba9876543210', number: 2, received: '2026-12-02', sealed: fakeEnvelope(2) },
  ],
});

describe(`kept summaries reader fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('never throws, always returns a valid list, and reads its own writing back the same', () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 200 }),
      junk.map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.anything({ maxDepth: 2 }),
      documentLike,
      mutated(real),
    );
    let withKept = 0;
    fc.assert(
      fc.property(inputs, (raw) => {
        const list = readKeptSummaries(raw, envelopeCodec);
        expectValid(list);
        if (list.items.some((item) => item.kind === 'kept')) withKept += 1;
        // Storage holds only text; what it holds is written back unchanged.
        if (typeof raw === 'string' && list.status === 'ok' && list.items.length > 0) {
          expect(readKeptSummaries(serializeKeptSummaries(list.items), envelopeCodec)).toEqual(
            list,
          );
        }
      }),
      fuzzOptions,
    );
    // The inputs reach real entries, not only junk the first check turns away.
    expect(withKept).toBeGreaterThan(FUZZ_RUNS / 20);
  });
});
