import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { appCopy } from '../../../src/content/en/app.ts';
import {
  compareCopy,
  entryCopy,
  notebookHomeCopy,
  notebookLinks,
} from '../../../src/content/en/notebook.ts';
import {
  emptyNotebook,
  emptyTherapistNote,
  NOTEBOOK_MAX_THERAPISTS,
  type Notebook,
} from '../../../src/questionnaire/notebook.ts';
import { resultsCopy } from '../../../src/content/en/results.ts';
import { planFor, noPlanContext } from '../../../src/features/results/checklist-entries.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { useCoupleStore } from '../../../src/storage/couple-store.ts';
import { togetherCallQuestions } from '../../../src/features/couples/couple-call-questions.ts';
import { emptyMarks } from '../../../src/questionnaire/privacy-marks.ts';
import { typicalAnswers } from '../../support/couple-fixtures.ts';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { expectFocus } from '../../support/focus.ts';

function notebookOf(...names: string[]): Notebook {
  return {
    ...emptyNotebook(),
    therapists: names.map((name, n) => ({ ...emptyTherapistNote(`t-${n + 1}`), name })),
  };
}

const stored = () => useAnswersStore.getState().notebook.therapists;

afterEach(() => useCoupleStore.getState().clear());

describe('the notebook page', () => {
  it('starts empty, is reached from every footer, and offers to add someone', async () => {
    const { user } = renderApp('/help');
    const footer = screen.getByRole('navigation', { name: appCopy.footerNav });
    await user.click(within(footer).getByRole('link', { name: appCopy.footerLinks.notes }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: notebookHomeCopy.title }));
    expect(screen.getByText(notebookHomeCopy.empty)).toBeVisible();
    expect(screen.getByText(notebookHomeCopy.compareNeedsTwo)).toBeVisible();
    expect(screen.queryByRole('link', { name: notebookHomeCopy.compare })).toBeNull();
    expect(screen.getByRole('link', { name: notebookHomeCopy.add })).toBeVisible();
  });

  it('adds a therapist, says so kindly when a warning sign is ticked, and lists them', async () => {
    const { user } = renderApp('/notes');
    await user.click(await screen.findByRole('link', { name: notebookHomeCopy.add }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: /Add a therapist/ }));
    expect(document.title).toContain(entryCopy.newTitle);
    await user.type(screen.getByLabelText(entryCopy.about.name), 'Dr Rivera');
    // Saved while typing: a reload now would keep it.
    expect(stored()[0]?.name).toBe('Dr Rivera');
    expect(screen.queryByText(entryCopy.warnings.keepLooking)).toBeNull();
    await user.click(screen.getByLabelText(entryCopy.warnings.items['quick-cure']));
    expect(screen.getByText(entryCopy.warnings.keepLooking)).toBeVisible();
    const heard = screen.getByRole('group', { name: entryCopy.felt.heard });
    await user.click(within(heard).getByLabelText(entryCopy.feltChoices.partly));
    await user.click(screen.getByRole('button', { name: entryCopy.save }));

    await expectFocus(screen.findByRole('heading', { level: 1, name: notebookHomeCopy.title }));
    expect(screen.getByRole('status')).toHaveTextContent(notebookHomeCopy.saved('Dr Rivera'));
    expect(screen.getByRole('heading', { level: 3, name: 'Dr Rivera' })).toBeVisible();
    expect(screen.getByText(notebookHomeCopy.warningCount(1))).toBeVisible();
    expect(stored()).toEqual([
      expect.objectContaining({
        name: 'Dr Rivera',
        impressions: {
          self: expect.objectContaining({ heard: 'partly', warnings: ['quick-cure'] }),
        },
      }),
    ]);
  });

  it('leaves an untouched new entry unsaved', async () => {
    const { user } = renderApp('/notes/new');
    await user.click(await screen.findByRole('button', { name: entryCopy.save }));
    await screen.findByRole('heading', { level: 1, name: notebookHomeCopy.title });
    expect(stored()).toEqual([]);
  });

  it('refuses a note that is too long, links to it, and keeps the last good version', async () => {
    const { user } = renderApp('/notes/new');
    const fees = await screen.findByLabelText(entryCopy.offer.fees);
    await user.type(fees, '$90');
    await user.click(fees);
    await user.paste('x'.repeat(200));
    await user.click(screen.getByRole('button', { name: entryCopy.save }));
    const summary = await screen.findByRole('alert');
    await expectFocus(Promise.resolve(summary));
    expect(document.title).toMatch(/^Error: /);
    const link = within(summary).getByRole('link', { name: /Fees can be up to 200 characters/ });
    await user.click(link);
    expect(fees).toHaveFocus();
    expect(fees).toHaveAccessibleDescription(expect.stringContaining('It has 203 now'));
    expect(stored()[0]?.fees).toBe('$90');
  });

  it('asks before removing, and keeps the notes when the person says no', async () => {
    const { user } = renderApp('/notes', { notebook: notebookOf('Ana', 'Bo') });
    await user.click(await screen.findByRole('button', { name: 'Remove notes on Ana' }));
    const confirm = screen.getByRole('group', { name: 'Ana' });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: notebookHomeCopy.confirmNo }));
    expect(stored()).toHaveLength(2);
    // Focus goes back where it was, not to the top of the page.
    await expectFocus(screen.getByRole('button', { name: 'Remove notes on Ana' }));
    await user.click(screen.getByRole('button', { name: 'Remove notes on Ana' }));
    await user.click(screen.getByRole('button', { name: notebookHomeCopy.confirmYes }));
    expect(stored().map((entry) => entry.name)).toEqual(['Bo']);
    await expectFocus(
      screen.getByRole('heading', { level: 2, name: notebookHomeCopy.listHeading }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(notebookHomeCopy.removed('Ana'));
  });

  it('holds at most ten, and says so instead of offering to add more', async () => {
    const names = Array.from({ length: NOTEBOOK_MAX_THERAPISTS }, (_, n) => `T${n + 1}`);
    renderApp('/notes', { notebook: notebookOf(...names) });
    expect(await screen.findByText(notebookHomeCopy.full(NOTEBOOK_MAX_THERAPISTS))).toBeVisible();
    expect(screen.queryByRole('link', { name: notebookHomeCopy.addAnother })).toBeNull();
  });

  it('a full notebook explains itself on the add page too', async () => {
    const names = Array.from({ length: NOTEBOOK_MAX_THERAPISTS }, (_, n) => `T${n + 1}`);
    renderApp('/notes/new', { notebook: notebookOf(...names) });
    expect(await screen.findByText(notebookHomeCopy.full(NOTEBOOK_MAX_THERAPISTS))).toBeVisible();
    expect(screen.queryByRole('button', { name: entryCopy.save })).toBeNull();
  });

  it('an old link to removed notes gets a kind page', async () => {
    renderApp('/notes/t-42', { notebook: notebookOf('Ana') });
    await expectFocus(screen.findByRole('heading', { level: 1, name: entryCopy.notFoundTitle }));
    expect(screen.getByRole('link', { name: entryCopy.notFoundLink })).toBeVisible();
  });
});

