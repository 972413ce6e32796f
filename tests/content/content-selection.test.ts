import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { questionCopy } from '../../src/content/en/questions.ts';
import { questionText } from '../../src/content/en/question-text.ts';
import { reasonText } from '../../src/content/en/reasons.ts';
import { referralCopy } from '../../src/content/en/referrals.ts';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { specialtyCopyFor } from '../../src/components/domain/specialty-copy.ts';
import { specialtyCopy, specialtyLineAudiences } from '../../src/content/en/specialties.ts';
import { firstSessionGuide, credentialsGuide } from '../../src/content/en/guides.ts';
import { answersWith } from '../support/answers-fixtures.ts';

/** Every line of results copy a person with these answers is shown. */
function resultLines(answers: Answers): string[] {
  const result = evaluate(answers);
  const lines: string[] = [];
  for (const item of result.safety) {
    const copy = safetyCopy[item.id];
    lines.push(copy.title, copy.when, ...copy.lines);
  }
  for (const item of result.specialties) {
    const copy = specialtyCopyFor(item);
    lines.push(copy.title, copy.meaning, copy.whyItMayFit, ...copy.credentials);
    lines.push(...copy.searchWords, ...item.reasons.map(reasonText));
  }
  for (const item of result.referrals) {
    const copy = referralCopy[item.id];
    lines.push(copy.title, copy.what, copy.why, ...item.reasons.map(reasonText));
  }
  for (const item of result.questions) lines.push(questionText(item), questionCopy[item.id].why);
  for (const guide of [firstSessionGuide, credentialsGuide]) {
    for (const section of guide.sections) lines.push(...section.items.map((entry) => entry.text));
  }
  return lines;
}

const birthWords = /pregnan|perinatal|prenatal|postpartum|birth|new baby/i;
const heart = /heart/i;
const count = (lines: string[], pattern: RegExp) => lines.filter((l) => pattern.test(l)).length;

describe('results copy fits what the person named', () => {
  it.each<[string, Partial<Answers>]>([
    ['menopause named as a topic', { concerns: ['menopause'] }],
    ['menopause named as a health item', { concerns: ['low-desire'], health: ['menopause'] }],
    ['pain during sex', { concerns: ['sexual-pain'] }],
    ['getting older', { concerns: ['aging'] }],
  ])('says nothing of pregnancy or birth for %s', (_name, answers) => {
    const lines = resultLines(answersWith(answers));
    expect(lines.filter((line) => birthWords.test(line))).toEqual([]);
  });

  it.each<[string, Partial<Answers>]>([
    ['changes after birth named as a topic', { concerns: ['postpartum'] }],
    [
      'a recent birth named as a health item',
      { concerns: ['low-desire'], health: ['pregnancy-postpartum'] },
    ],
  ])('keeps the perinatal lines for %s', (_name, answers) => {
    const lines = resultLines(answersWith(answers));
    expect(lines).toContain('Pregnancy, Prenatal, Postpartum');
    expect(lines).toContain('perinatal certification (PMH-C)');
    expect(lines.some((line) => /Perinatal means/.test(line))).toBe(true);
  });

  it('shows the later-life words only when getting older was named', () => {
    expect(resultLines(answersWith({ concerns: ['aging'] }))).toContain(
      'Elderly Persons Disorders',
    );
    expect(resultLines(answersWith({ concerns: ['menopause'] }))).not.toContain(
      'Elderly Persons Disorders',
    );
    expect(resultLines(answersWith({ concerns: ['menopause'] }))).toContain("Women's Issues");
  });

  it('tags only lines the copy really has, so a reworded line cannot slip its tag', () => {
    for (const [id, tags] of Object.entries(specialtyLineAudiences)) {
      const copy = specialtyCopy[id as keyof typeof specialtyCopy];
      const lines = [...copy.credentials, ...copy.searchWords];
      for (const line of Object.keys(tags ?? {})) expect(lines).toContain(line);
    }
  });

  it('never leaves a list empty, even when no line-specific answer is named', () => {
    const copy = specialtyCopyFor({ id: 'life-transitions', reasons: [] });
    expect(copy.searchWords.length).toBeGreaterThan(0);
    expect(copy.credentials.length).toBeGreaterThan(0);
  });

  it('makes the heart-health point once, calmly, for erection worries', () => {
    const lines = resultLines(answersWith({ concerns: ['erectile-difficulty', 'sexual-anxiety'] }));
    expect(count(lines, heart)).toBe(1);
    const line = lines.find((l) => heart.test(l))!;
    expect(line).not.toMatch(/!|danger|serious|warning/i);
  });

  it.each<[string, Partial<Answers>]>([
    ['early ejaculation', { concerns: ['early-ejaculation'] }],
    ['delayed ejaculation', { concerns: ['delayed-ejaculation'] }],
    ['low desire', { concerns: ['low-desire'] }],
  ])('leaves the heart out for %s', (_name, answers) => {
    expect(count(resultLines(answersWith(answers)), heart)).toBe(0);
  });
});
