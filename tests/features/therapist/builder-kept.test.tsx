import '../../support/jsdom-streams.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { activateLink, clearLink } from '../../support/link-state.ts';
import { minimalLink, typicalLink } from '../../support/therapist-link-fixtures.ts';
import { expectFocus } from '../../support/focus.ts';
import { generateRecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  type TherapistLink,
} from '../../../src/questionnaire/therapist-link.ts';
import {
  BUILDER_DRAFT_KEY,
  LAST_LINK_KEY,
  serializeDraft,
} from '../../../src/features/therapist/builder-draft.ts';
import { emptyBuilderValues } from '../../../src/features/therapist/builder-values.ts';
import {
  envelopeToText,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';
import {
  memoryVault,
  saveTherapistKey,
  setKeyVault,
} from '../../../src/storage/therapist-key-store.ts';
import { useStorageSettings } from '../../../src/storage/storage-settings-store.ts';
import {
  builderAudienceCopy,
  builderCopy,
  builderKeptCopy,
  clientLinkCopy,
  introCopy,
  openCopy,
  keptCopy,
} from '../../../src/content/en/therapist.ts';

beforeEach(() => setKeyVault(memoryVault()));
afterEach(() => clearLink());

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** Fills the builder for one client: their initials and date, the therapist, one question. */
async function fillForOneClient(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('radio', { name: builderAudienceCopy.labels.one }));
  await user.type(textbox(builderAudienceCopy.client), 'A.B.');
  fireEvent.change(screen.getByLabelText(builderCopy.date), { target: { value: '2026-12-03' } });
  await user.type(textbox(builderCopy.name), 'Sam Rivera');
  await user.click(screen.getByRole('radio', { name: builderCopy.aasectNo }));
  await user.click(screen.getByRole('button', { name: builderCopy.addQuestion }));
  await user.type(textbox(builderCopy.questionText), 'Pronouns?');
}

async function madeLink(user: ReturnType<typeof renderApp>['user']): Promise<TherapistLink> {
  await user.click(screen.getByRole('button', { name: builderCopy.create }));
  const field = (await screen.findByRole('textbox', {
    name: builderCopy.linkLabel,
  })) as HTMLTextAreaElement;
  const decoded = await decodeTherapistLink(field.value.split('#')[1]);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.link;
}

describe('the builder keeps its form in this tab', () => {
  it('brings back what was typed after a reload, with no notice', async () => {
    const { user, unmount } = renderApp('/for-therapists');
    await fillForOneClient(user);
    unmount();

    renderApp('/for-therapists');
    expect(await screen.findByRole('textbox', { name: builderCopy.name })).toHaveValue(
      'Sam Rivera',
    );
    expect(screen.getByRole('radio', { name: builderAudienceCopy.labels.one })).toBeChecked();
    expect(textbox(builderAudienceCopy.client)).toHaveValue('A.B.');
    expect(screen.getByLabelText(builderCopy.date)).toHaveValue('2026-12-03');
    expect(screen.getByRole('radio', { name: builderCopy.aasectNo })).toBeChecked();
    expect(textbox(builderCopy.questionText)).toHaveValue('Pronouns?');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('heading', { name: builderKeptCopy.lastHeading })).toBeNull();
  });

  it('keeps the rest of a damaged draft, and names what was lost', async () => {
    const values = { ...emptyBuilderValues(), name: 'Sam Rivera', practice: 'Harbor' };
    const raw = JSON.parse(serializeDraft(values)) as { values: Record<string, unknown> };
    raw.values.website = 7;
    raw.values.questions = [{ text: 'Q', kind: 'essay', options: '' }];
    sessionStorage.setItem(BUILDER_DRAFT_KEY, JSON.stringify(raw));

    renderApp('/for-therapists');
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(builderKeptCopy.restored);
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([builderKeptCopy.fieldNames.website, builderKeptCopy.questionLost(1)]);
    expect(textbox(builderCopy.name)).toHaveValue('Sam Rivera');
    expect(textbox(builderCopy.practice)).toHaveValue('Harbor');
    // Kept again as it now stands, so the next reload has nothing more to say.
    expect(sessionStorage.getItem(BUILDER_DRAFT_KEY)).not.toContain('essay');
  });

  it('says kindly when a draft cannot be read at all, and starts empty', async () => {
    sessionStorage.setItem(BUILDER_DRAFT_KEY, '{"format":"consult-prep.therapist-builder",');
    renderApp('/for-therapists');
    expect(await screen.findByRole('status')).toHaveTextContent(builderKeptCopy.unreadable);
    expect(textbox(builderCopy.name)).toHaveValue('');
    expect(sessionStorage.getItem(BUILDER_DRAFT_KEY)).toBeNull();
  });

  it('keeps nothing when the person chose not to save anything', async () => {
    act(() => useStorageSettings.setState({ status: { mode: 'none' } }));
    try {
      const { user } = renderApp('/for-therapists');
      expect(await screen.findByText(builderKeptCopy.notKept)).toBeInTheDocument();
      await fillForOneClient(user);
      await madeLink(user);
      expect(sessionStorage.getItem(BUILDER_DRAFT_KEY)).toBeNull();
      expect(localStorage.getItem(LAST_LINK_KEY)).toBeNull();
    } finally {
      act(() => useStorageSettings.setState({ status: { mode: 'session' } }));
    }
  });
});

