import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64urlToBytes, bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { withCheck } from '../../src/lib/integrity.ts';
import {
  decodePartnerCode,
  encodePartnerCode,
  MAX_CODE_CHARS,
  newCodeId,
  type PartnerCodePayload,
} from '../../src/questionnaire/partner-code.ts';
import {
  emptyMarks,
  privateTextFields,
  shareableAnswers,
} from '../../src/questionnaire/privacy-marks.ts';
import {
  answersWithMarksArbitrary,
  fullAnswersArbitrary,
  SEED,
  typicalAnswers,
} from '../support/couple-fixtures.ts';

// Low iterations keep the unit tests fast; the app always uses PBKDF2_ITERATIONS (600,000).
const FAST = 1_000;
const ID = 'device-id-123';

function payloadOf(answers = typicalAnswers(), marks = emptyMarks()): PartnerCodePayload {
  return { v: 1, id: ID, name: 'Alex', answers: shareableAnswers(answers, marks) };
}

/** A code with a correct checksum around any JSON: what a careful forger could make. */
async function forge(json: string): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(json));
  const prefix = 'CP1-';
  const head = new TextEncoder().encode(prefix);
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new Uint8Array([...head, ...packed])),
  );
  return prefix + bytesToBase64url(new Uint8Array([...digest.subarray(0, 4), ...packed]));
}

