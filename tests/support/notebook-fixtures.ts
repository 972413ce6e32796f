import fc from 'fast-check';
import {
  coverValues,
  feltValues,
  foundViaValues,
  gutValues,
  LONG_NOTE_MAX,
  NAME_MAX,
  NOTEBOOK_MAX_QUESTIONS,
  NOTEBOOK_MAX_THERAPISTS,
  NOTEBOOK_VERSION,
  offersValues,
  saidValues,
  SHORT_NOTE_MAX,
  warningSignIds,
  type Impression,
  type Notebook,
  type TherapistNote,
} from '../../src/questionnaire/notebook.ts';

// Any notebook the schema allows: every field, every limit, optional parts present or not.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const subset = <T>(values: readonly T[]) =>
  fc.subarray([...values]).map((picked) => values.filter((value) => picked.includes(value)));

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const isoDate = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

export const impressionArbitrary: fc.Arbitrary<Impression> = fc
  .record({
    by: maybe(fc.string({ maxLength: NAME_MAX })),
    asked: fc.uniqueArray(
      fc
        .record({
          id: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
          text: fc.string({ minLength: 1, maxLength: 300 }),
          said: maybe(fc.constantFrom(...saidValues)),
          note: fc.string({ maxLength: SHORT_NOTE_MAX }),
        })
        .map(withoutUndefined),
      { maxLength: NOTEBOOK_MAX_QUESTIONS, selector: (item) => item.id },
    ),
    heard: maybe(fc.constantFrom(...feltValues)),
    judged: maybe(fc.constantFrom(...feltValues)),
    clear: maybe(fc.constantFrom(...feltValues)),
    approach: maybe(fc.constantFrom(...feltValues)),
    gut: maybe(fc.constantFrom(...gutValues)),
    warnings: subset(warningSignIds),
    note: fc.string({ maxLength: LONG_NOTE_MAX }),
  })
  .map(withoutUndefined);

const therapistArbitrary = (id: string): fc.Arbitrary<TherapistNote> =>
  fc
    .record({
      id: fc.constant(id),
      name: fc.string({ maxLength: NAME_MAX }),
      practice: fc.string({ maxLength: SHORT_NOTE_MAX }),
      date: isoDate,
      foundVia: maybe(fc.constantFrom(...foundViaValues)),
      offers: maybe(fc.constantFrom(...offersValues)),
      fees: fc.string({ maxLength: SHORT_NOTE_MAX }),
      cover: subset(coverValues),
      times: fc.string({ maxLength: SHORT_NOTE_MAX }),
      licenceChecked: fc.boolean(),
      impressions: fc
        .record({
          self: maybe(impressionArbitrary),
          a: maybe(impressionArbitrary),
          b: maybe(impressionArbitrary),
        })
        .map(withoutUndefined),
    })
    .map(withoutUndefined);

export const notebookArbitrary: fc.Arbitrary<Notebook> = fc
  .integer({ min: 0, max: NOTEBOOK_MAX_THERAPISTS })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, n) => therapistArbitrary(`t-${n + 1}`))),
  )
  .map((therapists) => ({ version: NOTEBOOK_VERSION, therapists }));
