import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KEY_FILE_FORMAT,
  keyBackupJson,
  readKeyBackup,
  type KeyFileResult,
} from '../../src/features/therapist/key-backup.ts';
import { generateRecipientKeys, keyIdOf } from '../../src/lib/hybrid-crypto.ts';
import {
  FAST_ITERATIONS,
  fastRead,
  legacyKeyFile,
  PASSPHRASE,
} from '../support/therapist-key-fixtures.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk, mutated } from './fuzz-inputs.ts';
import { mutatedOnce } from './key-mutations.ts';
import {
  lockTherapistKeys,
  memoryVault,
  readTherapistKeys,
  saveTherapistKey,
  setKeyVault,
} from '../../src/storage/therapist-key-store.ts';

// A therapist's backup key file comes from outside (a file the person picks), like a link.
// Files here are sealed with few rounds so 10,000 runs stay quick; the reader is told so, and
// still refuses more than 10,000,000 rounds, so a hostile file cannot hang the page.

const errors = ['not-a-key-file', 'damaged', 'needs-passphrase', 'wrong-passphrase'];

function expectTyped(result: KeyFileResult): void {
  if (result.ok) {
    expect(result.keys.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(result.kid).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof result.protected).toBe('boolean');
  } else {
    expect(errors).toContain(result.error);
  }
}

const coordinate = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), hostileText);
const b64 = (length: number) =>
  fc.oneof(fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${length}}$`)), hostileText);
const jwk = fc.record({
  kty: fc.constant('EC'),
  crv: fc.constant('P-256'),
  x: coordinate,
  y: coordinate,
});
const iterations = fc.oneof(
  fc.constantFrom(FAST_ITERATIONS, 100_000, 10_000_001, 1e12, Number.MAX_SAFE_INTEGER, -1, 0, 1.5),
  fc.integer(),
  junk,
);
const keyFileLike = fc
  .record(
    {
      format: fc.oneof(fc.constant(KEY_FILE_FORMAT), hostileText),
      version: fc.oneof(fc.constantFrom(1, 2), junk),
      created: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), hostileText),
      kid: fc.oneof(fc.stringMatching(/^[0-9a-f]{16}$/), hostileText),
      publicKey: jwk,
      privateKey: fc.record({ kty: fc.constant('EC'), crv: fc.constant('P-256'), x: coordinate, y: coordinate, d: coordinate }),
      sealed: fc.record({ iterations, salt: b64(22), iv: b64(16), data: b64(64) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map((file) => JSON.stringify(file)); // prettier-ignore

describe(`therapist key file decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('accepts a usable key or refuses with a typed error, never a throw or a hang', async () => {
    const keys = await generateRecipientKeys();
    const created = '2026-01-01T00:00:00.000Z';
    const real = await keyBackupJson(keys, created, PASSPHRASE, FAST_ITERATIONS);
    const legacy = await legacyKeyFile(keys, created);
    const inputs = fc.oneof(
      fc.string({ maxLength: 200 }),
      junk.map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.anything({ maxDepth: 1 }),
      keyFileLike,
      mutated(real),
      mutated(legacy),
      mutatedOnce(JSON.parse(real)).map(({ mutated: file }) => JSON.stringify(file)),
    );
    const passphrases = fc.oneof(fc.constantFrom(PASSPHRASE, ''), hostileText);
    await fc.assert(
      fc.asyncProperty(inputs, passphrases, async (input, passphrase) => {
        const started = performance.now();
        expectTyped(await readKeyBackup(input, passphrase, fastRead));
        // Far below what 10,000,000 rounds would take: absurd counts are never run.
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      fuzzOptions,
    );
  }, 600_000);

  it('opens a changed file only as the very key it was made for', async () => {
    const keys = await generateRecipientKeys();
    const kid = await keyIdOf(keys.publicJwk);
    const real = JSON.parse(await keyBackupJson(keys, 'now', PASSPHRASE, FAST_ITERATIONS));
    await fc.assert(
      fc.asyncProperty(mutatedOnce(real), async ({ mutated: file }) => {
        const result = await readKeyBackup(JSON.stringify(file), PASSPHRASE, fastRead);
        expectTyped(result);
        if (result.ok) {
          expect(result.kid).toBe(kid);
          expect(result.keys.publicJwk).toEqual(keys.publicJwk);
        }
      }),
      fuzzOptions,
    );
  }, 600_000);
});

describe(`stored key record fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('reads any record as a key or as damaged, and leaves it where it is', async () => {
    const seed = memoryVault();
    setKeyVault(seed);
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys({ passphrase: PASSPHRASE, iterations: FAST_ITERATIONS });
    const [locked] = (await seed.list()) as object[];
    const records = fc.oneof(
      junk,
      fc.anything({ maxDepth: 2 }),
      mutatedOnce(locked).map(({ mutated: record }) => record),
    );
    await fc.assert(
      fc.asyncProperty(records, async (record) => {
        const vault = memoryVault([record]);
        setKeyVault(vault);
        const list = await readTherapistKeys();
        expect(list.keys.length + list.damaged.length).toBe(1);
        expect(await vault.list()).toEqual([record]);
      }),
      fuzzOptions,
    );
  }, 600_000);
});
