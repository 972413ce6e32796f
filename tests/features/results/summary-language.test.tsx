import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { summaryMarkdown } from '../../../src/features/results/summary-text.ts';
import { emptyAnswers, type Answers } from '../../../src/questionnaire/answers.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { setCatalogue } from '../../../src/content/locale.ts';
import { spanishCatalogue } from '../../../src/content/es/index.ts';
import { planCopy } from '../../../src/content/en/plan.ts';
import { questionCopy } from '../../../src/content/en/questions.ts';
import { resultsCopy } from '../../../src/content/en/results.ts';
import { searchCopy } from '../../../src/content/en/specialties.ts';

// A wish for sessions in Spanish: the question in "Start with these" and the language filter
// with the search words, on the page (in print too) and in the copied summary; and neither
// when the person asked for another language or none.

const base: Partial<Answers> = {
  concerns: ['low-desire'],
  primaryConcern: 'low-desire',
  relationship: 'single',
  feelsUnsafe: 'no',
};
const question = questionCopy['sessions-in-spanish'];
const search = searchCopy['language-spanish'];

const section = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section')!;
const printed = (element: Element) => element.closest('.print-hide, .no-print') === null;

afterEach(() => setCatalogue('en'));

describe('the summary, for someone who would like sessions in Spanish', () => {
  it('asks the therapist about Spanish first thing, and says why', async () => {
    renderApp('/prepare/summary', completedState({ ...base, language: 'Spanish or English' }));
    const start = await section(planCopy.startHeading);
    const box = within(start).getByRole('checkbox', { name: question.text });
    expect(box).toHaveAccessibleDescription(/Spanish/);
    expect(printed(box)).toBe(true);
  });

  it('adds the language filter to the search words, with its reasons', async () => {
    const { user } = renderApp(
      '/prepare/summary',
      completedState({ ...base, language: 'ESPAÑOL' }),
    );
    const where = await section(resultsCopy.specialtiesHeading);
    const card = within(where)
      .getByRole('heading', { level: 3, name: search.title })
      .closest('li')!;
    expect(printed(card)).toBe(true);
    const words = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(words).toEqual(expect.arrayContaining([...search.searchWords]));
    await user.click(within(card).getByText(resultsCopy.whyToggle));
    expect(within(card).getByText(/You would like your sessions in Spanish\./)).toBeVisible();
  });

  it('puts both in the copied and downloaded summary', () => {
    const answers = { ...emptyAnswers(), ...base, language: 'castellano' };
    const text = summaryMarkdown(answers, evaluate(answers));
    expect(text).toContain(question.text);
    expect(text).toContain(`**${search.title}**`);
    expect(text).toContain(`${resultsCopy.searchWords}: ${search.searchWords.join('; ')}`);
  });

  it('speaks Spanish in the Spanish summary, keeping the directory’s word “Spanish”', () => {
    setCatalogue('es', spanishCatalogue);
    const answers = { ...emptyAnswers(), ...base, language: 'español' };
    const text = summaryMarkdown(answers, evaluate(answers));
    const es = spanishCatalogue.specialties.searchCopy['language-spanish'];
    expect(text).toContain(spanishCatalogue.questions.questionCopy['sessions-in-spanish'].text);
    expect(text).toContain(`**${es.title}**`);
    expect(text).toContain(es.searchWords.join('; '));
    expect(es.searchWords).toContain('Spanish');
    expect(text).not.toContain(search.title);
  });
});

describe.each([
  ['no language', undefined],
  ['English only', 'English'],
  ['Portuguese', 'Portuguese'],
  ['no Spanish', 'no Spanish'],
])('the summary, with %s', (_name, language) => {
  const changes = language === undefined ? base : { ...base, language };

  it('neither asks about Spanish nor adds the language filter', async () => {
    renderApp('/prepare/summary', completedState(changes));
    await section(planCopy.startHeading);
    expect(screen.queryByRole('checkbox', { name: question.text })).toBeNull();
    expect(screen.queryByRole('heading', { name: search.title })).toBeNull();
    expect(document.body.textContent).not.toContain(search.searchWords[1]);
  });

  it('leaves both out of the copied summary', () => {
    const answers = { ...emptyAnswers(), ...changes };
    const text = summaryMarkdown(answers, evaluate(answers));
    expect(text).not.toContain(question.text);
    expect(text).not.toContain(search.title);
  });
});
