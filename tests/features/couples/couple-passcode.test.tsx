import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { concernCopy } from '../../../src/content/en/concerns.ts';
import {
  compareCopy,
  finishTurnCopy,
  lookAwayCopy,
  passcodeCopy,
  privateViewCopy,
  turnCopy,
} from '../../../src/content/en/couples.ts';
import { safetyCopy } from '../../../src/content/en/safety.ts';
import { lockPartner } from '../../../src/features/couples/partner-seal.ts';
import type { Answers } from '../../../src/questionnaire/answers.ts';
import { emptyMarks } from '../../../src/questionnaire/privacy-marks.ts';
import {
  useCoupleStore,
  type PartnerRecord,
  type StoredPartner,
} from '../../../src/storage/couple-store.ts';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { typicalAnswers } from '../../support/couple-fixtures.ts';
import { expectFocus } from '../../support/focus.ts';

const privateTopic = concernCopy['body-image'].label;
const safetyTitle = safetyCopy['unsafe-relationship'].title;

const answersOf = (feelsUnsafe: Answers['feelsUnsafe']) =>
  typicalAnswers({
    who: 'couple-together',
    concerns: ['communication', 'body-image'],
    primaryConcern: 'communication',
    feelsUnsafe,
  });
const recordOf = (feelsUnsafe: Answers['feelsUnsafe']): PartnerRecord => ({
  answers: answersOf(feelsUnsafe),
  marks: { ...emptyMarks(), concerns: ['body-image'] },
});

beforeEach(() => useCoupleStore.getState().clear());

/** Alex's turn, on their own summary with the finish panel. */
async function openFinishPanel(feelsUnsafe: Answers['feelsUnsafe']) {
  useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
  useCoupleStore.getState().startTurn();
  useCoupleStore.getState().setDraftMarks({ ...emptyMarks(), concerns: ['body-image'] });
  const view = renderApp('/together/mine', completedState(answersOf(feelsUnsafe)));
  await view.user.click(await screen.findByRole('button', { name: lookAwayCopy.confirm('Alex') }));
  const panel = await screen.findByRole('region', { name: finishTurnCopy.heading });
  return { ...view, panel };
}

/** Both turns done: Alex's record as given (locked or not), Sam's plain; on `path`. */
function openAfterTurns(alex: StoredPartner, path: string) {
  const couple = useCoupleStore.getState();
  couple.beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
  couple.finishTurn(alex);
  useCoupleStore.getState().finishTurn(recordOf('no'));
  useCoupleStore.getState().openComparison();
  return renderApp(path, { ageConfirmed: true });
}

describe('the passcode offer at the end of a turn', () => {
  it('is the same, word for word, whatever the person said about feeling safe', async () => {
    const markup: string[] = [];
    for (const answer of ['yes', 'no', 'prefer-not-to-say'] as const) {
      const { panel } = await openFinishPanel(answer);
      expect(within(panel).getByLabelText(finishTurnCopy.passcode)).toHaveAttribute(
        'type',
        'password',
      );
      markup.push(panel.outerHTML);
      cleanup();
      useCoupleStore.getState().clear();
    }
    expect(markup[1]).toBe(markup[0]);
    expect(markup[2]).toBe(markup[0]);
  });

  it.each([
    ['a passcode that is too short', 'abc', 'abc', finishTurnCopy.errors['too-short']],
    ['a passcode not typed again', 'abcd', '', finishTurnCopy.errors['confirm-missing']],
    ['two different passcodes', 'abcd', 'abcx', finishTurnCopy.errors.different],
  ])(
    'stops %s with a clear message, and keeps the turn open',
    async (_l, first, second, message) => {
      const { user, panel } = await openFinishPanel('no');
      await user.type(within(panel).getByLabelText(finishTurnCopy.passcode), first);
      if (second) await user.type(within(panel).getByLabelText(finishTurnCopy.confirm), second);
      await user.click(within(panel).getByRole('button', { name: finishTurnCopy.button }));
      const alert = await screen.findByRole('alert');
      await expectFocus(alert);
      expect(alert).toHaveTextContent(message);
      expect(useCoupleStore.getState().partners.a).toBeNull();
    },
  );

  it('without a passcode, hands over at once', async () => {
    const { user, panel } = await openFinishPanel('yes');
    await user.click(within(panel).getByRole('button', { name: finishTurnCopy.button }));
    expect(
      await screen.findByRole('heading', { level: 1, name: turnCopy.passHeading('Sam') }),
    ).toBeVisible();
    expect(useCoupleStore.getState().partners.a).toMatchObject({
      marks: { concerns: ['body-image'] },
    });
  });

  it('with a passcode, hands over with the own view sealed', async () => {
    const { user, panel } = await openFinishPanel('yes');
    await user.type(within(panel).getByLabelText(finishTurnCopy.passcode), 'blue door');
    await user.type(within(panel).getByLabelText(finishTurnCopy.confirm), 'blue door');
    await user.click(within(panel).getByRole('button', { name: finishTurnCopy.button }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: turnCopy.passHeading('Sam') },
        { timeout: 45_000 },
      ),
    ).toBeVisible();
    const stored = JSON.stringify(useCoupleStore.getState().partners.a);
    expect(stored).toContain('"sealed"');
    expect(stored).not.toContain('body-image');
    expect(stored).not.toContain('feelsUnsafe');
  }, 60_000); // 600,000 PBKDF2 rounds, on a busy machine
});

