import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '../../../src/questionnaire/answers.ts';
import {
  buildPayload,
  defaultSections,
  sectionRows,
  sendSectionIds,
} from '../../../src/features/therapist/summary-payload.ts';
import { summaryPayloadSchema } from '../../../src/features/therapist/sealed-summary.ts';
import { sendCopy } from '../../../src/content/en/therapist.ts';
import { minimalLink, typicalLink } from '../../support/therapist-link-fixtures.ts';

const answers: Answers = {
  ...emptyAnswers(),
  concerns: ['low-desire', 'communication'],
  primaryConcern: 'low-desire',
  relationship: 'married',
  partnerTakingPart: 'no',
  feelsUnsafe: 'yes',
  health: ['antidepressants'],
  goals: ['more-desire'],
  therapistShouldKnow: 'Tabs\there and a \u202Ebidi override',
  location: 'Ohio',
};
const link = typicalLink();
const custom = { '0': 'Sam', '1': 'no' };

describe('what "Send to {name}" seals', () => {
  it('ticks the topics, the therapist’s questions and the parts they asked for', () => {
    expect(defaultSections(link)).toEqual([
      'concerns',
      'details',
      'relationship',
      'goals',
      'custom',
    ]);
    expect(defaultSections(minimalLink())).toEqual(['concerns', 'custom']);
  });

  it('never ticks the safety answer for the client', () => {
    expect(
      defaultSections({
        ...link,
        sections: ['details', 'relationship', 'health', 'goals', 'preferences'],
      }),
    ).not.toContain('safety');
  });

  it('holds only the chosen parts', () => {
    const payload = buildPayload(['concerns', 'custom'], answers, link, custom, '2026-11-27');
    expect(payload.sections.map((s) => s.heading)).toEqual([
      sendCopy.sectionNames.concerns,
      sendCopy.sectionNames.custom,
    ]);
    const text = JSON.stringify(payload);
    for (const absent of ['Married', 'Ohio', 'Antidepressants', 'bidi override']) {
      expect(text).not.toContain(absent);
    }
  });

  it('shows each of the therapist’s questions, answered or not', () => {
    const rows = sectionRows('custom', answers, link, custom);
    expect(rows.map((row) => row.value)).toEqual(['Sam', 'No', 'Not answered']);
  });

  it('writes only text the therapist’s strict reader accepts', () => {
    const payload = buildPayload([...sendSectionIds], answers, link, custom, '2026-11-27');
    expect(summaryPayloadSchema.safeParse(payload).success).toBe(true);
    expect(JSON.stringify(payload)).toContain('Tabs here and a bidi override');
  });

  it('leaves out empty parts', () => {
    const payload = buildPayload(['preferences'], emptyAnswers(), minimalLink(), {}, '2026-11-27');
    expect(payload.sections).toEqual([]);
  });

  it.each([
    [
      'a link for one client, with a date',
      { client: 'A.B.', date: '2026-12-03' },
      { client: 'A.B.', consultation: '2026-12-03' },
    ],
    ['a link for one client, without a date', { client: 'A.B.' }, { client: 'A.B.' }],
    ['an older link with only a date', { date: '2026-12-03' }, { consultation: '2026-12-03' }],
  ])('carries who it is from and the consultation for %s', (_name, extra, expected) => {
    const payload = buildPayload(
      ['concerns'],
      answers,
      { ...minimalLink(), ...extra },
      {},
      '2026-11-27',
    );
    expect(payload).toMatchObject(expected);
    expect(summaryPayloadSchema.safeParse(payload).success).toBe(true);
    for (const key of ['client', 'consultation'] as const) {
      if (!(key in expected)) expect(payload).not.toHaveProperty(key);
    }
  });

  it('carries neither for a link made for everyone', () => {
    const payload = buildPayload(['concerns'], answers, minimalLink(), {}, '2026-11-27');
    expect(payload).not.toHaveProperty('client');
    expect(payload).not.toHaveProperty('consultation');
    expect(summaryPayloadSchema.safeParse(payload).success).toBe(true);
  });
});
