import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import type { CountryId } from '../../../src/questionnaire/ids.ts';
import { emptyMarks, shareableAnswers } from '../../../src/questionnaire/privacy-marks.ts';
import { compareAnswers } from '../../../src/rules/compare.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { comparisonView } from '../../../src/features/couples/comparison-model.ts';
import { comparisonMarkdown } from '../../../src/features/couples/comparison-text.ts';
import { reasonText } from '../../../src/content/en/reasons.ts';
import { couplesGuide } from '../../../src/content/en/guides.ts';
import {
  couplesTrainingOutsideUs,
  couplesTrainingUsAndElsewhere,
} from '../../../src/content/en/place-credentials.ts';

// A couple may live in two countries: the shared view shows what to check in each; one country
// shared is named once; neither said shows nothing about places.

const names = { a: 'Sam', b: 'Alex' };
const partner = (country?: CountryId) =>
  shareableAnswers(
    {
      ...emptyAnswers('couple-apart'),
      concerns: ['communication'],
      ...(country ? { country } : {}),
    },
    emptyMarks(),
  );
const viewOf = (a?: CountryId, b?: CountryId) =>
  comparisonView(compareAnswers(partner(a), partner(b), 'couple-apart'), names);

describe('the shared view, by where each partner lives', () => {
  it('shows both countries’ checks and directories when they differ', () => {
    const view = viewOf('uk', 'au');
    expect(view.places.map((place) => place.name)).toEqual(['United Kingdom', 'Australia']);
    expect(view.places[0]!.credentials.join(' ')).toContain('COSRT');
    expect(view.places[1]!.directories.join(' ')).toContain('Society of Australian Sexologists');
    const text = comparisonMarkdown(view);
    expect(text).toContain('United Kingdom');
    expect(text).toContain('Australia');
  });

  it('names one country once when they share it, and its words reach the cards', () => {
    const view = viewOf('ca', 'ca');
    expect(view.places.map((place) => place.country)).toEqual(['ca']);
    const trained = view.specialties.find((item) => item.id === 'certified-sex-therapist');
    expect(trained?.meaning).toContain('BESTCO');
  });

  it('says nothing about places when neither partner said', () => {
    expect(viewOf().places).toEqual([]);
    expect(viewOf('nz').places.map((place) => place.country)).toEqual(['nz']);
  });
});

describe('the couples guide in the shared view, by where they live', () => {
  const usLicence = couplesGuide.sections
    .flatMap((section) => section.items)
    .find((item) => item.id === 'lmft-or-training')!.text;
  const trainingLine = (a?: CountryId, b?: CountryId) =>
    viewOf(a, b)
      .guide.sections.flatMap((section) => section.items)
      .find((item) => item.id === 'lmft-or-training')?.text;

  it.each([
    ['neither said', undefined, undefined, usLicence],
    ['both in the US', 'us', 'us', usLicence],
    ['both in the UK', 'uk', 'uk', couplesTrainingOutsideUs],
    ['in Ireland and Australia', 'ie', 'au', couplesTrainingOutsideUs],
    ['one in the US, one in Canada', 'us', 'ca', couplesTrainingUsAndElsewhere],
  ] as const)('%s: the training line fits', (_, a, b, expected) => {
    expect(trainingLine(a, b)).toBe(expected);
  });

  it('the download carries the same training line as the page', () => {
    expect(comparisonMarkdown(viewOf('uk', 'uk'))).toContain(couplesTrainingOutsideUs);
    expect(comparisonMarkdown(viewOf('uk', 'uk'))).not.toContain(usLicence);
  });
});

describe('why these lines', () => {
  it.each([
    ['uk', 'You said you live in the UK.'],
    ['other', 'You said you live somewhere other than the countries we list.'],
  ] as const)('%s: the place reason says where', (country, sentence) => {
    const result = evaluate({ ...emptyAnswers(), country });
    expect(reasonText(result.place.reasons[0]!)).toBe(sentence);
  });

  it('says when no country was given, and what that means', () => {
    const result = evaluate(emptyAnswers());
    expect(reasonText(result.place.reasons[0]!)).toBe(
      'You have not said where you live. So we show US help lines first, with other countries close by.',
    );
  });
});
