import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { checkCopy } from '../../src/content/en/check.ts';
import { lookAwayCopy, markCopy, turnCopy } from '../../src/content/en/couples.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { concernsCopy, relationshipCopy, stepCaption } from '../../src/content/en/steps.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { emptyMarks } from '../../src/questionnaire/privacy-marks.ts';
import type { AnswersState } from '../../src/storage/answers-store.ts';
import {
  emptyCoupleState,
  useCoupleStore,
  type CoupleState,
  type PartnerKey,
} from '../../src/storage/couple-store.ts';
import { answeringName } from '../../src/app/together-journey-tag.tsx';
import { typicalAnswers } from '../support/couple-fixtures.ts';
import { expectFocus } from '../support/focus.ts';
import { completedState, renderApp } from '../support/render-app.tsx';

// Lazy pages on a busy machine can take a moment to arrive.
const wait = { timeout: 5_000 };

beforeEach(() => useCoupleStore.getState().clear());

function together(turn: PartnerKey, names = { a: 'Alex', b: 'Sam' }) {
  useCoupleStore.getState().beginTogether(names, { relationship: 'married' });
  useCoupleStore.getState().startTurn();
  useCoupleStore.setState({ turn });
}

const firstStep = (who: AnswersState['answers']['who']): Partial<AnswersState> => ({
  ageConfirmed: true,
  answered: [],
  answers: { ...emptyAnswers(who), relationship: 'married', partnerTakingPart: 'yes' },
});
const allDone = (who: AnswersState['answers']['who']) => completedState(typicalAnswers({ who }));

const stepOne = `${stepCaption(1, 6)} ${concernsCopy.heading}`;
const stepThree = `${stepCaption(3, 6)} ${relationshipCopy.heading}`;
const tagged = (name: string, heading: string) => `${turnCopy.whoseAnswers(name)} ${heading}`;

interface Case {
  path: string;
  arrange(): Partial<AnswersState>;
  /** The focused h1's whole accessible name: a tag, when there is one, is heard first. */
  heading: string;
}

describe('answeringName', () => {
  const names = { a: 'Alex', b: 'Sam' };
  it.each<[Partial<CoupleState>, string | null]>([
    [{ mode: 'together', stage: 'answering', turn: 'a', names }, 'Alex'],
    [{ mode: 'together', stage: 'answering', turn: 'b', names }, 'Sam'],
    [
      { mode: 'together', stage: 'answering', turn: 'b', names: { a: 'Alex', b: ' ' } },
      'Partner B',
    ],
    [{ mode: 'together', stage: 'turn', turn: 'b', names }, null],
    [{ mode: 'together', stage: 'compare', turn: 'b', names }, null],
    [{ mode: 'apart', stage: 'answering', turn: 'a', names }, null],
    [{ mode: null, stage: 'answering', turn: 'a', names }, null],
  ])('%o → %s', (couple, name) => {
    expect(answeringName({ ...emptyCoupleState(), ...couple })).toBe(name);
  });
});

