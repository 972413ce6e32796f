import '../../support/jsdom-streams.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../support/render-app.tsx';
import { expectFocus } from '../../support/focus.ts';
import { fakeEnvelope } from '../../support/kept-fixtures.ts';
import { generateRecipientKeys, type RecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
import {
  envelopeToText,
  sealSummary,
  SUMMARY_FORMAT,
  type SealedEnvelope,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';
import { formatDate } from '../../../src/features/therapist/format.ts';
import { keptSummaries } from '../../../src/features/therapist/kept-store.ts';
import {
  KEPT_MAX_COUNT,
  KEPT_SUMMARIES_KEY,
  localDate,
} from '../../../src/storage/kept-summaries.ts';
import {
  memoryVault,
  saveTherapistKey,
  setKeyVault,
} from '../../../src/storage/therapist-key-store.ts';
import {
  keptCopy,
  openCopy,
  openedSectionNames,
  sendCopy,
} from '../../../src/content/en/therapist.ts';

// Keeping an opened summary in this browser: still locked, listed on the open page, opened,
// printed, downloaded and deleted from there. A summary whose key is not here stays listed.

beforeEach(() => setKeyVault(memoryVault()));
afterEach(() => vi.restoreAllMocks());

const payload = (extra: Partial<SummaryPayload> = {}): SummaryPayload => ({
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Dr. Maya Thompson',
  created: '2026-11-27',
  sections: [
    { heading: sendCopy.sectionNames.concerns, rows: [{ label: 'Topics', value: 'Low desire' }] },
    {
      heading: sendCopy.sectionNames.goals,
      rows: [{ label: 'Anything else?', value: 'Line one\nLine two' }],
    },
  ],
  ...extra,
});

async function storedKey(): Promise<RecipientKeys> {
  // Saved plain (no lock), so this browser can use it straight away.
  const keys = await generateRecipientKeys();
  expect(await saveTherapistKey(keys)).not.toBeNull();
  return keys;
}

async function openPasted(envelope: SealedEnvelope) {
  const view = renderApp('/for-therapists/open');
  await view.user.click(await screen.findByRole('textbox', { name: openCopy.paste }));
  await view.user.paste(envelopeToText(envelope, 'intro'));
  await view.user.click(screen.getByRole('button', { name: openCopy.open }));
  await screen.findByRole('heading', { level: 1, name: openCopy.resultTitle });
  return view;
}

const list = () => screen.findByRole('region', { name: keptCopy.listHeading });
/** One kept summary's line, once the list has opened them. */
const item = async (name: string) =>
  (await within(await list()).findByRole('heading', { level: 3, name })).closest('li')!;
const listedNames = async () =>
  (await within(await list()).findAllByRole('heading', { level: 3 })).map((h) => h.textContent);

describe('keeping a summary', () => {
  it('keeps the locked envelope, lists it, opens it again, and deletes it', async () => {
    const key = await storedKey();
    const envelope = await sealSummary(
      payload({ client: 'A. B.', consultation: '2026-12-09' }),
      key.publicJwk,
    );
    const { user } = await openPasted(envelope);
    expect(screen.getByText(keptCopy.explain)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: keptCopy.keep }));
    expect(screen.getByRole('status')).toHaveTextContent(keptCopy.keptNow(openCopy.another));

    // What is kept is the envelope as sent: nothing the client wrote is readable in storage.
    const stored = localStorage.getItem(KEPT_SUMMARIES_KEY)!;
    expect(JSON.parse(stored).summaries[0].sealed).toEqual(envelope);
    for (const plain of ['A. B.', 'Low desire', 'Line one', 'Maya']) {
      expect(stored).not.toContain(plain);
    }

    // Back on the page: the list names the client, the day it came, and the consultation.
    await user.click(screen.getByRole('button', { name: openCopy.another }));
    const row = await item('A. B.');
    expect(row).toHaveTextContent(`${keptCopy.received}${formatDate(localDate())}`);
    expect(row).toHaveTextContent(`${keptCopy.consultation}${formatDate('2026-12-09')}`);

    // Opened from the list: the same summary, with its facts, and a way back.
    await user.click(within(row).getByRole('button', { name: `${keptCopy.open} A. B.` }));
    await screen.findByRole('heading', { level: 1, name: openCopy.resultTitle });
    expect(screen.getByRole('heading', { name: openedSectionNames.goals })).toBeInTheDocument();
    expect(screen.getByText('A. B.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: keptCopy.keep })).toBeNull();
    expect(screen.getByRole('button', { name: keptCopy.back })).toBeInTheDocument();

    // Deleting asks first; No keeps it and puts focus back on the button.
    await user.click(screen.getByRole('button', { name: keptCopy.remove }));
    const confirm = screen.getByRole('group', { name: 'A. B.' });
    await expectFocus(confirm);
    expect(confirm).toHaveTextContent(keptCopy.confirmRemove('A. B.'));
    await user.click(within(confirm).getByRole('button', { name: keptCopy.confirmNo }));
    await expectFocus(screen.getByRole('button', { name: keptCopy.remove }));
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: keptCopy.remove }));
    await user.click(screen.getByRole('button', { name: keptCopy.confirmYes }));
    const section = await list();
    expect(within(section).getByRole('status')).toHaveTextContent(keptCopy.removed('A. B.'));
    expect(section).toHaveTextContent(keptCopy.empty);
    await expectFocus(within(section).getByRole('heading', { level: 2 }));
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).toBeNull();
  });

  it('names a summary without a client neutrally, and says when no date was given', async () => {
    const key = await storedKey();
    keptSummaries.keep(await sealSummary(payload(), key.publicJwk), '2026-12-01');
    keptSummaries.keep(await sealSummary(payload(), key.publicJwk), '2026-12-02');
    renderApp('/for-therapists/open');
    // Newest first.
    expect(await listedNames()).toEqual([keptCopy.unnamed(2), keptCopy.unnamed(1)]);
    expect(await item(keptCopy.unnamed(1))).toHaveTextContent(
      `${keptCopy.consultation}${keptCopy.notGiven}`,
    );
  });

  it.each([
    ['once only', 'already-kept', keptCopy.keepErrors['already-kept'], 'status'],
    ['not when full', 'full', keptCopy.keepErrors.full(KEPT_MAX_COUNT), 'alert'],
  ] as const)('keeps a summary %s, and says why', async (_, kind, message, role) => {
    const key = await storedKey();
    const envelope = await sealSummary(payload(), key.publicJwk);
    if (kind === 'already-kept') keptSummaries.keep(envelope);
    else for (let n = 0; n < KEPT_MAX_COUNT; n += 1) keptSummaries.keep(fakeEnvelope(n));
    const before = localStorage.getItem(KEPT_SUMMARIES_KEY);
    const { user } = await openPasted(envelope);
    await user.click(screen.getByRole('button', { name: keptCopy.keep }));
    expect(screen.getByRole(role)).toHaveTextContent(message);
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).toBe(before);
    // Already kept, it can be deleted from here; when full, it can still be kept later.
    expect(screen.queryByRole('button', { name: keptCopy.remove }) !== null).toBe(
      kind === 'already-kept',
    );
  });

  it('downloads the summary as text under a neutral name', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:local';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const key = await storedKey();
    keptSummaries.keep(await sealSummary(payload({ client: 'Jo' }), key.publicJwk), '2026-12-01');
    const { user } = renderApp('/for-therapists/open');
    const row = await item('Jo');
    await user.click(within(row).getByRole('button', { name: `${keptCopy.download} Jo` }));
    await waitFor(() => expect(names).toEqual([keptCopy.fileName('2026-11-27')]));
    expect(names[0]).not.toContain('Jo');
    const text = await blobs[0]!.text();
    expect(text).toContain(`# ${openCopy.resultTitle}`);
    expect(text).toContain(`- ${keptCopy.client}: Jo`);
    expect(text).toContain(`- ${keptCopy.received}: ${formatDate('2026-12-01')}`);
    expect(text).toContain(`## ${openedSectionNames.goals}`);
    expect(text).toContain('- Anything else?: Line one\n  Line two');
    expect(blobs[0]!.type).toContain('text/markdown');
  });
});

