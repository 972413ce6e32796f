import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import {
  decodePartnerCode,
  partnerCodePayloadSchema,
  type PartnerCodeResult,
} from '../../src/questionnaire/partner-code.ts';
import { isValidOffer, offerToBytes } from '../../src/questionnaire/psi-offer.ts';
import { party } from '../support/psi-fixtures.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk } from './fuzz-inputs.ts';
import { answersLike } from './fuzz-inputs.ts';

const errors = [
  'empty',
  'not-a-code',
  'too-long',
  'other-version',
  'damaged',
  'needs-passphrase',
  'wrong-passphrase',
  'own-code',
];

async function expectTyped(result: PartnerCodeResult): Promise<void> {
  if (!result.ok) {
    expect(errors).toContain(result.error);
    return;
  }
  // The offer is bytes beside the JSON: a version-2 code has one, every point valid.
  const { psi, ...json } = result.payload;
  expect(partnerCodePayloadSchema.safeParse(json).success).toBe(true);
  expect(psi !== undefined).toBe(json.v === 2);
  if (psi) expect(await isValidOffer(psi)).toBe(true);
}

// A real offer, so that junk behind it reaches the deeper layers of a version-2 code.
const offer = offerToBytes(party(['concern:shame', 'goal:feel-closer']).offer);

/** A code with a correct checksum around any bytes: the decoder's deeper layers get tested. */
async function withChecksum(prefix: string, rest: Uint8Array): Promise<string> {
  const head = new TextEncoder().encode(prefix);
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new Uint8Array([...head, ...rest])),
  );
  return prefix + bytesToBase64url(new Uint8Array([...digest.subarray(0, 4), ...rest]));
}

type Input =
  | { kind: 'text'; text: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'json'; json: unknown; version: 1 | 2 }
  | { kind: 'bytes'; sealed: boolean; version: 1 | 2; withOffer: boolean; bytes: Uint8Array };

const payloadLike = fc.record(
  { v: fc.oneof(fc.constant(1), fc.constant(2), junk), id: fc.oneof(fc.constant('abcdefgh12'), hostileText), name: hostileText, answers: answersLike },
  { requiredKeys: [] },
); // prettier-ignore

const inputs: fc.Arbitrary<Input> = fc.oneof(
  fc
    .oneof(fc.string({ maxLength: 200 }), fc.stringMatching(/^CP\d{1,3}S?-[A-Za-z0-9_-]{0,120}$/))
    .map((text) => ({ kind: 'text' as const, text })),
  fc.anything({ maxDepth: 2 }).map((value) => ({ kind: 'value' as const, value })),
  fc
    .record({ json: fc.oneof(payloadLike, junk), version: fc.constantFrom(1 as const, 2 as const) })
    .map((r) => ({ kind: 'json' as const, ...r })),
  fc
    .record({
      sealed: fc.boolean(),
      version: fc.constantFrom(1 as const, 2 as const),
      withOffer: fc.boolean(),
      bytes: fc.uint8Array({ maxLength: 120 }),
    })
    .map((r) => ({ kind: 'bytes' as const, ...r })),
);

async function codeFor(input: Input): Promise<unknown> {
  switch (input.kind) {
    case 'text':
      return input.text;
    case 'value':
      return input.value;
    case 'json': {
      const packed = await deflate(new TextEncoder().encode(JSON.stringify(input.json) ?? ''));
      return input.version === 2
        ? withChecksum('CP2-', new Uint8Array([...offer, ...packed]))
        : withChecksum('CP1-', packed);
    }
    case 'bytes': {
      const prefix = `CP${input.version}${input.sealed ? 'S' : ''}-`;
      const bytes = input.withOffer ? new Uint8Array([...offer, ...input.bytes]) : input.bytes;
      return withChecksum(prefix, bytes);
    }
  }
}

describe(`partner code decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('accepts a valid payload or refuses with a typed error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        // Few rounds, so a sealed code with a passphrase is tried quickly.
        await expectTyped(
          await decodePartnerCode(await codeFor(input), { passphrase: 'p', iterations: 2 }),
        );
      }),
      fuzzOptions,
    );
  }, 180_000);
});
