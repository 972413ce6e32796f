import '../../support/jsdom-streams.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../support/render-app.tsx';
import { generateRecipientKeys, keyIdOf } from '../../../src/lib/hybrid-crypto.ts';
import { decodeTherapistLink } from '../../../src/questionnaire/therapist-link.ts';
import {
  envelopeToText,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';
import {
  latestTherapistKey,
  memoryVault,
  saveTherapistKey,
  setKeyVault,
} from '../../../src/storage/therapist-key-store.ts';
import {
  builderCopy,
  keyBackupCopy,
  keyCopy,
  openCopy,
  openKeyCopy,
} from '../../../src/content/en/therapist.ts';
import { expectFocus } from '../../support/focus.ts';

beforeEach(() => setKeyVault(memoryVault()));

describe('the builder', () => {
  it('points at each field that needs fixing', async () => {
    const { user } = renderApp('/for-therapists');
    await user.type(
      await screen.findByRole('textbox', { name: builderCopy.website }),
      'http://x.example',
    );
    await user.click(screen.getByRole('button', { name: builderCopy.create }));
    const summary = await screen.findByRole('alert');
    await expectFocus(summary);
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      builderCopy.nameError,
      builderCopy.aasectError,
      builderCopy.websiteError,
    ]);
    expect(screen.queryByRole('textbox', { name: builderCopy.linkLabel })).toBeNull();
  });

  it('makes a link with a new key kept in this browser, and explains losing it', async () => {
    const { user } = renderApp('/for-therapists');
    await user.type(await screen.findByRole('textbox', { name: builderCopy.name }), 'Sam Rivera');
    await user.click(screen.getByRole('radio', { name: builderCopy.aasectNo }));
    await user.click(screen.getByRole('button', { name: builderCopy.addQuestion }));
    await user.type(screen.getByRole('textbox', { name: builderCopy.questionText }), 'Pronouns?');
    await user.click(screen.getByRole('radio', { name: builderCopy.returnLabels.encrypted }));
    await user.click(screen.getByRole('button', { name: builderCopy.create }));

    const field = (await screen.findByRole('textbox', {
      name: builderCopy.linkLabel,
    })) as HTMLTextAreaElement;
    const [, code] = field.value.split('#');
    expect(field.value).toMatch(/^http:\/\/localhost(:\d+)?\/from#v2\./);
    const decoded = await decodeTherapistLink(code);
    const stored = await latestTherapistKey();
    expect(decoded.ok && decoded.link).toMatchObject({
      name: 'Sam Rivera',
      aasect: false,
      questions: [{ kind: 'short-text', text: 'Pronouns?' }],
      returnMode: 'encrypted',
      publicKey: stored?.publicJwk,
    });
    expect(screen.getByRole('heading', { name: keyCopy.lossHeading })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: keyBackupCopy.download })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: builderCopy.previewHeading })).toHaveTextContent(
      'Pronouns?',
    );
  });

  it('reuses the key already in this browser', async () => {
    const existing = await saveTherapistKey(await generateRecipientKeys());
    const { user } = renderApp('/for-therapists');
    await user.type(await screen.findByRole('textbox', { name: builderCopy.name }), 'Sam');
    await user.click(screen.getByRole('radio', { name: builderCopy.aasectYes }));
    await user.click(screen.getByRole('radio', { name: builderCopy.returnLabels.encrypted }));
    await user.click(screen.getByRole('button', { name: builderCopy.create }));
    const field = (await screen.findByRole('textbox', {
      name: builderCopy.linkLabel,
    })) as HTMLTextAreaElement;
    const decoded = await decodeTherapistLink(field.value.split('#')[1]);
    expect(decoded.ok && decoded.link.publicKey).toEqual(existing?.publicJwk);
  });
});

describe('the open page', () => {
  const payload: SummaryPayload = {
    format: SUMMARY_FORMAT,
    version: 1,
    therapistName: 'Sam Rivera',
    created: '2026-11-27',
    sections: [{ heading: 'Topics', rows: [{ label: 'Help with', value: 'Talking more openly' }] }],
  };

  it('opens pasted text with the key in this browser, ready to print', async () => {
    const key = await saveTherapistKey(await generateRecipientKeys());
    const text = envelopeToText(await sealSummary(payload, key!.publicJwk), 'intro');
    const { user } = renderApp('/for-therapists/open');
    expect(await screen.findByText(openCopy.keyStored(1))).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: openCopy.paste }));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: openCopy.open }));
    await expectFocus(screen.findByRole('heading', { level: 1, name: openCopy.resultTitle }));
    expect(screen.getByText('Talking more openly')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: openCopy.print })).toBeInTheDocument();
  });

  it('says plainly when the key does not match', async () => {
    const other = await generateRecipientKeys();
    const text = envelopeToText(await sealSummary(payload, other.publicJwk), 'intro');
    await saveTherapistKey(await generateRecipientKeys());
    const { user } = renderApp('/for-therapists/open');
    await user.click(await screen.findByRole('textbox', { name: openCopy.paste }));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: openCopy.open }));
    const alert = await screen.findByRole('alert');
    // It names the key it needs, as the key panel and the backup file's name do.
    const needed = (await keyIdOf(other.publicJwk)).slice(0, 8);
    expect(alert).toHaveTextContent(openKeyCopy.errors['no-matching-key'](needed));
    // Focus moves in an effect once the problem is known, which can land a tick later.
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('asks for a file or text when given neither', async () => {
    const { user } = renderApp('/for-therapists/open');
    await user.click(await screen.findByRole('button', { name: openCopy.open }));
    expect(await screen.findByRole('alert')).toHaveTextContent(openCopy.errors.empty);
  });
});
