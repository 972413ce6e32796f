import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLocked,
  lockPartner,
  passcodeProblems,
  sharedPart,
  unlockPartner,
  withoutSafetyAnswer,
} from '../../../src/features/couples/partner-seal.ts';
import { bytesToBase64url } from '../../../src/lib/base64url.ts';
import { sealWithPassphrase } from '../../../src/lib/passphrase-crypto.ts';
import { feelsUnsafeValues } from '../../../src/questionnaire/ids.ts';
import { emptyMarks, shareableAnswers } from '../../../src/questionnaire/privacy-marks.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import {
  lockedPartnerSchema,
  storedPartnerSchema,
  type PartnerRecord,
} from '../../../src/storage/couple-store.ts';
import { answersWithMarksArbitrary, SEED, typicalAnswers } from '../../support/couple-fixtures.ts';

// Unit tests pass a low PBKDF2 count; the app uses 600,000 (passphrase-crypto.ts).
const FAST = 1_000;

function alexRecord(): PartnerRecord {
  return {
    answers: typicalAnswers({
      who: 'couple-together',
      concerns: ['communication', 'body-image'],
      primaryConcern: 'communication',
      feelsUnsafe: 'yes',
      health: ['antidepressants'],
      therapistShouldKnow: 'Only Alex wrote this',
    }),
    marks: { ...emptyMarks(), concerns: ['body-image'], texts: ['therapistShouldKnow'] },
    linkAnswers: { '0': 'Alex told the therapist this' },
  };
}

describe('a new passcode', () => {
  it.each([
    ['both empty: no passcode', '', '', {}],
    ['four characters, typed twice', 'abcd', 'abcd', {}],
    ['a long phrase with spaces', 'blue door 42', 'blue door 42', {}],
    ['three characters', 'abc', 'abc', { passcode: 'too-short' }],
    ['only the second box', '', 'abcd', { passcode: 'too-short' }],
    ['the second box empty', 'abcd', '', { confirm: 'confirm-missing' }],
    ['two different passcodes', 'abcd', 'abce', { confirm: 'different' }],
    ['a different capital letter', 'Abcd', 'abcd', { confirm: 'different' }],
  ])('%s', (_label, passcode, confirm, expected) => {
    expect(passcodeProblems(passcode, confirm)).toEqual(expected);
  });
});

describe('locking a partner’s own view', () => {
  it('keeps only the shareable answers readable, and nothing private', async () => {
    const record = alexRecord();
    const locked = await lockPartner(record, 'blue door', FAST);
    expect(locked.shared).toEqual(shareableAnswers(record.answers, record.marks));
    const readable = JSON.stringify(locked);
    for (const secret of [
      'body-image',
      'feelsUnsafe',
      'antidepressants',
      'Only Alex wrote this',
      'Alex told the therapist this',
    ]) {
      expect(readable).not.toContain(secret);
    }
    expect(lockedPartnerSchema.safeParse(locked).success).toBe(true);
    expect(isLocked(storedPartnerSchema.parse(locked))).toBe(true);
    expect(isLocked(storedPartnerSchema.parse(record))).toBe(false);
  });

  it('opens with the same passcode, and gives back every answer, mark and link answer', async () => {
    const record = alexRecord();
    const locked = await lockPartner(record, 'blue door', FAST);
    expect(await unlockPartner(locked, 'blue door')).toEqual({ ok: true, record });
  });

  it.each([
    ['a wrong passcode', 'blue doors'],
    ['another capital letter', 'Blue door'],
    ['an empty passcode', ''],
  ])('does not open with %s', async (_label, attempt) => {
    const locked = await lockPartner(alexRecord(), 'blue door', FAST);
    expect(await unlockPartner(locked, attempt)).toEqual({ ok: false, problem: 'wrong-passcode' });
  });

  it('treats changed sealed data like a wrong passcode (AES-GCM checks both)', async () => {
    const locked = await lockPartner(alexRecord(), 'blue door', FAST);
    const data = locked.sealed.data;
    const changed = { ...locked.sealed, data: (data[0] === 'A' ? 'B' : 'A') + data.slice(1) };
    expect(await unlockPartner({ ...locked, sealed: changed }, 'blue door')).toEqual({
      ok: false,
      problem: 'wrong-passcode',
    });
  });

  it.each([
    ['a salt cut short', { salt: 'AAAA' }],
    ['an IV that is not base64url', { iv: '!!!!' }],
    ['data that is not base64url', { data: 'a b' }],
  ])('says a view is damaged for %s', async (_label, change) => {
    const locked = await lockPartner(alexRecord(), 'blue door', FAST);
    const damaged = { ...locked, sealed: { ...locked.sealed, ...change } };
    expect(await unlockPartner(damaged, 'blue door')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('checks what it opened with the record schema, and refuses anything else', async () => {
    const locked = await lockPartner(alexRecord(), 'blue door', FAST);
    const other = await sealWithPassphrase(
      new TextEncoder().encode(JSON.stringify({ answers: 'not answers' })),
      'blue door',
      FAST,
    );
    const sealed = {
      iterations: FAST,
      salt: bytesToBase64url(other.salt),
      iv: bytesToBase64url(other.iv),
      data: bytesToBase64url(other.ciphertext),
    };
    expect(await unlockPartner({ ...locked, sealed }, 'blue door')).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('gives the comparison the same answers with a passcode as without', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithMarksArbitrary, async (record) => {
        const locked = await lockPartner(record, 'pass', 1);
        expect(sharedPart(locked)).toEqual(sharedPart(record));
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);
});

describe('an own view without a passcode', () => {
  it('is worked out the same whatever the safety answer was', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, ({ answers }) => {
        const [first, ...rest] = feelsUnsafeValues.map((feelsUnsafe) =>
          evaluate(withoutSafetyAnswer({ ...answers, feelsUnsafe })),
        );
        for (const other of rest) expect(other).toEqual(first);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('leaves out the safety line that a "yes" brings', () => {
    const answers = alexRecord().answers;
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(evaluate(answers).safety)).toContain('unsafe-relationship');
    expect(ids(evaluate(withoutSafetyAnswer(answers)).safety)).not.toContain('unsafe-relationship');
    // Everything else the person said stays.
    expect(withoutSafetyAnswer(answers)).toEqual({ ...answers, feelsUnsafe: 'prefer-not-to-say' });
  });
});