describe('a partner’s own view after the hand-over', () => {
  it('asks for the passcode, shows nothing private without it, and opens with it', async () => {
    const locked = await lockPartner(recordOf('yes'), 'blue door', 1_000);
    const { user } = openAfterTurns(locked, '/together/view/a');
    await user.click(await screen.findByRole('button', { name: lookAwayCopy.confirm('Alex') }));
    await expectFocus(
      screen.findByRole('heading', { level: 1, name: passcodeCopy.heading('Alex') }),
    );
    expect(document.body).not.toHaveTextContent(privateTopic);
    expect(document.body).not.toHaveTextContent(safetyTitle);
    const field = screen.getByLabelText(passcodeCopy.label);
    const open = screen.getByRole('button', { name: passcodeCopy.button });

    await user.click(open);
    expect(await screen.findByRole('alert')).toHaveTextContent(passcodeCopy.empty);
    await user.type(field, 'red door');
    await user.click(open);
    expect(await screen.findByRole('alert')).toHaveTextContent(passcodeCopy['wrong-passcode']);
    expect(document.body).not.toHaveTextContent(privateTopic);
    // A way on, for someone who forgot it.
    expect(screen.getByRole('heading', { name: passcodeCopy.forgotHeading })).toBeVisible();
    expect(screen.getByRole('link', { name: privateViewCopy.back })).toHaveAttribute(
      'href',
      '/together/compare',
    );

    await user.clear(field);
    await user.type(field, 'blue door');
    await user.click(open);
    expect(
      await screen.findByRole('heading', { level: 1, name: privateViewCopy.heading('Alex') }),
    ).toBeVisible();
    expect(document.body).toHaveTextContent(privateTopic);
    expect(screen.getByRole('heading', { name: safetyTitle })).toBeVisible();
  });

  it('without a passcode, leaves out all that follows from the safety answer', async () => {
    const texts: string[] = [];
    for (const answer of ['yes', 'no'] as const) {
      const { user } = openAfterTurns(recordOf(answer), '/together/view/a');
      await user.click(await screen.findByRole('button', { name: lookAwayCopy.confirm('Alex') }));
      const main = await screen.findByRole('main');
      await screen.findByRole('heading', { level: 1, name: privateViewCopy.heading('Alex') });
      expect(document.body).toHaveTextContent(privateTopic);
      expect(screen.queryByRole('heading', { name: safetyTitle })).toBeNull();
      texts.push(main.innerHTML);
      cleanup();
      useCoupleStore.getState().clear();
    }
    expect(texts[0]).toBe(texts[1]);
  });

  it('leaves the shared page and the look-away screen the same with a passcode or without', async () => {
    const pages: string[] = [];
    const alexes = [await lockPartner(recordOf('yes'), 'blue door', 1_000), recordOf('no')];
    for (const alex of alexes) {
      const { user } = openAfterTurns(alex, '/together/compare');
      await screen.findByRole('heading', { level: 1, name: compareCopy.heading });
      const shared = (await screen.findByRole('main')).innerHTML;
      await user.click(screen.getByRole('link', { name: compareCopy.privateViewLink('Alex') }));
      await screen.findByRole('heading', { level: 1, name: lookAwayCopy.heading('Alex') });
      pages.push(shared + screen.getByRole('main').innerHTML);
      cleanup();
      useCoupleStore.getState().clear();
    }
    expect(pages[0]).toBe(pages[1]);
  });
});