describe('kept summaries that cannot be opened now', () => {
  it('shows one whose key is not here as locked, and never deletes it for that', async () => {
    const key = await storedKey();
    const elsewhere = await generateRecipientKeys();
    keptSummaries.keep(await sealSummary(payload({ client: 'Jo' }), key.publicJwk));
    keptSummaries.keep(await sealSummary(payload({ client: 'Kim' }), elsewhere.publicJwk));
    const before = localStorage.getItem(KEPT_SUMMARIES_KEY);
    renderApp('/for-therapists/open');

    const locked = await item(keptCopy.unnamed(2));
    // The name is inside the locked part, so it stays unknown until the key is here.
    expect(locked).not.toHaveTextContent('Kim');
    expect(locked).toHaveTextContent(keptCopy.locked);
    expect(locked).toHaveTextContent(keptCopy.lockedHint);
    expect(within(locked).queryByRole('button', { name: /^Open/ })).toBeNull();
    expect(within(locked).getByRole('button', { name: `${keptCopy.remove} ${keptCopy.unnamed(2)}` })).toBeInTheDocument(); // prettier-ignore
    expect(await item('Jo')).not.toHaveTextContent(keptCopy.locked);
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).toBe(before);
  });

  it('shows them all as locked when this browser has no key at all', async () => {
    keptSummaries.keep(await sealSummary(payload(), (await generateRecipientKeys()).publicJwk));
    renderApp('/for-therapists/open');
    expect(await item(keptCopy.unnamed(1))).toHaveTextContent(keptCopy.locked);
  });

  it('sets a damaged one aside, named, and deletes it alone when asked', async () => {
    const key = await storedKey();
    keptSummaries.keep(await sealSummary(payload({ client: 'Jo' }), key.publicJwk));
    const saved = JSON.parse(localStorage.getItem(KEPT_SUMMARIES_KEY)!);
    // One entry changed past reading, one whose ciphertext was altered: both shown as damaged.
    const altered = { ...saved.summaries[0], id: 'aaaaaaaaaaaaaaaa', number: 7 };
    altered.sealed = { ...altered.sealed, ct: `${altered.sealed.ct.slice(0, -2)}AA` };
    saved.summaries.push({ received: 'never' }, altered);
    localStorage.setItem(KEPT_SUMMARIES_KEY, JSON.stringify(saved));
    const { user } = renderApp('/for-therapists/open');

    await item('Jo');
    expect(await listedNames()).toEqual([keptCopy.damagedName(1), keptCopy.damagedName(2), 'Jo']);
    const first = await item(keptCopy.damagedName(1));
    expect(first).toHaveTextContent(keptCopy.damaged);
    await user.click(within(first).getByRole('button', { name: new RegExp(keptCopy.remove) }));
    await user.click(screen.getByRole('button', { name: keptCopy.confirmYes }));
    await waitFor(async () => expect(await listedNames()).toEqual([keptCopy.damagedName(1), 'Jo']));
    expect(JSON.parse(localStorage.getItem(KEPT_SUMMARIES_KEY)!).summaries).toHaveLength(2);
  });

  it('says so when they were kept by a newer version, and offers only to delete them', async () => {
    const newer = JSON.stringify({
      format: 'consult-prep.kept-summaries',
      version: 2,
      summaries: [],
    });
    localStorage.setItem(KEPT_SUMMARIES_KEY, newer);
    renderApp('/for-therapists/open');
    const section = await list();
    expect(section).toHaveTextContent(keptCopy.newer);
    expect(within(section).getByRole('button', { name: keptCopy.removeAll })).toBeInTheDocument();
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).toBe(newer);
  });
});