describe('whose answers a page holds, on its heading', () => {
  it.each<[string, Case]>([
    [
      'a step, in the first partner’s turn',
      {
        path: '/prepare/1',
        arrange: () => (together('a'), firstStep('couple-together')),
        heading: tagged('Alex', stepOne),
      },
    ],
    [
      'the check page, in the first partner’s turn',
      {
        path: '/prepare/check',
        arrange: () => (together('a'), allDone('couple-together')),
        heading: tagged('Alex', checkCopy.title),
      },
    ],
    [
      'a step, in the second partner’s turn',
      {
        path: '/prepare/1',
        arrange: () => (together('b'), firstStep('couple-together')),
        heading: tagged('Sam', stepOne),
      },
    ],
    [
      'the check page, in the second partner’s turn',
      {
        path: '/prepare/check',
        arrange: () => (together('b'), allDone('couple-together')),
        heading: tagged('Sam', checkCopy.title),
      },
    ],
    [
      'the safety step a couple answers one by one',
      {
        path: '/prepare/3',
        arrange: () => (
          together('b'),
          { ...firstStep('couple-together'), answered: ['concerns', 'details'] }
        ),
        heading: tagged('Sam', stepThree),
      },
    ],
    [
      'the “only for me” page of a turn',
      {
        path: '/together/mark',
        arrange: () => (together('a'), allDone('couple-together')),
        heading: tagged('Alex', markCopy.heading),
      },
    ],
    [
      'a step, when the partners left their names empty',
      {
        path: '/prepare/1',
        arrange: () => (together('b', { a: '', b: '  ' }), firstStep('couple-together')),
        heading: tagged('Partner B', stepOne),
      },
    ],
    [
      'a step, for one person',
      { path: '/prepare/1', arrange: () => firstStep('individual'), heading: stepOne },
    ],
    [
      'a step, for one person, with a couple’s session left in the tab',
      {
        path: '/prepare/1',
        arrange: () => (together('a'), firstStep('individual')),
        heading: stepOne,
      },
    ],
    [
      'the check page, for one person',
      { path: '/prepare/check', arrange: () => allDone('individual'), heading: checkCopy.title },
    ],
    [
      'a step, for a couple apart',
      {
        path: '/prepare/1',
        arrange: () => (useCoupleStore.getState().beginApart(), firstStep('couple-apart')),
        heading: stepOne,
      },
    ],
    [
      'the check page, for a couple apart',
      {
        path: '/prepare/check',
        arrange: () => (useCoupleStore.getState().beginApart(), allDone('couple-apart')),
        heading: checkCopy.title,
      },
    ],
    [
      'the “only for me” page, for a couple apart',
      {
        path: '/apart/mark',
        arrange: () => (useCoupleStore.getState().beginApart(), allDone('couple-apart')),
        heading: markCopy.heading,
      },
    ],
    [
      'the hand-over screen a step sends to before a turn starts',
      {
        path: '/prepare/1',
        arrange: () => {
          useCoupleStore
            .getState()
            .beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
          return firstStep('couple-together');
        },
        heading: turnCopy.firstHeading('Alex'),
      },
    ],
  ])('%s', async (_, { path, arrange, heading }) => {
    renderApp(path, arrange());
    await expectFocus(screen.findByRole('heading', { level: 1, name: heading }, wait));
  });

  it('is on a partner’s own view, but not on the hand-over screen in front of it', async () => {
    together('a');
    useCoupleStore.getState().setDraftMarks(emptyMarks());
    const { user } = renderApp('/together/mine', allDone('couple-together'));
    await expectFocus(
      screen.findByRole('heading', { level: 1, name: lookAwayCopy.heading('Alex') }, wait),
    );
    expect(screen.queryByText(turnCopy.whoseAnswers('Alex'))).toBeNull();
    await user.click(screen.getByRole('button', { name: lookAwayCopy.confirm('Alex') }));
    await expectFocus(
      screen.findByRole('heading', { level: 1, name: tagged('Alex', resultsCopy.title) }, wait),
    );
  });

  it('shows a name as it was typed, as text', async () => {
    together('a', { a: '<img src=x onerror=alert(1)>', b: 'Sam' });
    renderApp('/prepare/1', firstStep('couple-together'));
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: tagged('<img src=x onerror=alert(1)>', stepOne) },
      wait,
    );
    expect(heading.querySelector('img')).toBeNull();
  });

  it('follows the turn: the second partner’s pages show their name, not the first’s', async () => {
    together('a');
    renderApp('/prepare/1', firstStep('couple-together'));
    await screen.findByRole('heading', { level: 1, name: tagged('Alex', stepOne) }, wait);
    useCoupleStore.setState({ turn: 'b' });
    expect(
      await screen.findByRole('heading', { level: 1, name: tagged('Sam', stepOne) }, wait),
    ).toBeVisible();
    expect(screen.queryByText(turnCopy.whoseAnswers('Alex'))).toBeNull();
  });
});