describe('the plan’s questions on each call', () => {
  const state = completedState({
    concerns: ['sexual-pain'],
    primaryConcern: 'sexual-pain',
    relationship: 'married',
    partnerTakingPart: 'no',
    feelsUnsafe: 'no',
    country: 'uk',
  });

  it('asks each “start with these” question, and keeps what they said', async () => {
    const { user } = renderApp('/notes/new', state);
    const answers = useAnswersStore.getState().answers;
    const plan = planFor(answers, evaluate(answers), noPlanContext).start;
    expect(plan.length).toBeGreaterThan(1);
    const questions = await screen.findByRole('group', { name: entryCopy.questions.legend });
    for (const question of plan) {
      expect(within(questions).getByRole('group', { name: question.text })).toBeVisible();
    }
    const first = within(questions).getByRole('group', { name: plan[0]!.text });
    await user.click(within(first).getByLabelText(entryCopy.questions.said.yes));
    expect(stored()[0]?.impressions.self?.asked).toEqual([
      { id: plan[0]!.id, text: plan[0]!.text, said: 'yes', note: '' },
    ]);
  });

  it('gives the licence check for where the person lives', async () => {
    renderApp('/notes/new', state);
    const licence = await screen.findByRole('group', { name: entryCopy.licence.legend });
    expect(licence).toHaveAccessibleDescription(entryCopy.licence.how.uk);
  });

  it('before the summary, says where the questions will come from', async () => {
    renderApp('/notes/new');
    expect(await screen.findByText(entryCopy.questions.none)).toBeVisible();
    expect(screen.getByRole('group', { name: entryCopy.felt.heard })).toBeVisible();
  });
});