describe('starting from the last link', () => {
  it('keeps the last link without the client, and offers it on a fresh visit', async () => {
    const first = renderApp('/for-therapists');
    expect(await screen.findByText(builderKeptCopy.kept)).toBeInTheDocument();
    await fillForOneClient(first.user);
    const link = await madeLink(first.user);
    expect(link).toMatchObject({ client: 'A.B.', date: '2026-12-03' });
    const kept = localStorage.getItem(LAST_LINK_KEY) ?? '';
    expect(kept).toContain('Sam Rivera');
    expect(kept).not.toContain('A.B.');
    // Not the consultation date; the day the link was made may be any day, today included.
    expect(JSON.parse(kept).values).toMatchObject({ client: '', date: '' });
    first.unmount();
    sessionStorage.clear();

    const { user } = renderApp('/for-therapists');
    const offer = await screen.findByRole('region', { name: builderKeptCopy.lastHeading });
    expect(textbox(builderCopy.name)).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: builderKeptCopy.use }));
    await expectFocus(screen.findByRole('status'));
    expect(screen.getByRole('status')).toHaveTextContent(builderKeptCopy.used);
    expect(screen.queryByRole('region', { name: builderKeptCopy.lastHeading })).toBeNull();
    expect(textbox(builderCopy.name)).toHaveValue('Sam Rivera');
    expect(textbox(builderCopy.questionText)).toHaveValue('Pronouns?');
    expect(screen.getByRole('radio', { name: builderAudienceCopy.labels.one })).toBeChecked();
    expect(textbox(builderAudienceCopy.client)).toHaveValue('');
    expect(screen.getByLabelText(builderCopy.date)).toHaveValue('');
  });

  it('is not offered once the therapist starts typing, and can be forgotten', async () => {
    localStorage.setItem(
      LAST_LINK_KEY,
      JSON.stringify({
        format: 'consult-prep.therapist-last-link',
        version: 1,
        made: '2026-12-01',
        values: { ...emptyBuilderValues(), name: 'Sam Rivera', aasect: 'yes' },
      }),
    );
    const { user } = renderApp('/for-therapists');
    const offer = await screen.findByRole('region', { name: builderKeptCopy.lastHeading });
    expect(offer).toHaveTextContent(builderKeptCopy.lastLead('December 1, 2026'));
    await user.type(textbox(builderCopy.practice), 'H');
    expect(screen.queryByRole('region', { name: builderKeptCopy.lastHeading })).toBeNull();
    await user.clear(textbox(builderCopy.practice));
    await user.click(await screen.findByRole('button', { name: builderKeptCopy.forget }));
    await expectFocus(screen.findByRole('status'));
    expect(screen.getByRole('status')).toHaveTextContent(builderKeptCopy.forgotten);
    expect(localStorage.getItem(LAST_LINK_KEY)).toBeNull();
    expect(screen.queryByRole('region', { name: builderKeptCopy.lastHeading })).toBeNull();
  });

  it('names the parts of a damaged last link it could not fill in', async () => {
    localStorage.setItem(
      LAST_LINK_KEY,
      JSON.stringify({
        format: 'consult-prep.therapist-last-link',
        version: 1,
        made: '2026-12-01',
        values: { ...emptyBuilderValues(), name: 'Sam Rivera', country: 'atlantis' },
      }),
    );
    const { user } = renderApp('/for-therapists');
    await user.click(await screen.findByRole('button', { name: builderKeptCopy.use }));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(builderKeptCopy.usedLost);
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      builderKeptCopy.fieldNames.country,
    );
    expect(textbox(builderCopy.name)).toHaveValue('Sam Rivera');
  });

  it('removes a last link it cannot read, and says so', async () => {
    localStorage.setItem(LAST_LINK_KEY, 'not json');
    renderApp('/for-therapists');
    expect(await screen.findByRole('status')).toHaveTextContent(builderKeptCopy.lastUnreadable);
    expect(screen.queryByRole('button', { name: builderKeptCopy.use })).toBeNull();
    expect(localStorage.getItem(LAST_LINK_KEY)).toBeNull();
  });
});

