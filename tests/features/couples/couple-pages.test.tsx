import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { concernCopy } from '../../../src/content/en/concerns.ts';
import {
  factsCopy,
  importCopy,
  lookAwayCopy,
  markCopy,
  replyCopy,
  turnCopy,
} from '../../../src/content/en/couples.ts';
import { newPsiSecret } from '../../../src/lib/psi.ts';
import { makePsiOffer } from '../../../src/questionnaire/partner-reply.ts';
import { concernIds } from '../../../src/questionnaire/ids.ts';
import { encodePartnerCode } from '../../../src/questionnaire/partner-code.ts';
import { emptyMarks, shareableAnswers } from '../../../src/questionnaire/privacy-marks.ts';
import { useCoupleStore } from '../../../src/storage/couple-store.ts';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { typicalAnswers } from '../../support/couple-fixtures.ts';
import { expectFocus } from '../../support/focus.ts';

beforeEach(() => useCoupleStore.getState().clear());

describe('together on one device', () => {
  it('asks the shared facts once, with a clear error, then hands over to the first partner', async () => {
    const { user } = renderApp('/together', { ageConfirmed: true });
    await user.type(await screen.findByRole('textbox', { name: factsCopy.nameA }), 'Alex');
    await user.click(screen.getByRole('button', { name: factsCopy.continue }));
    expect(await screen.findByRole('alert')).toHaveTextContent(factsCopy.statusError);
    await user.click(screen.getByRole('radio', { name: 'Married or in a civil partnership' }));
    await user.click(screen.getByRole('button', { name: factsCopy.continue }));
    await expectFocus(
      screen.findByRole('heading', { level: 1, name: turnCopy.firstHeading('Alex') }),
    );
    expect(screen.getByText(turnCopy.first('Alex', 'Partner B'))).toBeVisible();
    expect(useCoupleStore.getState().facts).toEqual({ relationship: 'married' });
  });

  it('keeps a partner’s own view out of the page until they say it is them', async () => {
    const answers = typicalAnswers({ who: 'couple-together', concerns: ['body-image'] });
    useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
    useCoupleStore.getState().startTurn();
    useCoupleStore.getState().setDraftMarks(emptyMarks());
    const { user } = renderApp('/together/mine', completedState(answers));
    expect(
      await screen.findByRole('heading', { level: 1, name: lookAwayCopy.heading('Alex') }),
    ).toBeVisible();
    expect(document.body).not.toHaveTextContent(concernCopy['body-image'].label);
    await user.click(screen.getByRole('button', { name: lookAwayCopy.confirm('Alex') }));
    expect((await screen.findAllByText(concernCopy['body-image'].label)).length).toBeGreaterThan(0);
  });

  it.each([
    ['only for me', 'private', ['communication'], []],
    ['only if we both named it', 'if-both', [], ['communication']],
    ['shared', 'share', [], []],
  ] as const)(
    'lets a partner choose "%s" for a topic',
    async (_name, choice, privateConcerns, ifBothConcerns) => {
      const answers = typicalAnswers({ who: 'couple-together' });
      useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
      useCoupleStore.getState().startTurn();
      const { user } = renderApp('/together/mark', completedState(answers));
      const topics = await screen.findByRole('region', { name: markCopy.concerns });
      expect(screen.getByText(markCopy.lead('Sam'))).toBeVisible();
      expect(screen.getByText(markCopy.ifBothExplained('Sam'))).toBeVisible();
      const item = within(topics).getByRole('group', { name: concernCopy.communication.label });
      expect(within(item).getByRole('radio', { name: markCopy.choices.share })).toBeChecked();
      await user.click(within(item).getByRole('radio', { name: markCopy.choices[choice] }));
      await user.click(screen.getByRole('button', { name: markCopy.continue }));
      const marks = useCoupleStore.getState().draftMarks;
      expect(marks?.concerns).toEqual(privateConcerns);
      expect(marks?.ifBoth?.concerns).toEqual(ifBothConcerns);
      // What someone wrote starts private.
      expect(marks?.texts).toEqual(['betterLooksLike']);
    },
  );

  it('keeps "only if we both named it" to 16 answers, with an error that links to the 17th', async () => {
    const answers = typicalAnswers({ who: 'couple-together' });
    const many = { ...answers, concerns: concernIds.slice(0, 17), primaryConcern: null };
    useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, { relationship: 'married' });
    useCoupleStore.getState().startTurn();
    useCoupleStore.getState().setDraftMarks({
      ...emptyMarks(),
      ifBoth: { concerns: concernIds.slice(0, 17), goals: [], affirming: [] },
    });
    const { user } = renderApp('/together/mark', completedState(many));
    await user.click(await screen.findByRole('button', { name: markCopy.continue }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: markCopy.tooManyIfBoth(16) });
    expect(link).toHaveAttribute('href', `#mark-concerns-${concernIds[16]}-if-both`);
    expect(useCoupleStore.getState().draftMarks?.ifBoth?.concerns).toHaveLength(17);
    expect(document.title).toMatch(/^Error:/);
    // Choosing "share" for one brings it back under the limit.
    const item = screen.getByRole('group', { name: concernCopy[concernIds[16]].label });
    await user.click(within(item).getByRole('radio', { name: markCopy.choices.share }));
    await user.click(screen.getByRole('button', { name: markCopy.continue }));
    expect(useCoupleStore.getState().draftMarks?.ifBoth?.concerns).toHaveLength(16);
  });
});

