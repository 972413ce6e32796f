import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { foreignNumbersIn, placeNumbers } from '../../support/place-facts.ts';
import { countryIds, type CountryId } from '../../../src/questionnaire/ids.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { summaryMarkdown } from '../../../src/features/results/summary-text.ts';
import { emptyAnswers, type Answers } from '../../../src/questionnaire/answers.ts';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { otherPlacesCopy, placePanelCopy } from '../../../src/content/en/places.ts';

// The summary for a person in each country: their lines, their checks, and no other country's
// number anywhere on the page or in the copied summary.

const everyCard: Partial<Answers> = {
  who: 'individual',
  concerns: ['sexual-trauma', 'postpartum', 'low-desire'],
  primaryConcern: 'sexual-trauma',
  relationship: 'partnered',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'yes',
  health: ['pregnancy-postpartum'],
};
const inCountry = (country?: CountryId) =>
  completedState({ ...everyCard, ...(country ? { country } : {}) });

const pageText = () => document.body.textContent ?? '';

describe('the summary, by where the person lives', () => {
  it.each(countryIds)('%s: shows its own lines and no other country’s number', async (country) => {
    renderApp('/prepare/summary', inCountry(country));
    await screen.findByRole('heading', { level: 2, name: placePanelCopy.heading });
    const text = pageText();
    const own = placeNumbers[country];
    for (const number of [...own.emergency, ...own.crisis, ...own.domesticAbuse]) {
      expect(text).toContain(number);
    }
    expect(foreignNumbersIn(text, country)).toEqual([]);
    expect(screen.queryByText(otherPlacesCopy.summary)).toBeNull();
  });

  it.each(countryIds)('%s: the copied summary has no other country’s number', (country) => {
    const answers = { ...emptyAnswers(), ...everyCard, country };
    const text = summaryMarkdown(answers, evaluate(answers));
    expect(foreignNumbersIn(text, country)).toEqual([]);
    for (const number of placeNumbers[country].crisis) expect(text).toContain(number);
  });

  it('with no country said, shows the US lines and the others behind one “Somewhere else?”', async () => {
    renderApp('/prepare/summary', inCountry());
    await screen.findByRole('heading', { level: 2, name: placePanelCopy.heading });
    expect(screen.getAllByText(otherPlacesCopy.summary)).toHaveLength(1);
    const fold = screen.getByText(otherPlacesCopy.summary).closest('details')!;
    expect(fold.open).toBe(false);
    expect(within(fold).getByRole('heading', { name: 'United Kingdom' })).toBeInTheDocument();
    expect(fold.textContent).toContain('116 123');
    const outside = pageText().replace(fold.textContent ?? '', '');
    expect(foreignNumbersIn(outside, 'us')).toEqual([]);
    expect(outside).toContain('988');
  });

  it('speaks of UK accreditation, not a US state licence, for a person in the UK', async () => {
    renderApp('/prepare/summary', inCountry('uk'));
    await screen.findByRole('heading', { level: 2, name: placePanelCopy.heading });
    const text = pageText();
    expect(text).toContain('COSRT');
    expect(text).not.toMatch(/state licen[cs]e|LMFT|in which state/i);
    expect(text).toContain('Psychology Today (its UK site)');
  });

  it('names a US state licence for a person in the US', async () => {
    renderApp('/prepare/summary', inCountry('us'));
    await screen.findByRole('heading', { level: 2, name: placePanelCopy.heading });
    expect(pageText()).toMatch(/state licence/);
    expect(pageText()).not.toContain('COSRT');
  });

  it('changes where the person lives from the summary, and the lines follow', async () => {
    const { user } = renderApp('/prepare/summary', inCountry('au'));
    await screen.findByRole('heading', { level: 2, name: placePanelCopy.heading });
    expect(pageText()).toContain('13 11 14');
    await user.click(screen.getByText(placePanelCopy.change));
    const form = screen.getByRole('group', { name: placePanelCopy.legend });
    expect(within(form).getByRole('radio', { name: 'Australia' })).toBeChecked();
    await user.click(within(form).getByRole('radio', { name: 'New Zealand' }));
    await user.click(screen.getByRole('button', { name: placePanelCopy.save }));
    expect(useAnswersStore.getState().answers.country).toBe('nz');
    expect(await screen.findByText(placePanelCopy.saved('New Zealand'))).toBeInTheDocument();
    expect(pageText()).toContain('0800 733 843');
    expect(foreignNumbersIn(pageText(), 'nz')).toEqual([]);
  });

  it('forgets the country when the person would rather not say', async () => {
    const { user } = renderApp('/prepare/summary', inCountry('ie'));
    await user.click(await screen.findByText(placePanelCopy.change));
    await user.click(screen.getByRole('radio', { name: 'I’d rather not say' }));
    await user.click(screen.getByRole('button', { name: placePanelCopy.save }));
    expect('country' in useAnswersStore.getState().answers).toBe(false);
    expect(await screen.findByText(placePanelCopy.savedNotSaid)).toBeInTheDocument();
    expect(screen.getAllByText(otherPlacesCopy.summary)).toHaveLength(1);
  });
});
