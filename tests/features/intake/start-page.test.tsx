import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../support/render-app.tsx';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { expectFocus } from '../../support/focus.ts';

describe('start page', () => {
  it('focuses the heading and names the page', async () => {
    renderApp('/');
    const heading = await screen.findByRole('heading', { level: 1 });
    await expectFocus(heading);
    expect(document.title).toContain('Consultation prep');
  });

  it('shows an error summary that takes focus when nothing is chosen', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const summary = await screen.findByRole('alert');
    await expectFocus(summary);
    const links = screen.getAllByRole('link', { name: /Choose who|18 or older/ });
    expect(links).toHaveLength(2);
    await user.click(links[1]!);
    await expectFocus(screen.getByRole('radio', { name: 'Yes, I am 18 or older' }));
  });

  it('starts the journey for an adult', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('radio', { name: 'Just me' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, I am 18 or older' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /What would you like help with/ }),
    ).toBeVisible();
    expect(useAnswersStore.getState().ageConfirmed).toBe(true);
  });

  it('sends someone under 18 to a kind page and keeps nothing', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('radio', { name: 'Just me' }));
    await user.click(screen.getByRole('radio', { name: 'No, I am under 18' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: /for adults/ })).toBeVisible();
    expect(useAnswersStore.getState().ageConfirmed).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('importing an answers file', () => {
  const upload = async (user: ReturnType<typeof renderApp>['user'], text: string) => {
    const input = await screen.findByLabelText('Open a saved answers file');
    await user.upload(input, new File([text], 'answers.json', { type: 'application/json' }));
  };

  it('explains a damaged file and changes nothing', async () => {
    const { user } = renderApp('/', { ageConfirmed: true, answered: ['concerns'] });
    const before = useAnswersStore.getState().answers;
    await upload(user, '{"format": "consult-prep.answers", "version": 1, "concerns": ["nope"]');
    expect(await screen.findByText(/could not be read/)).toBeVisible();
    expect(useAnswersStore.getState().answers).toBe(before);
  });

  it('names the answers that are wrong', async () => {
    const { user } = renderApp('/');
    await upload(
      user,
      JSON.stringify({
        format: 'consult-prep.answers',
        version: 1,
        who: 'individual',
        concerns: ['made-up'],
        primaryConcern: null,
        relationship: 'single',
        partnerTakingPart: 'not-applicable',
        feelsUnsafe: 'no',
        health: [],
        affirming: [],
      }),
    );
    expect(await screen.findByText(/what you would like help with/)).toBeVisible();
  });

  it('opens a good file at the check answers page', async () => {
    const { user } = renderApp('/');
    await upload(
      user,
      JSON.stringify({
        format: 'consult-prep.answers',
        version: 1,
        who: 'individual',
        concerns: ['shame'],
        primaryConcern: 'shame',
        relationship: 'single',
        partnerTakingPart: 'not-applicable',
        feelsUnsafe: 'prefer-not-to-say',
        health: [],
        affirming: ['faith-culture'],
      }),
    );
    await waitFor(() => expect(useAnswersStore.getState().answers.concerns).toEqual(['shame']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeVisible();
  });
});