describe('entering a partner code', () => {
  // jsdom's Blob has no stream(), which compression needs; browsers and Node have it.
  beforeEach(() => {
    vi.stubGlobal('Blob', NodeBlob);
    return () => vi.unstubAllGlobals();
  });

  async function openEnterPage() {
    const answers = typicalAnswers();
    useCoupleStore.getState().beginApart();
    useCoupleStore.getState().setDraftMarks(emptyMarks());
    const view = renderApp('/apart/enter', completedState(answers));
    await screen.findByRole('heading', { level: 1, name: importCopy.heading });
    return { ...view, answers };
  }

  it('says kindly when the person pastes their own code, and keeps it in the box', async () => {
    const { user, answers } = await openEnterPage();
    const own = await encodePartnerCode({
      v: 1,
      id: useCoupleStore.getState().codeId,
      answers: shareableAnswers(answers, emptyMarks()),
    });
    const box = screen.getByRole('textbox', { name: importCopy.code });
    await user.click(box);
    await user.paste(own);
    await user.click(screen.getByRole('button', { name: importCopy.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(importCopy.errors['own-code']);
    expect(box).toHaveValue(own);
    expect(useCoupleStore.getState().partner).toBeNull();
  });

  it('opens an older partner code, with nothing to swap, and shows what they share', async () => {
    const { user } = await openEnterPage();
    const theirs = await encodePartnerCode({
      v: 1,
      id: 'another-device',
      name: 'Sam',
      answers: shareableAnswers(typicalAnswers({ concerns: ['communication'] }), emptyMarks()),
    });
    await user.click(screen.getByRole('textbox', { name: importCopy.code }));
    await user.paste(theirs);
    await user.click(screen.getByRole('button', { name: importCopy.submit }));
    expect(await screen.findByText(replyCopy.noOffer('Sam'))).toBeVisible();
    await user.click(screen.getByRole('link', { name: replyCopy.noOfferLink }));
    expect(await screen.findByRole('heading', { level: 1, name: /What you share/ })).toBeVisible();
    expect(useCoupleStore.getState().partner?.name).toBe('Sam');
  });

  it('asks for the reply swap after a new partner code, and names a code pasted in the wrong place', async () => {
    const { user } = await openEnterPage();
    const theirs = await encodePartnerCode({
      v: 2,
      id: 'another-device',
      name: 'Sam',
      answers: shareableAnswers(typicalAnswers({ concerns: ['communication'] }), emptyMarks()),
      psi: makePsiOffer(newPsiSecret(), ['concern:shame']),
    });
    await user.click(screen.getByRole('textbox', { name: importCopy.code }));
    await user.paste(theirs);
    await user.click(screen.getByRole('button', { name: importCopy.submit }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: replyCopy.heading }));

    const output = await screen.findByRole('textbox', { name: replyCopy.yourReply });
    await waitFor(() => expect((output as HTMLTextAreaElement).value).toMatch(/^CR1-/));
    const box = screen.getByRole('textbox', { name: replyCopy.code('Sam') });
    await user.click(box);
    await user.paste(theirs);
    await user.click(screen.getByRole('button', { name: replyCopy.submit }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(replyCopy.errors['partner-code-instead']);
    expect(box).toHaveValue(theirs);
    expect(useCoupleStore.getState().reply).toBeNull();
    expect(document.title).toMatch(/^Error:/);
  });
});