describe('a couple on one device', () => {
  it('gives each partner their own view of the same call', async () => {
    useCoupleStore.setState({ mode: 'together', names: { a: 'Alex', b: 'Sam' } });
    const { user } = renderApp('/notes/new');
    const alex = await screen.findByRole('region', { name: entryCopy.owners.partner('Alex') });
    const sam = screen.getByRole('region', { name: entryCopy.owners.partner('Sam') });
    const gut = (region: HTMLElement) =>
      within(region).getByRole('group', { name: entryCopy.gut.legend });
    await user.click(within(gut(alex)).getByLabelText(entryCopy.gut.book));
    await user.click(within(gut(sam)).getByLabelText(entryCopy.gut.maybe));
    await waitFor(() =>
      expect(stored()[0]?.impressions).toEqual({
        a: expect.objectContaining({ gut: 'book', by: 'Alex' }),
        b: expect.objectContaining({ gut: 'maybe', by: 'Sam' }),
      }),
    );
  });
});

describe('a couple on one device, after both turns', () => {
  it('asks the shared view’s questions on each call', async () => {
    const record = { answers: typicalAnswers({ who: 'couple-together' }), marks: emptyMarks() };
    const couple = {
      mode: 'together' as const,
      names: { a: 'Alex', b: 'Sam' },
      partners: { a: record, b: record },
    };
    useCoupleStore.setState(couple);
    const expected = togetherCallQuestions(couple)!;
    expect(expected.length).toBeGreaterThan(1);
    renderApp('/notes/new', completedState({ who: 'couple-together' }));
    const alex = await screen.findByRole('region', { name: entryCopy.owners.partner('Alex') });
    for (const question of expected) {
      expect(within(alex).getByRole('group', { name: question.text })).toBeVisible();
    }
  });
});

describe('the comparison page', () => {
  it('shows a real table: a column per therapist and a row header per thing noted', async () => {
    renderApp('/notes/compare', { notebook: notebookOf('Ana', 'Bo') });
    await expectFocus(screen.findByRole('heading', { level: 1, name: compareCopy.title }));
    const table = screen.getByRole('table', { name: compareCopy.caption });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([compareCopy.aspect, 'Ana', 'Bo']);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rows[0]).toBe(compareCopy.warnings);
    expect(screen.getByRole('button', { name: compareCopy.print })).toBeVisible();
    expect(screen.getByRole('list', { name: compareCopy.cards })).toBeInTheDocument();
  });

  it('with more than five, asks who to compare, and needs at least two', async () => {
    const { user } = renderApp('/notes/compare', {
      notebook: notebookOf('A1', 'B2', 'C3', 'D4', 'E5', 'F6'),
    });
    const chooser = await screen.findByRole('group', { name: compareCopy.chooseLegend });
    // The most recent five to begin with.
    expect(within(chooser).getByLabelText('A1')).not.toBeChecked();
    expect(within(chooser).getByLabelText('F6')).toBeChecked();
    for (const name of ['C3', 'D4', 'E5', 'F6']) {
      await user.click(within(chooser).getByLabelText(name));
    }
    expect(within(chooser).getByText(compareCopy.chooseTooFew)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(within(chooser).getByLabelText('A1'));
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([compareCopy.aspect, 'A1', 'B2']);
  });

  it('with fewer than two, says what to do', async () => {
    renderApp('/notes/compare', { notebook: notebookOf('Ana') });
    expect(await screen.findByText(compareCopy.needTwo)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('the summary', () => {
  it('leads on to the notebook after the next steps', async () => {
    const { user } = renderApp('/prepare/summary', completedState({ concerns: ['shame'] }));
    const steps = (
      await screen.findByRole('heading', { level: 2, name: resultsCopy.nextStepsHeading })
    ).closest('section')!;
    await user.click(within(steps).getByRole('link', { name: notebookLinks.summaryLink }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: notebookHomeCopy.title }));
  });
});
