import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { typicalLink } from '../../support/therapist-link-fixtures.ts';
import { activateLink, clearLink } from '../../support/link-state.ts';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { answersSchema } from '../../../src/questionnaire/answers.ts';
import { planCopy } from '../../../src/content/en/plan.ts';
import { concernCopy } from '../../../src/content/en/concerns.ts';
import { detailsCopy } from '../../../src/content/en/steps.ts';

// The plan at the top of the summary: "Start with these", "How to start the call", "What to
// listen for", and "More questions you could ask" closed until opened.

const painAlone = completedState({
  concerns: ['sexual-pain'],
  primaryConcern: 'sexual-pain',
  relationship: 'married',
  partnerTakingPart: 'no',
  feelsUnsafe: 'no',
});

const section = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section')!;
const questionBoxes = (within_: HTMLElement) =>
  within(within_)
    .queryAllByRole('checkbox')
    .filter((box) => box.id.startsWith('question-'));

afterEach(() => clearLink());

describe('the plan', () => {
  it('opens with the shortlist, in the engine’s order, each with why it is there', async () => {
    renderApp('/prepare/summary', painAlone);
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map(
      (h) => h.textContent,
    );
    expect(headings.slice(0, 3)).toEqual([
      'Start with these',
      'How to start the call',
      'What to listen for',
    ]);
    const start = await section('Start with these');
    const expected = evaluate(useAnswersStore.getState().answers).shortlist;
    const boxes = questionBoxes(start);
    expect(boxes.map((box) => box.id)).toEqual(expected.map((item) => `question-${item.id}`));
    expect(boxes[0]).toHaveAccessibleName(/pain during sex/);
    expect(boxes[0]).toHaveAccessibleDescription('About what matters most to you');
  });

  it('keeps "More questions" closed until the person opens it', async () => {
    const { user } = renderApp('/prepare/summary', painAlone);
    const more = await section('More questions you could ask');
    const details = more.querySelector('details')!;
    expect(details.open).toBe(false);
    const first = questionBoxes(more)[0]!;
    expect(first).not.toBeVisible();
    await user.click(within(more).getByText(/^Show \d+ more questions$/));
    expect(details.open).toBe(true);
    expect(first).toBeVisible();
  });

  it('moves a question out of the shortlist and back, and keeps the choice with the answers', async () => {
    const { user } = renderApp('/prepare/summary', painAlone);
    const start = await section('Start with these');
    const licence = /What licence do you hold/;
    await user.click(within(start).getByRole('button', { name: /^Ask later: What licence/ }));
    expect(within(start).queryByRole('checkbox', { name: licence })).toBeNull();
    const notes = () => useAnswersStore.getState().answers.questionNotes!;
    expect(notes().shortlistRemoved).toEqual(['licence-and-state']);

    const more = await section('More questions you could ask');
    await user.click(within(more).getByText(/^Show \d+ more questions$/));
    expect(within(more).getByRole('checkbox', { name: licence })).toBeVisible();

    // Move it back, and move another one in from the topics below.
    await user.click(within(more).getByRole('button', { name: /^Ask first: What licence/ }));
    await user.click(within(more).getByRole('button', { name: /^Ask first: Do you offer video/ }));
    expect(notes().shortlistRemoved).toEqual([]);
    expect(notes().shortlistAdded).toEqual(['video-sessions']);
    const names = questionBoxes(start).map((box) => box.id);
    expect(names).toContain('question-licence-and-state');
    expect(names.at(-1)).toBe('question-video-sessions');
    // What is kept still reads as a valid answers document.
    expect(answersSchema.safeParse(useAnswersStore.getState().answers).success).toBe(true);
  });

  it('suggests opening sentences from the answers, and keeps the person’s own', async () => {
    const { user } = renderApp('/prepare/summary', painAlone);
    const field = await screen.findByRole('textbox', { name: planCopy.openingLabel });
    expect(field).toHaveValue(
      'Hi. I’m looking for help with pain during sex. I’d like to ask a few questions to see if we’d be a good fit.',
    );
    await user.clear(field);
    await user.type(field, 'Hello, this is hard for me to say.');
    expect(useAnswersStore.getState().answers.questionNotes?.opening).toBe(
      'Hello, this is hard for me to say.',
    );
    await user.click(screen.getByRole('button', { name: 'Go back to the suggested words' }));
    expect((field as HTMLTextAreaElement).value).toMatch(/^Hi\. I’m looking for help/);
    expect(useAnswersStore.getState().answers.questionNotes).not.toHaveProperty('opening');
  });

  it('opens notes saved before the plan existed', async () => {
    renderApp('/prepare/summary', {
      ...painAlone,
      answers: {
        ...painAlone.answers!,
        questionNotes: { ticked: ['licence-and-state'], removed: [], edited: {}, added: [] },
      },
    });
    const start = await section('Start with these');
    expect(within(start).getByRole('checkbox', { name: /What licence/ })).toBeChecked();
  });

  it('tailors what to listen for', async () => {
    renderApp(
      '/prepare/summary',
      completedState({ concerns: ['sexual-orientation'], primaryConcern: 'sexual-orientation' }),
    );
    const listen = await section('What to listen for');
    expect(within(listen).getByText(/changing your orientation/)).toBeVisible();
  });

  it('brings the medicines named in the answers to the first session', async () => {
    renderApp(
      '/prepare/summary',
      completedState({ concerns: ['low-desire'], health: ['antidepressants'] }),
    );
    const bring = await section('Bring to your first session');
    expect(within(bring).getByText(/your antidepressant.*over the counter/)).toBeVisible();
  });

  it('gives each repeated specialty heading the specialty’s name', async () => {
    renderApp('/prepare/summary', painAlone);
    const names = (await screen.findAllByRole('heading', { level: 4 })).map((h) => h.textContent);
    expect(names).toContain('Training and credentials to check: Pain during sex');
    expect(new Set(names).size).toBe(names.length);
  });

  it('has the print, copy and download actions at the top and at the end', async () => {
    renderApp('/prepare/summary', painAlone);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('button', { name: 'Print or save as PDF' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Copy summary as text' })).toHaveLength(2);
  });
});

describe('the plan with a therapist’s link', () => {
  it('leads with the therapist’s questions and speaks of that consultation', async () => {
    activateLink(typicalLink(), { '0': 'Sam' });
    renderApp('/prepare/summary', painAlone);
    const start = await section('Start with these');
    const link = typicalLink();
    expect(questionBoxes(start)[0]).toHaveAccessibleName(link.questions[0]!.text);
    const steps = await section('Your next steps');
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent(
      `Your free call is with ${link.name}`,
    );
    expect(steps).not.toHaveTextContent(/two or three therapists/);
    const opening = screen.getByRole('textbox', { name: planCopy.openingLabel });
    expect((opening as HTMLTextAreaElement).value).toMatch(new RegExp(`^Hi ${link.name}\\.`));
  });

  it('keeps the usual next steps without a link', async () => {
    renderApp('/prepare/summary', painAlone);
    const steps = await section('Your next steps');
    expect(steps).toHaveTextContent(/two or three therapists/);
  });
});

describe('what the person would like from a therapist, for a topic they explore', () => {
  const exploring = (wishes: ('room-to-explore' | 'feel-accepted' | 'prefer-not-to-say')[]) =>
    completedState({
      concerns: ['sexual-orientation'],
      primaryConcern: 'sexual-orientation',
      concernDetails: { 'sexual-orientation': { wishes } },
      relationship: 'single',
      partnerTakingPart: 'not-applicable',
      feelsUnsafe: 'no',
    });
  const rowName = planCopy.wishesRow(concernCopy['sexual-orientation'].short);

  it('is carried into "Bring to your first session", in the words they chose', async () => {
    renderApp('/prepare/summary', exploring(['room-to-explore', 'feel-accepted']));
    const bring = await section(planCopy.bringHeading);
    const row = within(bring).getByText(rowName).closest('div')!;
    expect(row).toHaveTextContent(detailsCopy.wishLabels['room-to-explore']);
    expect(row).toHaveTextContent(detailsCopy.wishLabels['feel-accepted']);
  });

  it('says nothing when they would rather not say', async () => {
    renderApp('/prepare/summary', exploring(['prefer-not-to-say']));
    const bring = await section(planCopy.bringHeading);
    expect(within(bring).queryByText(rowName)).not.toBeInTheDocument();
  });
});
