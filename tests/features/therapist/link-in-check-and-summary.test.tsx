import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { typicalLink } from '../../support/therapist-link-fixtures.ts';
import { activateLink, clearLink } from '../../support/link-state.ts';
import { summaryMarkdown } from '../../../src/features/results/summary-text.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';

afterEach(() => clearLink());

describe('a therapist’s questions beside the person’s own answers', () => {
  it('are listed on the check page, each with a way back to change it', async () => {
    renderApp('/prepare/check', completedState({ concerns: ['communication'] }));
    activateLink(typicalLink(), { '0': 'Sam', '1': 'yes' });
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Questions from Dr. Maya Thompson',
    });
    const section = heading.closest('section')!;
    expect(within(section).getByText('Sam')).toBeVisible();
    const change = within(section).getAllByRole('link', { name: /^Change/ });
    expect(change).toHaveLength(3);
    expect(change[0]).toHaveAttribute('href', '/prepare/7?return=check');
  });

  it('are not on the check page without a link', async () => {
    renderApp('/prepare/check', completedState({ concerns: ['communication'] }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.queryByRole('heading', { name: /Questions from/ })).toBeNull();
  });

  it('go into the copied and downloaded summary', () => {
    const answers = { ...emptyAnswers(), concerns: ['communication' as const] };
    const extra =
      '## Questions from Dr. Maya Thompson\n\n- What name would you like me to use?: Sam';
    const text = summaryMarkdown(answers, evaluate(answers), extra);
    expect(text).toContain(extra);
    expect(summaryMarkdown(answers, evaluate(answers))).not.toContain('Questions from');
  });
});
