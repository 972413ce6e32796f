import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deleteCopy } from '../../../src/content/en/privacy-pages.ts';
import { serializeState } from '../../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../../src/storage/storage-backend.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { bootApp } from '../../support/boot-app.tsx';
import { expectFocus } from '../../support/focus.ts';

describe('delete everything', () => {
  it('deletes every answer and setting after one confirmation', async () => {
    localStorage.setItem('consult-prep.settings', '{"anything":"of ours"}');
    sessionStorage.setItem(
      STATE_KEY,
      serializeState({
        ageConfirmed: true,
        answered: ['concerns'],
        answers: { ...emptyAnswers(), concerns: ['shame'] },
      }),
    );
    const app = await bootApp('/delete');
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(true);
    await app.user.click(await screen.findByRole('button', { name: deleteCopy.confirm }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: deleteCopy.doneTitle }));
    expect(screen.getByText(deleteCopy.doneBody)).toBeVisible();
    expect(sessionStorage.length + localStorage.length).toBe(0);
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);
  });

  it('changes nothing when the person keeps everything', async () => {
    sessionStorage.setItem(STATE_KEY, 'something');
    const app = await bootApp('/delete');
    await app.user.click(await screen.findByRole('button', { name: deleteCopy.cancel }));
    expect(sessionStorage.getItem(STATE_KEY)).toBe('something');
  });
});
