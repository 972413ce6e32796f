import '../../support/jsdom-streams.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../support/render-app.tsx';
import { generateRecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
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
import { openCopy, openedSectionNames, sendCopy } from '../../../src/content/en/therapist.ts';

// The summary a therapist opens speaks to the therapist, and the page's errors match its words.

beforeEach(() => setKeyVault(memoryVault()));

const payload: SummaryPayload = {
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Sam Rivera',
  created: '2026-11-27',
  sections: [
    { heading: sendCopy.sectionNames.concerns, rows: [{ label: 'Topics', value: 'Low desire' }] },
    { heading: sendCopy.sectionNames.custom, rows: [{ label: 'Your name?', value: 'Alex' }] },
    { heading: 'Something older', rows: [{ label: 'Note', value: 'Kept as it came' }] },
  ],
};

async function openPasted(text: string) {
  const { user } = renderApp('/for-therapists/open');
  await user.click(await screen.findByRole('textbox', { name: openCopy.paste }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: openCopy.open }));
}

describe('the opened summary', () => {
  it('names each part for the therapist, and keeps headings it does not know', async () => {
    const key = await saveTherapistKey(await generateRecipientKeys());
    await openPasted(envelopeToText(await sealSummary(payload, key!.publicJwk), 'intro'));
    await screen.findByRole('heading', { level: 1, name: openCopy.resultTitle });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      openedSectionNames.concerns,
      openedSectionNames.custom,
      'Something older',
    ]);
    expect(headings).not.toContain(sendCopy.sectionNames.custom);
  });

  it('says there is no key in this browser, as the page does, when there is none', async () => {
    const other = await generateRecipientKeys();
    await openPasted(envelopeToText(await sealSummary(payload, other.publicJwk), 'intro'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(openCopy.errors['no-key']);
    expect(openCopy.errors['no-key']).toContain(openCopy.noKeyStored.replace(/\.$/, ''));
  });
});
