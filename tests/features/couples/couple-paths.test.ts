import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { emptyMarks } from '../../../src/questionnaire/privacy-marks.ts';
import { stepIds } from '../../../src/questionnaire/steps.ts';
import {
  apartRedirect,
  displayNames,
  togetherRedirect,
  type TogetherPage,
} from '../../../src/features/couples/couple-paths.ts';
import type { CoupleState } from '../../../src/storage/couple-store.ts';

const record = { answers: emptyAnswers('couple-together'), marks: emptyMarks() };
const base: Pick<CoupleState, 'mode' | 'facts' | 'stage' | 'turn' | 'partners' | 'draftMarks'> = {
  mode: 'together',
  facts: { relationship: 'married' },
  stage: 'answering',
  turn: 'a',
  partners: { a: null, b: null },
  draftMarks: null,
};
const all = [...stepIds];
const started = (answered: (typeof stepIds)[number][] = []) => ({ ageConfirmed: true, answered });

describe('togetherRedirect', () => {
  it.each<[string, Partial<typeof base>, ReturnType<typeof started>, TogetherPage, string | null]>([
    ['not started', {}, { ageConfirmed: false, answered: [] }, 'journey', '/'],
    ['no facts yet: facts page', { mode: null, facts: null }, started(), 'facts', null],
    ['no facts yet: questions', { mode: null, facts: null }, started(), 'journey', '/together'],
    ['before the first turn', { stage: 'turn' }, started(), 'journey', '/together/turn'],
    ['facts again before anyone answered', { stage: 'turn' }, started(), 'facts', null],
    [
      'facts again after a turn',
      { stage: 'turn', partners: { a: record, b: null } },
      started(),
      'facts',
      '/together/turn',
    ],
    ['questions in a turn', {}, started(), 'journey', null],
    ['marks before the questions are done', {}, started(['concerns']), 'mark', '/prepare/2'],
    ['marks once done', {}, started(all), 'mark', null],
    ['own view before marks', {}, started(all), 'mine', '/together/mark'],
    ['own view after marks', { draftMarks: emptyMarks() }, started(all), 'mine', null],
    ['hand-over screen in a turn', {}, started(['concerns']), 'turn', '/prepare/2'],
    [
      'the comparison in a turn',
      { draftMarks: emptyMarks() },
      started(all),
      'compare',
      '/together/mine',
    ],
    ['a private view in a turn', {}, started(all), 'view', '/together/mark'],
    [
      'the last partner’s own view after the hand-over',
      { stage: 'turn' },
      started(),
      'mine',
      '/together/turn',
    ],
    ['the comparison once open', { stage: 'compare' }, started(), 'compare', null],
    ['a private view once open', { stage: 'compare' }, started(), 'view', null],
    [
      'old question pages once open',
      { stage: 'compare' },
      started(),
      'journey',
      '/together/compare',
    ],
    ['old marks page once open', { stage: 'compare' }, started(all), 'mark', '/together/compare'],
  ])('%s', (_label, couple, progress, page, expected) => {
    expect(togetherRedirect(page, { ...base, ...couple }, progress)).toBe(expected);
  });
});

describe('apartRedirect', () => {
  const done = { ageConfirmed: true, answered: all, who: 'couple-apart' };
  it.each<[string, Parameters<typeof apartRedirect>, string | null]>([
    [
      'not started',
      ['share', { draftMarks: null, partner: null }, { ...done, ageConfirmed: false }],
      '/',
    ],
    [
      'questions open',
      ['mark', { draftMarks: null, partner: null }, { ...done, answered: [] }],
      '/prepare/1',
    ],
    [
      'someone alone',
      ['share', { draftMarks: null, partner: null }, { ...done, who: 'individual' }],
      '/prepare/summary',
    ],
    [
      'someone alone on the summary',
      ['summary', { draftMarks: null, partner: null }, { ...done, who: 'individual' }],
      null,
    ],
    ['marks', ['mark', { draftMarks: null, partner: null }, done], null],
    ['summary before marks', ['summary', { draftMarks: null, partner: null }, done], '/apart/mark'],
    ['share before marks', ['share', { draftMarks: null, partner: null }, done], '/apart/mark'],
    ['share', ['share', { draftMarks: emptyMarks(), partner: null }, done], null],
    [
      'compare without a code',
      ['compare', { draftMarks: emptyMarks(), partner: null }, done],
      '/apart/enter',
    ],
  ])('%s', (_label, args, expected) => {
    expect(apartRedirect(...args)).toBe(expected);
  });
});

describe('displayNames', () => {
  it('uses the names typed, or Partner A and Partner B', () => {
    expect(displayNames({ a: ' Alex ', b: '' })).toEqual({ a: 'Alex', b: 'Partner B' });
  });
});
