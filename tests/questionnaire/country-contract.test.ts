import { describe, expect, it } from 'vitest';
import { answersSchema, emptyAnswers } from '../../src/questionnaire/answers.ts';
import { answerFields } from '../../src/questionnaire/salvage.ts';
import { decodePartnerCode, encodePartnerCode } from '../../src/questionnaire/partner-code.ts';
import { emptyMarks, shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  therapistLinkSchema,
} from '../../src/questionnaire/therapist-link.ts';
import { answersToJson, parseAnswersFile } from '../../src/storage/answers-file.ts';
import { compareAnswers } from '../../src/rules/compare.ts';
import { typicalLink } from '../support/therapist-link-fixtures.ts';

// `country` joined the answers core after files, partner codes and therapist links were already
// out in the world. Everything written before it opens unchanged; everything written with it
// keeps it; nothing else is accepted in its place.

const oldFile = JSON.stringify({ ...emptyAnswers(), concerns: ['low-desire'] });

describe('an answers file', () => {
  it('is read field by field for every field of the answers, none left out', () => {
    const fields = Object.keys(answersSchema.shape).filter(
      (key) => key !== 'format' && key !== 'version',
    );
    expect([...answerFields].sort()).toEqual(fields.sort());
  });

  it('written before `country` existed opens unchanged, as not said', () => {
    const result = parseAnswersFile(oldFile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toEqual(JSON.parse(oldFile));
    expect('country' in result.answers).toBe(false);
  });

  it('keeps the country through a download and an import', () => {
    const answers = { ...emptyAnswers(), country: 'nz' as const };
    const result = parseAnswersFile(answersToJson(answers));
    expect(result.ok && result.answers.country).toBe('nz');
  });

  it('keeps the country in saved state, and names it if it was damaged', () => {
    const kept = parseAnswersFile(JSON.stringify({ ...emptyAnswers(), country: 'au' }));
    expect(kept.ok && kept.answers.country).toBe('au');
    const damaged = parseAnswersFile(
      JSON.stringify({ ...emptyAnswers(), concerns: ['low-desire'], country: 'atlantis' }),
    );
    expect(damaged.ok && damaged.dropped).toEqual(['country']);
    expect(damaged.ok && 'country' in damaged.answers).toBe(false);
  });

  it.each(['fr', 'UK', '', 7, null])(
    'refuses the country %j, which is not one we list',
    (country) => {
      expect(answersSchema.safeParse({ ...emptyAnswers(), country }).success).toBe(false);
    },
  );
});

describe('a partner code', () => {
  const payload = (country?: 'uk' | 'ie') => ({
    v: 1 as const,
    id: 'abcdefgh1234',
    answers: shareableAnswers(
      { ...emptyAnswers('couple-apart'), ...(country ? { country } : {}) },
      emptyMarks(),
    ),
  });

  it('made before `country` existed still opens', async () => {
    const result = await decodePartnerCode(await encodePartnerCode(payload()));
    expect(result.ok).toBe(true);
    expect(result.ok && 'country' in result.payload.answers).toBe(false);
  });

  it('carries where the partner lives', async () => {
    const result = await decodePartnerCode(await encodePartnerCode(payload('ie')));
    expect(result.ok && result.payload.answers.country).toBe('ie');
  });

  it('lets the shared view show both countries when the partners live apart', () => {
    const apart = compareAnswers(payload('uk').answers, payload('ie').answers, 'couple-apart');
    expect(apart.places).toEqual(['uk', 'ie']);
    expect(apart.combined.place.id).toBe('not-said');
    const together = compareAnswers(payload('uk').answers, payload('uk').answers);
    expect(together.places).toEqual(['uk']);
    expect(together.combined.place.id).toBe('uk');
    expect(compareAnswers(payload().answers, payload().answers).places).toEqual([]);
  });
});

describe('a therapist’s link', () => {
  it('made before `country` existed opens unchanged', async () => {
    const encoded = await encodeTherapistLink(typicalLink());
    expect(encoded.ok).toBe(true);
    const result = await decodeTherapistLink(encoded.ok ? encoded.code : '');
    expect(result.ok && result.link).toEqual(typicalLink());
  });

  it('may name the country the therapist practises in', async () => {
    const encoded = await encodeTherapistLink({ ...typicalLink(), country: 'au' });
    const result = await decodeTherapistLink(encoded.ok ? encoded.code : '');
    expect(result.ok && result.link.country).toBe('au');
  });

  it('refuses a country we do not list', () => {
    expect(therapistLinkSchema.safeParse({ ...typicalLink(), country: 'xx' }).success).toBe(false);
  });
});
