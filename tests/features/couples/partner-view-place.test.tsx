import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { lookAwayCopy, privateViewCopy } from '../../../src/content/en/couples.ts';
import {
  countryInSentence,
  countryNames,
  countryQuestion,
} from '../../../src/content/en/countries.ts';
import { placeHelp, placePanelCopy } from '../../../src/content/en/places.ts';
import { emptyMarks } from '../../../src/questionnaire/privacy-marks.ts';
import { useCoupleStore, type PartnerRecord } from '../../../src/storage/couple-store.ts';
import { renderApp } from '../../support/render-app.tsx';
import { typicalAnswers } from '../../support/couple-fixtures.ts';

// A partner's own view, opened from the shared page, can change where that partner lives: the
// view, their saved record and the shared comparison follow it.

const record = (country?: 'uk' | 'us'): PartnerRecord => ({
  answers: typicalAnswers({
    who: 'couple-together',
    concerns: ['communication'],
    primaryConcern: 'communication',
    feelsUnsafe: 'no',
    ...(country ? { country } : {}),
  }),
  marks: emptyMarks(),
});

beforeEach(() => useCoupleStore.getState().clear());

async function openAlexView() {
  const couple = useCoupleStore.getState();
  couple.beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
  couple.finishTurn(record('uk'));
  useCoupleStore.getState().finishTurn(record());
  useCoupleStore.getState().openComparison();
  const view = renderApp('/together/view/a', { ageConfirmed: true });
  await view.user.click(await screen.findByRole('button', { name: lookAwayCopy.confirm('Alex') }));
  await screen.findByRole('heading', { level: 1, name: privateViewCopy.heading('Alex') });
  return { ...view, panel: screen.getByRole('region', { name: placePanelCopy.heading }) };
}

describe('where a partner lives, from their own view', () => {
  it('shows the partner’s own country, and saves a new one to their record', async () => {
    const { user, panel } = await openAlexView();
    expect(panel).toHaveTextContent(placePanelCopy.showingFor(countryInSentence.uk));

    await user.click(within(panel).getByText(placePanelCopy.change));
    const choices = within(panel).getByRole('group', { name: placePanelCopy.legend });
    await user.click(within(choices).getByRole('radio', { name: countryNames.au }));
    await user.click(within(panel).getByRole('button', { name: placePanelCopy.save }));

    expect(within(panel).getByRole('status')).toHaveTextContent(
      placePanelCopy.saved(countryInSentence.au),
    );
    expect(panel).toHaveTextContent(placeHelp.au.emergency);
    const saved = useCoupleStore.getState().partners.a;
    expect(saved && 'answers' in saved ? saved.answers.country : null).toBe('au');
    // The other partner's record is left as it was.
    const other = useCoupleStore.getState().partners.b;
    expect(other && 'answers' in other ? other.answers.country : 'missing').toBeUndefined();
  });

  it('"I’d rather not say" removes the country from the record', async () => {
    const { user, panel } = await openAlexView();
    await user.click(within(panel).getByText(placePanelCopy.change));
    const choices = within(panel).getByRole('group', { name: placePanelCopy.legend });
    await user.click(within(choices).getByRole('radio', { name: countryQuestion.notSay }));
    await user.click(within(panel).getByRole('button', { name: placePanelCopy.save }));
    expect(panel).toHaveTextContent(placePanelCopy.notSaid);
    const saved = useCoupleStore.getState().partners.a;
    expect(saved && 'answers' in saved && 'country' in saved.answers).toBe(false);
  });
});