describe('a link for one client', () => {
  const codeOf = async (link: TherapistLink) => {
    const encoded = await encodeTherapistLink(link);
    if (!encoded.ok) throw new Error(encoded.error);
    return encoded.code;
  };

  it('greets the client by the name the therapist gave, on the link’s page', async () => {
    const link = { ...typicalLink(), client: 'A.B.' };
    renderApp(`/from#${await codeOf(link)}`);
    await screen.findByRole('heading', { level: 1, name: introCopy.preparedFor(link.name) });
    expect(screen.getByText(clientLinkCopy.madeFor(link.name, 'A.B.'))).toBeInTheDocument();
  });

  it('says nothing of a client on a link for everyone', async () => {
    const link = typicalLink();
    renderApp(`/from#${await codeOf(link)}`);
    await screen.findByRole('heading', { level: 1, name: introCopy.preparedFor(link.name) });
    expect(screen.queryByText(/made this link for/)).toBeNull();
  });

  it('names the client under the summary’s heading', async () => {
    renderApp('/prepare/summary', completedState({ concerns: ['communication'] }));
    activateLink({ ...minimalLink(), client: 'A.B.' });
    expect(await screen.findByText(clientLinkCopy.summaryFor('A.B.'))).toBeInTheDocument();
  });

  it('shows in the builder’s preview', async () => {
    const { user } = renderApp('/for-therapists');
    await fillForOneClient(user);
    await madeLink(user);
    const preview = screen.getByRole('region', { name: builderCopy.previewHeading });
    expect(preview).toHaveTextContent(clientLinkCopy.madeFor('Sam Rivera', 'A.B.'));
  });
});

describe('the opened summary', () => {
  const payload: SummaryPayload = {
    format: SUMMARY_FORMAT,
    version: 1,
    therapistName: 'Sam Rivera',
    created: '2026-11-27',
    sections: [{ heading: 'Topics', rows: [{ label: 'Help with', value: 'Talking' }] }],
  };

  async function open(summary: SummaryPayload) {
    const key = await saveTherapistKey(await generateRecipientKeys());
    const text = envelopeToText(await sealSummary(summary, key!.publicJwk), 'intro');
    const { user } = renderApp('/for-therapists/open');
    await user.click(await screen.findByRole('textbox', { name: openCopy.paste }));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: openCopy.open }));
    await screen.findByRole('heading', { level: 1, name: openCopy.resultTitle });
  }

  it('shows the client and the consultation date at the top', async () => {
    await open({ ...payload, client: 'A.B.', consultation: '2026-12-03' });
    const client = screen.getByText(keptCopy.client);
    expect(client.nextElementSibling).toHaveTextContent('A.B.');
    const date = screen.getByText(keptCopy.consultation);
    expect(date.nextElementSibling).toHaveTextContent('December 3, 2026');
  });

  it('shows no client, and no consultation date, for a summary without them', async () => {
    await open(payload);
    expect(screen.queryByText(keptCopy.client)).toBeNull();
    // The consultation row stays, saying plainly that none was given.
    expect(screen.getByText(keptCopy.consultation).nextElementSibling).toHaveTextContent(
      keptCopy.notGiven,
    );
    expect(screen.getByText('Talking')).toBeInTheDocument();
  });
});
