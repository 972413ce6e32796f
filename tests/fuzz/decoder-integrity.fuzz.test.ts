import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateRecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import {
  decodePartnerCode,
  encodePartnerCode,
  type PartnerCodePayload,
} from '../../src/questionnaire/partner-code.ts';
import { shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  licenceIds,
  linkSectionIds,
  stateCodes,
  type TherapistLink,
} from '../../src/questionnaire/therapist-link.ts';
import {
  envelopeToText,
  openSummary,
  readSealedSummary,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../src/features/therapist/sealed-summary.ts';
import {
  codeAlphabet,
  linkForms,
  openedHash,
  outcomeOf,
  pasteShapes,
  type Reader,
} from '../../scripts/decoder-harness.ts';
import { answersWithMarksArbitrary } from '../support/couple-fixtures.ts';
import { party } from '../support/psi-fixtures.ts';

// For every current format: a valid code changed by one character is refused or read as the
// same code, never as a different one; and every paste shape is read as the same code.
// `npm run bench:decoders` tries every such change of fixed samples; this tries random ones.
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const options = { seed: 20_261_201, numRuns: FUZZ_RUNS } as const;
const ITERATIONS = 1_000; // Low PBKDF2 rounds for speed: they do not change what is accepted.

const text = (max: number) => fc.stringMatching(new RegExp(`^[A-Za-z][A-Za-z0-9 .,'’-]{0,${max - 1}}$`)); // prettier-ignore
const linkArbitrary: fc.Arbitrary<TherapistLink> = fc.record(
  {
    name: text(60),
    licences: fc.uniqueArray(fc.constantFrom(...licenceIds), { maxLength: 3 }),
    states: fc.uniqueArray(fc.constantFrom(...stateCodes), { maxLength: 5 }),
    aasect: fc.boolean(),
    practice: text(60),
    website: fc.domain().map((domain) => `https://${domain}`),
    welcome: text(200),
    sections: fc.uniqueArray(fc.constantFrom(...linkSectionIds)),
    questions: fc.array(
      fc.record({ kind: fc.constantFrom('short-text', 'yes-no'), text: text(80) } as const),
      { maxLength: 3 },
    ),
    returnMode: fc.constant('bring' as const),
  },
  { requiredKeys: ['name', 'licences', 'states', 'aasect', 'sections', 'questions', 'returnMode'] },
);

/** One substitution, deletion or insertion, at a position taken modulo the code's length. */
const change = fc.record({
  kind: fc.constantFrom('substitution', 'deletion', 'insertion'),
  at: fc.nat(),
  char: fc.constantFrom(...codeAlphabet),
});
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function changed(code: string, { kind, at, char }: Change, from = 0): string {
  const i = from + (at % (code.length - from));
  if (kind === 'deletion') return code.slice(0, i) + code.slice(i + 1);
  if (kind === 'insertion') return code.slice(0, i) + char + code.slice(i);
  return code.slice(0, i) + char + code.slice(i + 1);
}

async function linkCode(link: TherapistLink): Promise<string> {
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(`a valid link did not encode: ${encoded.error}`);
  return encoded.code;
}
const readLink: Reader = async (input) => {
  const result = await decodeTherapistLink(input);
  return result.ok ? JSON.stringify(result.link) : null;
};
const readPartner =
  (passphrase?: string): Reader =>
  async (input) => {
    const result = await decodePartnerCode(input, {
      ...(passphrase ? { passphrase } : {}),
      iterations: ITERATIONS,
    });
    return result.ok ? JSON.stringify(result.payload) : null;
  };

const partnerPayload = answersWithMarksArbitrary.map(({ answers, marks }) => ({
  v: 1 as const,
  id: 'device-id-123',
  name: 'Alex',
  answers: shareableAnswers(answers, marks),
}));
// Version 2: the same answers with one of a few offers, made once (an offer costs ~30 ms).
const offers = [[], ['concern:shame'], ['goal:feel-closer', 'affirming:kink', 'concern:aging']].map(
  (items) => party(items).offer,
);
const partnerPayloadV2 = fc
  .tuple(partnerPayload, fc.constantFrom(...offers))
  .map(([payload, psi]) => ({ ...payload, v: 2 as const, psi }));
const shape = fc.constantFrom(...pasteShapes);

describe(`a changed code is never read as a different one (${FUZZ_RUNS.toLocaleString('en-US')} runs each)`, () => {
  it('therapist link (v2)', async () => {
    await fc.assert(
      fc.asyncProperty(linkArbitrary, change, async (link, edit) => {
        const code = await linkCode(link);
        const original = JSON.stringify(link);
        expect(await readLink(code)).toBe(original);
        expect(await outcomeOf(readLink, changed(code, edit), original)).not.toBe('different');
      }),
      options,
    );
  }, 120_000);

  it.each([
    ['plain', undefined, partnerPayload],
    ['with a passphrase', 'blue kettle 42', partnerPayload],
    ['version 2, plain', undefined, partnerPayloadV2],
    ['version 2, with a passphrase', 'blue kettle 42', partnerPayloadV2],
  ])(
    'partner code, %s',
    async (_name, passphrase, payloads: fc.Arbitrary<PartnerCodePayload>) => {
      const read = readPartner(passphrase);
      await fc.assert(
        fc.asyncProperty(payloads, change, async (payload, edit) => {
          const code = await encodePartnerCode(payload, {
            ...(passphrase ? { passphrase } : {}),
            iterations: ITERATIONS,
          });
          // The code as it reads whole (the schema puts the keys in its own order).
          const original = await read(code);
          expect(original).not.toBeNull();
          expect(await outcomeOf(read, changed(code, edit), original!)).not.toBe('different');
        }),
        options,
      );
    },
    180_000,
  );

  it('sealed summary, text block (AES-GCM)', async () => {
    const keys = await generateRecipientKeys();
    const read: Reader = async (input) => {
      const envelope = readSealedSummary(input);
      const opened = envelope.ok ? await openSummary(envelope.envelope, [keys]) : null;
      return opened?.ok ? JSON.stringify(opened.summary) : null;
    };
    const summary = text(300).map((value): SummaryPayload => ({
      format: SUMMARY_FORMAT,
      version: 1,
      therapistName: 'Dr. Maya Thompson',
      created: '2026-11-27',
      sections: [{ heading: 'Topics', rows: [{ label: 'What you would like help with', value }] }],
    }));
    await fc.assert(
      fc.asyncProperty(summary, change, async (payload, edit) => {
        const block = envelopeToText(await sealSummary(payload, keys.publicJwk), 'For you.');
        const original = JSON.stringify(payload);
        expect(await read(block)).toBe(original);
        // Change the locked text itself, between the markers, not the words around it.
        const from = block.indexOf('-----\n') + 6;
        expect(await outcomeOf(read, changed(block, edit, from), original)).not.toBe('different');
      }),
      options,
    );
  }, 180_000);
});

describe(`every paste shape is read as the same code (${FUZZ_RUNS.toLocaleString('en-US')} runs each)`, () => {
  it('therapist link: full address, fragment or code alone, pasted or opened', async () => {
    await fc.assert(
      fc.asyncProperty(linkArbitrary, shape, fc.constantFrom(...linkForms), async (link, s, f) => {
        const code = await linkCode(link);
        const pasted = s.shape(f.form(code));
        expect(
          await outcomeOf(readLink, pasted, JSON.stringify(link)),
          `${f.name}, ${s.name}`,
        ).toBe('same');
        const opened = openedHash(pasted);
        if (opened !== null) expect(await readLink(opened)).toBe(JSON.stringify(link));
      }),
      options,
    );
  }, 120_000);

  it.each([
    ['version 1', partnerPayload],
    ['version 2', partnerPayloadV2],
  ])(
    'partner code, %s',
    async (_name, payloads: fc.Arbitrary<PartnerCodePayload>) => {
      const read = readPartner();
      await fc.assert(
        fc.asyncProperty(payloads, shape, async (payload, s) => {
          const code = await encodePartnerCode(payload);
          const original = await read(code);
          expect(original).not.toBeNull();
          expect(await outcomeOf(read, s.shape(code), original!), s.name).toBe('same');
        }),
        options,
      );
    },
    120_000,
  );

  it('sealed summary text block', async () => {
    const keys = await generateRecipientKeys();
    const envelope = await sealSummary(
      { format: SUMMARY_FORMAT, version: 1, therapistName: 'Sam Rivera', created: '2026-11-27', sections: [] },
      keys.publicJwk,
    ); // prettier-ignore
    const block = envelopeToText(envelope, 'A private summary for Sam Rivera. It is locked.');
    await fc.assert(
      fc.property(shape, (s) => {
        expect(readSealedSummary(s.shape(block)), s.name).toEqual({ ok: true, envelope });
      }),
      { ...options, numRuns: Math.min(FUZZ_RUNS, pasteShapes.length * 4) },
    );
  });
});
