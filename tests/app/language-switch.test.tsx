import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Frame } from '../../src/app/frame.tsx';
import { AppRoutes } from '../../src/app/routes.tsx';
import { useLanguage } from '../../src/components/domain/use-language.ts';
import { setCatalogue } from '../../src/content/locale.ts';
import { preferencesCopy as englishPreferences } from '../../src/content/en/steps.ts';
import { preferencesCopy as spanishPreferences } from '../../src/content/es/steps.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { LANGUAGE_KEY } from '../../src/storage/language-choice.ts';
import { freshState, useAnswersStore } from '../../src/storage/answers-store.ts';

// Switching language on a page changes its words in place: nothing reloads, so what the person
// has half typed stays, and their answers stay in the store.

/** As main.tsx does: the tree is built again when the language changes. */
function Root() {
  useLanguage();
  return (
    <MemoryRouter initialEntries={['/prepare/6']}>
      <Frame>
        <AppRoutes />
      </Frame>
    </MemoryRouter>
  );
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  useAnswersStore.setState({
    ...freshState(),
    ageConfirmed: true,
    answered: ['concerns', 'details', 'relationship', 'health', 'goals'],
    answers: { ...emptyAnswers(), concerns: ['low-desire'], relationship: 'single' },
  });
});
afterEach(() => setCatalogue('en'));

describe('the language switch', () => {
  it('turns the page into Spanish and back, keeping half-typed words', async () => {
    const user = userEvent.setup();
    render(<Root />);
    const town = await screen.findByRole('textbox', { name: englishPreferences.location });
    await user.type(town, 'Toledo');

    const toSpanish = screen.getByRole('link', { name: 'Español' });
    expect(toSpanish).toHaveAttribute('lang', 'es');
    await user.click(toSpanish);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: new RegExp(spanishPreferences.heading),
      }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: spanishPreferences.location })).toHaveValue(
      'Toledo',
    );
    expect(useAnswersStore.getState().answers.concerns).toEqual(['low-desire']);
    // Kept with the answers: in this tab, the default home for answers.
    expect(sessionStorage.getItem(LANGUAGE_KEY)).toBe('es');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();

    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        englishPreferences.heading,
      ),
    );
    expect(screen.getByRole('textbox', { name: englishPreferences.location })).toHaveValue(
      'Toledo',
    );
    expect(sessionStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });
});