describe('deleting all kept summaries', () => {
  it('asks first, and deletes every one only on yes', async () => {
    const key = await storedKey();
    keptSummaries.keep(await sealSummary(payload({ client: 'Jo' }), key.publicJwk));
    keptSummaries.keep(fakeEnvelope(1));
    const { user } = renderApp('/for-therapists/open');
    await item('Jo');
    await user.click(screen.getByRole('button', { name: keptCopy.removeAll }));
    const confirm = screen.getByRole('group', { name: keptCopy.removeAll });
    expect(confirm).toHaveTextContent(keptCopy.confirmRemoveAll(2));
    await expectFocus(confirm);
    await user.click(within(confirm).getByRole('button', { name: keptCopy.confirmAllNo }));
    await expectFocus(screen.getByRole('button', { name: keptCopy.removeAll }));
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: keptCopy.removeAll }));
    await user.click(screen.getByRole('button', { name: keptCopy.confirmAllYes }));
    expect(await screen.findByRole('status')).toHaveTextContent(keptCopy.removedAll);
    expect(localStorage.getItem(KEPT_SUMMARIES_KEY)).toBeNull();
  });

  it('shows no list at all while nothing is kept', async () => {
    renderApp('/for-therapists/open');
    await screen.findByRole('button', { name: openCopy.open });
    expect(screen.queryByRole('region', { name: keptCopy.listHeading })).toBeNull();
  });
});
