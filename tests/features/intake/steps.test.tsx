import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { safetyCopy } from '../../../src/content/en/safety.ts';
import { expectFocus } from '../../support/focus.ts';

const started = { ageConfirmed: true, answered: [] as never[] };

describe('question pages', () => {
  it('focuses the heading and names the step in the title', async () => {
    renderApp('/prepare/1', started);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: /What would you like help with/,
    });
    await expectFocus(heading);
    expect(document.title).toMatch(/^Step 1 of 6 – .* – Consultation prep$/);
    expect(document.title).not.toMatch(/sex/i);
  });

  it('offers all 31 concerns in themed groups, with not sure and something else', async () => {
    renderApp('/prepare/1', started);
    await screen.findByRole('heading', { level: 1 });
    const groups = screen.getAllByRole('group');
    expect(groups.length).toBeGreaterThanOrEqual(6);
    const concernBoxes = screen
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).name === 'concerns');
    expect(concernBoxes).toHaveLength(31);
    expect(screen.getByRole('checkbox', { name: 'I’m not sure yet' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Something else' })).toBeVisible();
  });

  it('asks for at least one choice, with a focused error summary that links to the field', async () => {
    const { user } = renderApp('/prepare/1', started);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await expectFocus(summary);
    expect(document.title).toMatch(/^Error: /);
    await user.click(within(summary).getByRole('link'));
    await expectFocus(screen.getByRole('checkbox', { name: 'Low or lost desire for sex' }));
    expect(useAnswersStore.getState().answered).toEqual([]);
  });

  it('saves chosen concerns and moves on to the next step', async () => {
    const { user } = renderApp('/prepare/1', started);
    await user.click(await screen.findByRole('checkbox', { name: 'Pain during or after sex' }));
    await user.click(screen.getByRole('checkbox', { name: 'Something else' }));
    await user.type(screen.getByRole('textbox', { name: /Tell us in a few words/ }), 'Sleep');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: /Tell us a little more/ }));
    const { answers, answered } = useAnswersStore.getState();
    expect(answers.concerns).toEqual(['sexual-pain']);
    expect(answers.otherConcern).toBe('Sleep');
    expect(answered).toEqual(['concerns']);
  });

  it('accepts “I’d rather not say for now” in place of a topic', async () => {
    const { user } = renderApp('/prepare/1', started);
    await user.click(await screen.findByRole('checkbox', { name: 'I’d rather not say for now' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Tell us a little more/ });
    expect(useAnswersStore.getState().answers.concernsPreferNotToSay).toBe(true);
    expect(useAnswersStore.getState().answers.concerns).toEqual([]);
  });

  it('asks which concern matters most when there are several, and saves the choice', async () => {
    const { user } = renderApp('/prepare/2', {
      ageConfirmed: true,
      answered: ['concerns'],
      answers: { ...emptyAnswers(), concerns: ['low-desire', 'shame'] },
    });
    const primary = await screen.findByRole('group', { name: /Which matters most.*\(optional\)/ });
    await user.click(
      within(primary).getByRole('radio', {
        name: 'Shame or guilt about sex from family, faith or culture',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Your relationship/ });
    expect(useAnswersStore.getState().answers.primaryConcern).toBe('shame');
  });

  it('goes on from step 2 with nothing chosen, and stores no main topic', async () => {
    const { user } = renderApp('/prepare/2', {
      ageConfirmed: true,
      answered: ['concerns'],
      answers: { ...emptyAnswers(), concerns: ['low-desire', 'shame'] },
    });
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Your relationship/ });
    expect(screen.queryByRole('alert')).toBeNull();
    const { answers, answered } = useAnswersStore.getState();
    expect(answers.primaryConcern).toBeNull();
    expect(answers.concernDetails).toEqual({});
    expect(answered).toContain('details');
  });

  it('marks every details question optional and offers “I’d rather not say” in each', async () => {
    renderApp('/prepare/2', {
      ageConfirmed: true,
      answered: ['concerns'],
      answers: { ...emptyAnswers(), concerns: ['sexual-pain', 'low-desire'] },
    });
    await screen.findByRole('heading', { level: 1 });
    const radioGroups = screen
      .getAllByRole('group')
      .filter((group) => within(group).queryAllByRole('radio').length > 0);
    // Three questions for each of the two topics, and which matters most.
    expect(radioGroups).toHaveLength(7);
    for (const group of radioGroups) {
      expect(group).toHaveAccessibleName(/\(optional\)$/);
      if (group.id === 'primary' || group.querySelector('#primary-equal')) continue;
      expect(within(group).getByRole('radio', { name: 'I’d rather not say' })).toBeVisible();
    }
  });

  it('asks a topic someone explores what they would like, never how long or how much', async () => {
    const { user } = renderApp('/prepare/2', {
      ageConfirmed: true,
      answered: ['concerns'],
      answers: { ...emptyAnswers(), concerns: ['sexual-orientation', 'erectile-difficulty'] },
    });
    const exploring = await screen.findByRole('region', {
      name: 'Exploring my sexual orientation or identity',
    });
    expect(within(exploring).queryByRole('group', { name: /How long/ })).toBeNull();
    expect(within(exploring).queryByRole('group', { name: /bother/ })).toBeNull();
    expect(within(exploring).queryByRole('group', { name: /every time/ })).toBeNull();
    const wishes = within(exploring).getByRole('group', {
      name: 'What would you like from a therapist? (optional)',
    });
    expect(within(wishes).getByRole('checkbox', { name: 'I’d rather not say' })).toBeVisible();
    const difficulty = screen.getByRole('region', { name: 'Getting or keeping an erection' });
    expect(within(difficulty).getByRole('group', { name: /How long/ })).toBeVisible();
    expect(within(difficulty).queryByRole('group', { name: /like from a therapist/ })).toBeNull();

    await user.click(within(wishes).getByRole('checkbox', { name: 'To feel accepted as I am' }));
    await user.click(
      within(wishes).getByRole('checkbox', { name: 'Room to explore, at my own pace' }),
    );
    await user.click(within(difficulty).getByRole('radio', { name: 'As long as I can remember' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Your relationship/ });
    expect(useAnswersStore.getState().answers.concernDetails).toEqual({
      'sexual-orientation': { wishes: ['room-to-explore', 'feel-accepted'] },
      'erectile-difficulty': { duration: 'always' },
    });
  });

  it('asks a single person about safety, but not about a partner', async () => {
    const { user } = renderApp('/prepare/3', {
      ageConfirmed: true,
      answered: ['concerns', 'details'],
    });
    await user.click(await screen.findByRole('radio', { name: 'Single' }));
    expect(screen.queryByRole('group', { name: /partner come/ })).toBeNull();
    expect(
      screen.getByRole('group', { name: /anyone, such as an ex or a family member/ }),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Married or in a civil partnership' }));
    expect(screen.getByRole('group', { name: /partner come/ })).toBeVisible();
    expect(screen.getByRole('group', { name: /afraid of a partner/ })).toBeVisible();
  });

  it('gives the partner question a reason and lets it be left unanswered', async () => {
    const { user } = renderApp('/prepare/3', {
      ageConfirmed: true,
      answered: ['concerns', 'details'],
    });
    await user.click(await screen.findByRole('radio', { name: 'Dating' }));
    const partner = screen.getByRole('group', { name: /partner come.*\(optional\)$/ });
    expect(partner).toHaveAccessibleDescription(/see partners together/);
    const safety = screen.getByRole('group', { name: /afraid/ });
    await user.click(within(safety).getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Health and body/ });
    expect(useAnswersStore.getState().answers.partnerTakingPart).toBe('not-applicable');
  });

  it('brings safety-first help to the top of the summary when a single person says yes', async () => {
    const { user } = renderApp('/prepare/3', {
      ageConfirmed: true,
      answered: ['concerns', 'details'],
      answers: { ...emptyAnswers(), concerns: ['low-desire'], primaryConcern: 'low-desire' },
    });
    await user.click(await screen.findByRole('radio', { name: 'Single' }));
    const safety = screen.getByRole('group', { name: /afraid or unsafe/ });
    await user.click(within(safety).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByRole('link', { name: 'See who you can talk to now' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Health and body/ });
    const { answers } = useAnswersStore.getState();
    expect(answers.relationship).toBe('single');
    expect(answers.feelsUnsafe).toBe('yes');

    cleanup();
    renderApp('/prepare/summary', completedState(answers));
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings[0]).toHaveTextContent('Support you can reach today');
    const firstHelp = screen.getAllByRole('heading', { level: 3 })[0];
    expect(firstHelp).toHaveTextContent(safetyCopy['unsafe-relationship'].title);
  });

  it('offers support straight away when someone is afraid of a partner', async () => {
    const { user } = renderApp('/prepare/3', {
      ageConfirmed: true,
      answered: ['concerns', 'details'],
    });
    await user.click(
      await screen.findByRole('radio', { name: 'Separated or going through a break-up' }),
    );
    const safety = screen.getByRole('group', { name: /afraid/ });
    await user.click(within(safety).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByRole('link', { name: 'See who you can talk to now' })).toBeVisible();
  });

  it('lets the health step be skipped as a whole', async () => {
    const { user } = renderApp('/prepare/4', {
      ageConfirmed: true,
      answered: ['concerns', 'details', 'relationship'],
      answers: { ...emptyAnswers(), health: ['alcohol'] },
    });
    await user.click(await screen.findByRole('button', { name: 'Skip this step' }));
    await screen.findByRole('heading', { level: 1, name: /What you hope for/ });
    expect(useAnswersStore.getState().answers.health).toEqual([]);
    expect(useAnswersStore.getState().answers.healthSkipped).toBe(true);
  });

  it('refuses health items together with "I’d rather not say"', async () => {
    const { user } = renderApp('/prepare/4', {
      ageConfirmed: true,
      answered: ['concerns', 'details', 'relationship'],
    });
    await user.click(await screen.findByRole('checkbox', { name: /Blood pressure medicine/ }));
    await user.click(screen.getByRole('checkbox', { name: 'I’d rather not say' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectFocus(screen.findByRole('alert'));
  });

  it('sends a deep link past the first open step back to that step', async () => {
    renderApp('/prepare/5', { ageConfirmed: true, answered: ['concerns'] });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Tell us a little more/ }),
    ).toBeVisible();
  });

  it('sends a deep link without a start back to the start page', async () => {
    renderApp('/prepare/summary');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Get ready for a first consultation' }),
    ).toBeVisible();
  });

  it('shows a helpful page for an unknown path', async () => {
    renderApp('/prepare/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the start' })).toBeVisible();
  });

  it('returns to check answers after a change', async () => {
    const { user } = renderApp('/prepare/check', completedState({ concerns: ['aging'] }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('link', { name: /Change what you would like help with/ }));
    await user.click(
      await screen.findByRole('checkbox', { name: 'Intimacy changing as we get older' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Exploring kink, BDSM or less common interests' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: 'Check your answers' }));
    expect(useAnswersStore.getState().answers.concerns).toEqual(['kink-interests']);
  });
});
