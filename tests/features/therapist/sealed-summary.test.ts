import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateRecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
import {
  envelopeToJson,
  envelopeToText,
  openSummary,
  readSealedSummary,
  sealSummary,
  SUMMARY_FORMAT,
  type SealedEnvelope,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';

const payload: SummaryPayload = {
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Dr. Maya Thompson',
  created: '2026-11-27',
  sections: [
    { heading: 'Topics', rows: [{ label: 'What you would like help with', value: 'Low desire' }] },
    {
      heading: 'Their questions',
      rows: [{ label: 'Anything else?', value: 'Line one\nLine two' }],
    },
  ],
};

async function sealed() {
  const keys = await generateRecipientKeys();
  const envelope = await sealSummary(payload, keys.publicJwk);
  return { keys, envelope };
}

function read(text: string): SealedEnvelope {
  const result = readSealedSummary(text);
  if (!result.ok) throw new Error(result.error);
  return result.envelope;
}

describe('sealed summary', () => {
  it('round-trips through the .json file and through the text block', async () => {
    const { keys, envelope } = await sealed();
    for (const text of [envelopeToJson(envelope), envelopeToText(envelope, 'A private summary.')]) {
      expect(await openSummary(read(text), [keys])).toEqual({ ok: true, summary: payload });
    }
  });

  it('holds none of the summary in the clear', async () => {
    const { envelope } = await sealed();
    const text = envelopeToJson(envelope) + envelopeToText(envelope, '');
    for (const secret of ['Low desire', 'Line one', 'Topics', 'Maya']) {
      expect(text).not.toContain(secret);
    }
  });

  it('opens with whichever stored key it was locked for', async () => {
    const { keys, envelope } = await sealed();
    const other = await generateRecipientKeys();
    expect((await openSummary(envelope, [other, keys])).ok).toBe(true);
  });

  it('refuses the wrong key', async () => {
    const { envelope } = await sealed();
    const other = await generateRecipientKeys();
    expect(await openSummary(envelope, [other])).toEqual({ ok: false, error: 'no-matching-key' });
    expect(await openSummary(envelope, [])).toEqual({ ok: false, error: 'no-matching-key' });
  });

  it('refuses a private key that does not match the key id it claims', async () => {
    const { keys, envelope } = await sealed();
    const other = await generateRecipientKeys();
    const impostor = { publicJwk: keys.publicJwk, privateKey: other.privateKey };
    expect(await openSummary(envelope, [impostor])).toEqual({ ok: false, error: 'damaged' });
  });

  it.each(['ct', 'iv', 'salt', 'epk'] as const)('refuses a changed %s', async (field) => {
    const { keys, envelope } = await sealed();
    const value = envelope[field];
    const changed = value.slice(0, 5) + (value[5] === 'A' ? 'B' : 'A') + value.slice(6);
    const result = await openSummary({ ...envelope, [field]: changed }, [keys]);
    expect(result).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a truncated ciphertext', async () => {
    const { keys, envelope } = await sealed();
    const cut = { ...envelope, ct: envelope.ct.slice(0, -8) };
    expect(await openSummary(cut, [keys])).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a cut-short text block or file before decrypting', async () => {
    const { envelope } = await sealed();
    const text = envelopeToText(envelope, 'intro');
    expect(readSealedSummary(text.slice(0, text.length - 40))).toEqual({
      ok: false,
      error: 'damaged',
    });
    const json = envelopeToJson(envelope);
    expect(readSealedSummary(json.slice(0, json.length / 2))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('refuses any one changed character of the text block (200 runs)', async () => {
    const { keys, envelope } = await sealed();
    const text = envelopeToText(envelope, 'intro');
    const start = text.indexOf('\n', text.indexOf('-----BEGIN')) + 1;
    const end = text.indexOf('-----END');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: start, max: end - 2 }),
        fc.constantFrom('A', 'b', '_', '9'),
        async (at, char) => {
          fc.pre(text[at] !== char && text[at] !== '\n');
          const changed = text.slice(0, at) + char + text.slice(at + 1);
          const read = readSealedSummary(changed);
          const result = read.ok ? await openSummary(read.envelope, [keys]) : read;
          expect(result.ok).toBe(false);
          if (!result.ok) expect(['damaged', 'no-matching-key']).toContain(result.error);
        },
      ),
      { seed: 20261127, numRuns: 200 },
    );
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'not-a-summary'],
    ['{"format":"something-else"}', 'not-a-summary'],
    ['{"format":"consult-prep.sealed-summary","version":2}', 'unknown-version'],
    ['{"format":"consult-prep.sealed-summary","version":1}', 'damaged'],
    ['-----BEGIN PRIVATE SUMMARY-----\n!!!\n-----END PRIVATE SUMMARY-----', 'damaged'],
    ['x'.repeat(400_001), 'too-long'],
  ])('reads %j as %s', (text, error) => {
    expect(readSealedSummary(text)).toEqual({ ok: false, error });
  });

  it('reads any input as a summary or a typed error, never a throw (10,000 runs)', () => {
    const errors = ['empty', 'too-long', 'not-a-summary', 'unknown-version', 'damaged'];
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.anything(),
      fc
        .string()
        .map((body) => `-----BEGIN PRIVATE SUMMARY-----\n${body}\n-----END PRIVATE SUMMARY-----`),
      fc
        .record(
          { format: fc.constant('consult-prep.sealed-summary'), version: fc.integer() },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = readSealedSummary(input);
        if (!result.ok) expect(errors).toContain(result.error);
      }),
      { seed: 20261127, numRuns: 10_000 },
    );
  });
});
