import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { preferencesCopy } from '../../../src/content/en/steps.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import type { CountryId } from '../../../src/questionnaire/ids.ts';
import { renderApp } from '../../support/render-app.tsx';

// The town-or-state box on the preferences step speaks of US state licences only to people in
// the US, or who have not said where they live.

const openPreferences = (country?: CountryId) =>
  renderApp('/prepare/6', {
    ageConfirmed: true,
    answers: { ...emptyAnswers(), concerns: ['communication'], ...(country ? { country } : {}) },
    answered: ['concerns', 'details', 'relationship', 'health', 'goals'],
  });

describe('the hint under “Your town, city or state”', () => {
  it.each([
    ['not said', undefined, preferencesCopy.locationHint],
    ['the US', 'us', preferencesCopy.locationHint],
    ['the UK', 'uk', preferencesCopy.locationHintElsewhere],
    ['Canada', 'ca', preferencesCopy.locationHintElsewhere],
    ['somewhere else', 'other', preferencesCopy.locationHintElsewhere],
  ] as const)('for %s', async (_, country, hint) => {
    openPreferences(country);
    const box = await screen.findByRole('textbox', { name: preferencesCopy.location });
    expect(box).toHaveAccessibleDescription(expect.stringContaining(hint));
    const other =
      hint === preferencesCopy.locationHint
        ? preferencesCopy.locationHintElsewhere
        : preferencesCopy.locationHint;
    expect(screen.queryByText(other)).toBeNull();
  });
});
