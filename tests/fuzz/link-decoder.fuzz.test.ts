import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { withCheck } from '../../src/lib/integrity.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  therapistLinkSchema,
  type LinkResult,
} from '../../src/questionnaire/therapist-link.ts';
import { typicalLink } from '../support/therapist-link-fixtures.ts';

const errors = ['empty', 'too-long', 'unknown-version', 'damaged', 'invalid'];
const SEED = 20261127;

function expectTyped(result: LinkResult): void {
  if (result.ok) {
    // Whatever is accepted is a valid link: the page can trust its shape.
    expect(therapistLinkSchema.safeParse(result.link).success).toBe(true);
  } else {
    expect(errors).toContain(result.error);
  }
}

/** Packs JSON as a current link, with a correct check, so the layers after it get tested. */
async function pack(data: unknown): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(data)));
  return `v2.${bytesToBase64url(await withCheck('v2.', packed))}`;
}

// Inputs of every kind: raw noise, plausible codes, and link-shaped JSON with hostile values.
const hostileText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('<script>1</script>', 'javascript:alert(1)', '\u202Eevil', 'https://a.b', ''),
);
const linkShaped = fc.record(
  {
    name: hostileText,
    licences: fc.array(fc.constantFrom('lmft', 'lpc', 'x', 1), { maxLength: 4 }),
    states: fc.array(fc.constantFrom('CA', 'NY', 'ZZ'), { maxLength: 4 }),
    aasect: fc.oneof(fc.boolean(), fc.constant('yes')),
    website: hostileText,
    welcome: hostileText,
    sections: fc.array(fc.constantFrom('details', 'goals', 'nope'), { maxLength: 3 }),
    questions: fc.array(
      fc.record({
        kind: fc.constantFrom('short-text', 'long-text', 'yes-no', 'choice', 'other'),
        text: hostileText,
        options: fc.array(hostileText, { maxLength: 4 }),
      }),
      { maxLength: 3 },
    ),
    date: fc.oneof(fc.constant('2026-01-31'), hostileText),
    returnMode: fc.constantFrom('bring', 'encrypted', 'post'),
  },
  { requiredKeys: [] },
);

const inputs = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.stringMatching(/^v\d{1,3}\.[A-Za-z0-9_-]{0,200}$/),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => `v1.${bytesToBase64url(bytes)}`),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ checked: bytes })),
  fc.anything().map((value) => ({ value })),
  fc.jsonValue().map((value) => ({ json: value })),
  linkShaped.map((value) => ({ json: value })),
);

describe('therapist link decoder fuzz', () => {
  it('accepts or refuses every input with a typed error, never a throw (10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const code =
          typeof input === 'string'
            ? input
            : 'json' in input
              ? await pack(input.json)
              : 'checked' in input
                ? `v2.${bytesToBase64url(await withCheck('v2.', input.checked))}`
                : input.value;
        expectTyped(await decodeTherapistLink(code));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 120_000);

  it('survives any change to a valid code (2,000 runs)', async () => {
    const encoded = await encodeTherapistLink(typicalLink());
    if (!encoded.ok) throw new Error('fixture must encode');
    const code = encoded.code;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: code.length - 1 }),
        fc.nat({ max: code.length }),
        fc.string({ maxLength: 4 }),
        async (at, cut, insert) => {
          const mutated = code.slice(0, at) + insert + code.slice(at + 1, Math.max(at + 1, cut));
          expectTyped(await decodeTherapistLink(mutated));
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
  }, 60_000);
});
