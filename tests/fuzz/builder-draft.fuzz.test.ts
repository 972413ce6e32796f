import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readDraft,
  readLastLink,
  serializeDraft,
  serializeLastLink,
} from '../../src/features/therapist/builder-draft.ts';
import {
  emptyBuilderValues,
  type BuilderValues,
} from '../../src/features/therapist/builder-values.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk } from './fuzz-inputs.ts';

// The builder's draft (this tab) and last link (this browser) are read back from storage that
// anything on the page, or a damaged browser profile, could have changed.

const full: BuilderValues = {
  ...emptyBuilderValues(),
  audience: 'one',
  client: 'A.B.',
  name: 'Sam Rivera',
  licences: ['lmft'],
  aasect: 'yes',
  date: '2026-12-03',
  sections: ['goals'],
  questions: [{ text: 'Q', kind: 'choice', options: 'a\nb' }],
  returnMode: 'encrypted',
};
const fieldNames = Object.keys(full) as (keyof BuilderValues)[];

/** A real record with any of its fields swapped for junk, or removed, or the record itself. */
const recordLike = (serialize: (values: BuilderValues) => string) =>
  fc.oneof(
    fc
      .dictionary(fc.constantFrom(...fieldNames), fc.oneof(junk, fc.constant(undefined)), {
        maxKeys: 5,
      })
      .map((changes) => {
        const raw = JSON.parse(serialize(full)) as { values: Record<string, unknown> };
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) delete raw.values[key];
          else raw.values[key] = value;
        }
        return JSON.stringify(raw);
      }),
    hostileText,
    junk.map((value) => JSON.stringify(value) ?? ''),
  );

describe(`builder draft and last link readers fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('read any draft without throwing, into values that read back whole', () => {
    fc.assert(
      fc.property(recordLike(serializeDraft), (raw) => {
        const result = readDraft(raw);
        expect(['none', 'unreadable', 'read']).toContain(result.status);
        if (result.status !== 'read') return;
        expect(readDraft(serializeDraft(result.values))).toEqual({
          status: 'read',
          values: result.values,
          losses: [],
        });
      }),
      fuzzOptions,
    );
  });

  it('read any last link without throwing, and never hand back a client or a date', () => {
    fc.assert(
      fc.property(
        recordLike((values) => serializeLastLink(values, '2026-12-01')),
        (raw) => {
          const result = readLastLink(raw);
          expect(['none', 'unreadable', 'read']).toContain(result.status);
          if (result.status !== 'read') return;
          expect(result.values.client).toBe('');
          expect(result.values.date).toBe('');
          expect(result.losses).not.toContainEqual({ field: 'client' });
          expect(result.losses).not.toContainEqual({ field: 'date' });
        },
      ),
      fuzzOptions,
    );
  });
});
