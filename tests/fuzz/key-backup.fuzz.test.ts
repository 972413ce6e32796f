import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KEY_FILE_FORMAT,
  keyBackupJson,
  readKeyBackup,
  type KeyFileResult,
} from '../../src/features/therapist/key-backup.ts';
import { generateRecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk, mutated } from './fuzz-inputs.ts';

// A therapist's backup key file comes from outside (a file the person picks), like a link.

function expectTyped(result: KeyFileResult): void {
  if (result.ok) {
    expect(result.keys.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(result.kid).toEqual(expect.any(String));
  } else {
    expect(['not-a-key-file', 'damaged']).toContain(result.error);
  }
}

const coordinate = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), hostileText);
const keyFileLike = fc
  .record(
    {
      format: fc.oneof(fc.constant(KEY_FILE_FORMAT), hostileText),
      version: fc.oneof(fc.constant(1), junk),
      created: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), hostileText),
      publicKey: fc.record({ kty: fc.constant('EC'), crv: fc.constant('P-256'), x: coordinate, y: coordinate }),
      privateKey: fc.record({ kty: fc.constant('EC'), crv: fc.constant('P-256'), x: coordinate, y: coordinate, d: coordinate }),
    },
    { requiredKeys: [] },
  )
  .map((file) => JSON.stringify(file)); // prettier-ignore

describe(`therapist key file decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('accepts a usable key or refuses with a typed error, never a throw', async () => {
    const real = await keyBackupJson(await generateRecipientKeys(), '2026-01-01T00:00:00.000Z');
    const inputs = fc.oneof(
      fc.string({ maxLength: 200 }),
      junk.map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.anything({ maxDepth: 1 }),
      keyFileLike,
      mutated(real),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => expectTyped(await readKeyBackup(input))),
      fuzzOptions,
    );
  }, 120_000);
});
