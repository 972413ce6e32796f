import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import {
  decodePartnerCode,
  partnerCodePayloadSchema,
  type PartnerCodeResult,
} from '../../src/questionnaire/partner-code.ts';
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

function expectTyped(result: PartnerCodeResult): void {
  if (result.ok) expect(partnerCodePayloadSchema.safeParse(result.payload).success).toBe(true);
  else expect(errors).toContain(result.error);
}

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
  | { kind: 'json'; json: unknown }
  | { kind: 'bytes'; sealed: boolean; bytes: Uint8Array };

const payloadLike = fc.record(
  { v: fc.oneof(fc.constant(1), junk), id: fc.oneof(fc.constant('abcdefgh12'), hostileText), name: hostileText, answers: answersLike },
  { requiredKeys: [] },
); // prettier-ignore

const inputs: fc.Arbitrary<Input> = fc.oneof(
  fc
    .oneof(fc.string({ maxLength: 200 }), fc.stringMatching(/^CP\d{1,3}S?-[A-Za-z0-9_-]{0,120}$/))
    .map((text) => ({ kind: 'text' as const, text })),
  fc.anything({ maxDepth: 2 }).map((value) => ({ kind: 'value' as const, value })),
  fc.oneof(payloadLike, junk).map((json) => ({ kind: 'json' as const, json })),
  fc
    .record({ sealed: fc.boolean(), bytes: fc.uint8Array({ maxLength: 120 }) })
    .map((r) => ({ kind: 'bytes' as const, ...r })),
);

async function codeFor(input: Input): Promise<unknown> {
  switch (input.kind) {
    case 'text':
      return input.text;
    case 'value':
      return input.value;
    case 'json':
      return withChecksum(
        'CP1-',
        await deflate(new TextEncoder().encode(JSON.stringify(input.json) ?? '')),
      );
    case 'bytes':
      return withChecksum(input.sealed ? 'CP1S-' : 'CP1-', input.bytes);
  }
}

describe(`partner code decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('accepts a valid payload or refuses with a typed error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        // Few rounds, so a sealed code with a passphrase is tried quickly.
        expectTyped(
          await decodePartnerCode(await codeFor(input), { passphrase: 'p', iterations: 2 }),
        );
      }),
      fuzzOptions,
    );
  }, 180_000);
});