describe('partner code round trip', () => {
  it('reads back a plain code exactly', async () => {
    const payload = payloadOf();
    const code = await encodePartnerCode(payload);
    expect(code).toMatch(/^CP1-[A-Za-z0-9_-]+$/);
    expect(await decodePartnerCode(code)).toEqual({ ok: true, payload, sealed: false });
  });

  it('reads back a sealed code with the right passphrase', async () => {
    const payload = payloadOf();
    const code = await encodePartnerCode(payload, {
      passphrase: 'blue kettle 42',
      iterations: FAST,
    });
    expect(code).toMatch(/^CP1S-/);
    expect(
      await decodePartnerCode(code, { passphrase: 'blue kettle 42', iterations: FAST }),
    ).toEqual({
      ok: true,
      payload,
      sealed: true,
    });
  });

  it('survives line breaks and spaces added by a messaging app', async () => {
    const code = await encodePartnerCode(payloadOf());
    const wrapped = `  ${code.slice(0, 30)}\n${code.slice(30, 61)} \r\n${code.slice(61)}\n`;
    expect((await decodePartnerCode(wrapped)).ok).toBe(true);
  });

  it('round-trips any shareable answers', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithMarksArbitrary, async ({ answers, marks }) => {
        const payload = payloadOf(answers, marks);
        expect(await decodePartnerCode(await encodePartnerCode(payload))).toEqual({
          ok: true,
          payload,
          sealed: false,
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('keeps a typical code short enough to paste and to fit a QR code', async () => {
    const plain = await encodePartnerCode(payloadOf());
    const sealed = await encodePartnerCode(payloadOf(), { passphrase: 'x', iterations: FAST });
    // Measured: about 580 plain and 640 sealed for this set (see docs/couples-privacy.md).
    expect(plain.length).toBeLessThan(700);
    expect(sealed.length).toBeLessThan(760);
    expect(sealed.length - plain.length).toBeLessThan(80);
  });

  it('makes a fresh code id each time', () => {
    const ids = new Set(Array.from({ length: 20 }, newCodeId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});

describe('what a code never carries', () => {
  it('leaves out every item marked only for me', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithMarksArbitrary, async ({ answers, marks }) => {
        const result = await decodePartnerCode(await encodePartnerCode(payloadOf(answers, marks)));
        if (!result.ok) throw new Error(result.error);
        const carried = result.payload.answers;
        for (const id of marks.concerns) {
          expect(carried.concerns).not.toContain(id);
          expect(carried.primaryConcern).not.toBe(id);
          expect(Object.keys(carried.concernDetails ?? {})).not.toContain(id);
        }
        for (const id of marks.goals) expect(carried.goals).not.toContain(id);
        for (const id of marks.affirming) expect(carried.affirming).not.toContain(id);
        for (const field of marks.texts) expect(carried[field]).toBeUndefined();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('never holds a private free-text answer, even inside the compressed bytes', async () => {
    const secret = 'SECRET-ONLY-FOR-ME-7731';
    const answers = typicalAnswers({ therapistShouldKnow: secret, otherConcern: secret });
    const marks = { ...emptyMarks(), texts: [...privateTextFields] };
    const result = await decodePartnerCode(await encodePartnerCode(payloadOf(answers, marks)));
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('never carries feelsUnsafe: the code is the same whatever the answer', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithMarksArbitrary, async ({ answers, marks }) => {
        const codes = await Promise.all(
          (['yes', 'no', 'prefer-not-to-say'] as const).map((feelsUnsafe) =>
            encodePartnerCode(payloadOf({ ...answers, feelsUnsafe }, marks)),
          ),
        );
        expect(new Set(codes).size).toBe(1);
        const result = await decodePartnerCode(codes[0]);
        expect(JSON.stringify(result)).not.toMatch(/unsafe|"health"/i);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('refuses to write a payload carrying a field outside the whitelist', async () => {
    const payload = payloadOf();
    const sneaky = { ...payload, answers: { ...payload.answers, feelsUnsafe: 'yes' } };
    await expect(encodePartnerCode(sneaky as PartnerCodePayload)).rejects.toThrow();
  });
});

describe('codes that are refused, each with its own reason', () => {
  it.each([
    ['empty', '   \n '],
    ['not-a-code', 'hello, here is my code'],
    ['not-a-code', 'https://example.com/'],
    ['other-version', 'CP3-AAAAAAAA'],
    ['other-version', 'CP17S-abcdefgh'],
    ['damaged', 'CP1-'],
    ['damaged', 'CP1-abc$def'],
    ['not-a-code', 'CPX-abc'],
    ['too-long', `CP1-${'A'.repeat(MAX_CODE_CHARS)}`],
  ])('says %s for %j', async (error, text) => {
    expect(await decodePartnerCode(text)).toEqual({ ok: false, error });
  });

  it.each([null, undefined, 42, {}, ['CP1-']])('says not-a-code for %j', async (input) => {
    expect(await decodePartnerCode(input)).toEqual({ ok: false, error: 'not-a-code' });
  });

  it('refuses a code cut short', async () => {
    const code = await encodePartnerCode(payloadOf());
    for (const keep of [5, 12, code.length - 1, code.length - 7]) {
      expect(await decodePartnerCode(code.slice(0, keep))).toEqual({ ok: false, error: 'damaged' });
    }
  });

  it('refuses a sealed code cut short as damaged, not as a wrong passphrase', async () => {
    const code = await encodePartnerCode(payloadOf(), { passphrase: 'pw', iterations: FAST });
    expect(
      await decodePartnerCode(code.slice(0, -3), { passphrase: 'pw', iterations: FAST }),
    ).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses any changed character', async () => {
    const code = await encodePartnerCode(payloadOf());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: code.length - 1 }),
        fc.constantFrom(...'ABCxyz019-_'),
        async (at, char) => {
          fc.pre(code[at] !== char);
          const tampered = code.slice(0, at) + char + code.slice(at + 1);
          const result = await decodePartnerCode(tampered);
          expect(result.ok).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('refuses a forged code with a field outside the whitelist', async () => {
    const payload = payloadOf();
    const forged = await forge(
      JSON.stringify({ ...payload, answers: { ...payload.answers, feelsUnsafe: 'yes' } }),
    );
    expect(await decodePartnerCode(forged)).toEqual({ ok: false, error: 'damaged' });
  });

  it.each([
    ['not JSON', '{nope'],
    ['a wrong shape', '{"v":1,"id":"short","answers":{}}'],
    [
      'an unknown concern',
      JSON.stringify({ ...payloadOf(), answers: { ...payloadOf().answers, concerns: ['x'] } }),
    ],
  ])('refuses a forged code with %s', async (_label, json) => {
    expect(await decodePartnerCode(await forge(json))).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a sealed code changed inside and given a fresh check: AES-GCM catches it', async () => {
    const options = { passphrase: 'pw', iterations: FAST };
    const code = await encodePartnerCode(payloadOf(), options);
    const bytes = base64urlToBytes(code.slice('CP1S-'.length))!;
    // Past the check, the salt and the IV: one bit of the ciphertext itself.
    for (const at of [4 + 16 + 12, bytes.length - 1]) {
      const rest = bytes.slice(4);
      rest[at - 4]! ^= 1;
      const forged = `CP1S-${bytesToBase64url(await withCheck('CP1S-', rest))}`;
      expect(await decodePartnerCode(forged, options)).toEqual({
        ok: false,
        error: 'wrong-passphrase',
      });
    }
  });

  it('asks for the passphrase of a sealed code', async () => {
    const code = await encodePartnerCode(payloadOf(), { passphrase: 'pw', iterations: FAST });
    expect(await decodePartnerCode(code)).toEqual({ ok: false, error: 'needs-passphrase' });
  });

  it('refuses a wrong passphrase', async () => {
    const code = await encodePartnerCode(payloadOf(), {
      passphrase: 'right one',
      iterations: FAST,
    });
    for (const passphrase of ['wrong one', 'Right one', 'right one ', 'x']) {
      expect(await decodePartnerCode(code, { passphrase, iterations: FAST })).toEqual({
        ok: false,
        error: 'wrong-passphrase',
      });
    }
  });

  it('spots the person’s own code pasted back', async () => {
    const code = await encodePartnerCode(payloadOf());
    expect(await decodePartnerCode(code, { ownCodeId: ID })).toEqual({
      ok: false,
      error: 'own-code',
    });
    expect((await decodePartnerCode(code, { ownCodeId: 'another-device' })).ok).toBe(true);
  });

  it('never throws, whatever it is given', async () => {
    const code = await encodePartnerCode(payloadOf());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((tail) => `CP1-${tail}`),
          fc.string({ maxLength: 300 }).map((tail) => `CP1S-${tail}`),
          fc.nat({ max: code.length }).map((cut) => code.slice(0, cut)),
        ),
        async (text) => {
          const result = await decodePartnerCode(text, { passphrase: 'p', iterations: 10 });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('size of a typical code', () => {
  it('reads fully from a full answers set with nothing marked', async () => {
    await fc.assert(
      fc.asyncProperty(fullAnswersArbitrary, async (answers) => {
        const code = await encodePartnerCode(payloadOf(answers));
        expect(code.length).toBeLessThan(MAX_CODE_CHARS);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
