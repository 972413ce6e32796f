import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { foreignNumbersIn, placeNumbers } from '../../support/place-facts.ts';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { countryQuestion } from '../../../src/content/en/countries.ts';
import { otherPlacesCopy, placePanelCopy } from '../../../src/content/en/places.ts';

// "Where do you live?" is asked once, on the start page, with nothing chosen until the person
// chooses; the help page then speaks of that country alone.

async function startWith(country?: string) {
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('radio', { name: 'Just me' }));
  await user.click(screen.getByRole('radio', { name: 'Yes, I am 18 or older' }));
  if (country) await user.click(screen.getByRole('radio', { name: country }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await screen.findByRole('heading', { level: 1, name: /What would you like help with/ });
}

describe('where you live, on the start page', () => {
  it('asks with nothing chosen, and guesses nothing', async () => {
    renderApp('/');
    const group = await screen.findByRole('group', { name: countryQuestion.legend });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(8);
    for (const radio of radios) expect(radio).not.toBeChecked();
  });

  it('keeps the country chosen', async () => {
    await startWith('United Kingdom');
    expect(useAnswersStore.getState().answers.country).toBe('uk');
  });

  it('keeps no country when none is chosen', async () => {
    await startWith();
    expect('country' in useAnswersStore.getState().answers).toBe(false);
  });

  it('forgets a country chosen before when the person would rather not say', async () => {
    useAnswersStore.getState().setCountry('ca');
    const { user } = renderApp('/', { answers: useAnswersStore.getState().answers });
    expect(await screen.findByRole('radio', { name: 'Canada' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Just me' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, I am 18 or older' }));
    await user.click(screen.getByRole('radio', { name: countryQuestion.notSay }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: /What would you like help with/ });
    expect('country' in useAnswersStore.getState().answers).toBe(false);
  });

  it('shows the choice again when the person comes back to the start page', async () => {
    renderApp('/', completedState({ country: 'ie' }));
    expect(await screen.findByRole('radio', { name: 'Ireland' })).toBeChecked();
  });
});

describe('the help page', () => {
  it('shows only the chosen country’s lines', async () => {
    renderApp('/help', completedState({ country: 'nz' }));
    await screen.findByRole('heading', { level: 1, name: 'Need help now?' });
    const text = document.body.textContent ?? '';
    for (const number of [...placeNumbers.nz.crisis, ...placeNumbers.nz.domesticAbuse]) {
      expect(text).toContain(number);
    }
    expect(foreignNumbersIn(text, 'nz')).toEqual([]);
    expect(screen.queryByText(otherPlacesCopy.summary)).toBeNull();
    expect(screen.getAllByRole('link', { name: /Call 1737/ })[0]).toHaveAttribute(
      'href',
      'tel:1737',
    );
  });

  it('with no country, shows the US lines and every other country behind one fold', async () => {
    renderApp('/help');
    await screen.findByRole('heading', { level: 1, name: 'Need help now?' });
    expect(screen.getAllByText(otherPlacesCopy.summary)).toHaveLength(1);
    expect(screen.getByText(placePanelCopy.notSaid)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Call 988' }).length).toBeGreaterThan(0);
  });
});
