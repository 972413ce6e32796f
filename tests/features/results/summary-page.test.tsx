import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { expectFocus } from '../../support/focus.ts';

const painAndDesire = completedState({
  concerns: ['sexual-pain', 'low-desire'],
  primaryConcern: 'sexual-pain',
  relationship: 'married',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'no',
  health: ['antidepressants'],
});

describe('summary page', () => {
  it('lists the suggested specialties in the ranked order, each with its reasons', async () => {
    const { user } = renderApp('/prepare/summary', painAndDesire);
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'What to look for in a therapist' })
    ).closest('section')!;
    const cards = within(section)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('card'));
    const expected = evaluate(useAnswersStore.getState().answers).specialties;
    expect(cards).toHaveLength(expected.length);
    const firstWhy = within(cards[0]!).getByText('Why we suggest this');
    await user.click(firstWhy);
    expect(within(cards[0]!).getByText(/Pain during or after sex/)).toBeVisible();
  });

  it('shows safety resources first only when the answers call for them', async () => {
    renderApp('/prepare/summary', painAndDesire);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'Support you can reach today' })).toBeNull();
  });

  it('puts support first for someone who is afraid of a partner', async () => {
    renderApp('/prepare/summary', {
      ...painAndDesire,
      answers: { ...painAndDesire.answers!, feelsUnsafe: 'yes' },
    });
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings[0]).toHaveTextContent('Support you can reach today');
    expect(
      screen.getByRole('link', { name: /Call the National Domestic Violence Hotline/ }),
    ).toBeVisible();
  });

  it(
    'lets the person tick, edit, remove and add consultation questions',
    { timeout: 30_000 },
    async () => {
      const { user } = renderApp('/prepare/summary', painAndDesire);
      await screen.findByRole('heading', { level: 1 });
      await user.click(screen.getByText(/^Show \d+ more questions$/));
      const boxes = () =>
        screen.getAllByRole('checkbox').filter((box) => box.id.startsWith('question-'));
      const before = boxes().length;
      expect(before).toBeGreaterThan(10);

      await user.click(boxes()[0]!);
      expect(boxes()[0]).toBeChecked();

      await user.click(screen.getAllByRole('button', { name: /^Edit/ })[0]!);
      const field = screen.getByRole('textbox', { name: 'Edit this question' });
      await expectFocus(field);
      await user.clear(field);
      await user.type(field, 'Are you licensed in Ohio?{Enter}');
      expect(screen.getByRole('checkbox', { name: 'Are you licensed in Ohio?' })).toBeChecked();

      await user.click(screen.getAllByRole('button', { name: /^Remove/ })[1]!);
      expect(boxes()).toHaveLength(before - 1);

      await user.type(
        screen.getByRole('textbox', { name: 'Add a question of your own' }),
        'Do you have evening times?',
      );
      await user.click(screen.getByRole('button', { name: 'Add question' }));
      expect(screen.getByRole('checkbox', { name: 'Do you have evening times?' })).toBeVisible();
      expect(useAnswersStore.getState().answers.questionNotes?.added).toHaveLength(1);

      await user.click(screen.getByRole('button', { name: /Bring back 1 removed question/ }));
      expect(boxes()).toHaveLength(before + 1);
    },
  );

  it('refuses an empty question of one’s own', async () => {
    const { user } = renderApp('/prepare/summary', painAndDesire);
    await user.click(await screen.findByText(/^Show \d+ more questions$/));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByText('Type a question first')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Add a question of your own' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('lists the checks to make with a doctor', async () => {
    renderApp('/prepare/summary', painAndDesire);
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Things to check with a doctor',
    });
    expect(
      within(heading.closest('section')!).getByRole('heading', {
        name: 'A look at your medicines',
      }),
    ).toBeVisible();
  });
});

describe('next steps', () => {
  it('names the top suggestions and the doctor checks in a short list', async () => {
    renderApp('/prepare/summary', painAndDesire);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Your next steps' });
    const steps = within(heading.closest('section')!).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('Pain during sex');
    expect(steps.at(-1)).toHaveTextContent('A look at your medicines');
  });

  it('has no doctor step when nothing needs checking', async () => {
    renderApp('/prepare/summary', completedState({ concerns: ['communication'] }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Your next steps' });
    expect(within(heading.closest('section')!).getAllByRole('listitem')).toHaveLength(2);
  });
});
