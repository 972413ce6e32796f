import '../../support/jsdom-streams.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../support/render-app.tsx';
import {
  generateRecipientKeys,
  type PublicKeyJwk,
  type RecipientKeys,
} from '../../../src/lib/hybrid-crypto.ts';
import {
  envelopeToText,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';
import {
  KEY_FILE_MIN_ITERATIONS,
  keyBackupJson,
} from '../../../src/features/therapist/key-backup.ts';
import {
  lockTherapistKeys,
  memoryVault,
  saveTherapistKey,
  setKeyVault,
  type KeyVault,
} from '../../../src/storage/therapist-key-store.ts';
import { keyBackupCopy, openCopy, openKeyCopy } from '../../../src/content/en/therapist.ts';
import { expectFocus } from '../../support/focus.ts';
import {
  FAST_ITERATIONS,
  legacyKeyFile,
  PASSPHRASE,
  shortId,
} from '../../support/therapist-key-fixtures.ts';

// The open page's key part: which key a summary needs, a locked key here, protected and older
// backup files, and each way they go wrong, with its own message at its own field.

let vault: KeyVault;
beforeEach(() => {
  vault = memoryVault();
  setKeyVault(vault);
});

const payload: SummaryPayload = {
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Sam Rivera',
  created: '2026-11-27',
  sections: [{ heading: 'Topics', rows: [{ label: 'Help with', value: 'Talking more openly' }] }],
};

const sealedFor = async (keys: { publicJwk: PublicKeyJwk }) =>
  envelopeToText(await sealSummary(payload, keys.publicJwk), 'intro');

/** The page's files are read as the app reads them; the floor of rounds is the real one. */
const protectedFile = (keys: RecipientKeys, passphrase = PASSPHRASE) =>
  keyBackupJson(keys, '2026-11-27T10:00:00.000Z', passphrase, KEY_FILE_MIN_ITERATIONS);

const input = (name: string) => screen.getByLabelText(name, { selector: 'input' });

async function openWith(
  summary: string,
  options: { keyFile?: string; filePassphrase?: string; storePassphrase?: string } = {},
) {
  const view = renderApp('/for-therapists/open');
  const { user } = view;
  await user.click(await screen.findByRole('textbox', { name: openCopy.paste }));
  await user.paste(summary);
  if (options.keyFile !== undefined) {
    const file = new File([options.keyFile], 'therapist-key.json', { type: 'application/json' });
    await user.upload(input(openCopy.keyFile), file);
  }
  if (options.filePassphrase) {
    await user.type(input(openKeyCopy.filePassphrase), options.filePassphrase);
  }
  if (options.storePassphrase) {
    await user.type(await screen.findByLabelText(openKeyCopy.storePassphrase), options.storePassphrase);
  }
  await user.click(screen.getByRole('button', { name: openCopy.open }));
  return view;
} // prettier-ignore

const opened = () => screen.findByRole('heading', { level: 1, name: openCopy.resultTitle });

/** The error summary holds the message, and its link goes to the field named. */
async function expectProblem(message: string, fieldLabel: string) {
  const alert = await screen.findByRole('alert');
  await expectFocus(alert);
  expect(within(alert).getByRole('link')).toHaveTextContent(message);
  expect(input(fieldLabel)).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('several keys in this browser', () => {
  it('opens a summary sealed for an older key', async () => {
    const old = await saveTherapistKey(await generateRecipientKeys());
    await saveTherapistKey(await generateRecipientKeys());
    await openWith(await sealedFor(old!));
    await expectFocus(opened());
    expect(screen.getByText('Talking more openly')).toBeInTheDocument();
  });

  it('names the key a summary needs when this browser does not have it', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    const elsewhere = await generateRecipientKeys();
    await openWith(await sealedFor(elsewhere));
    await expectProblem(
      openKeyCopy.errors['no-matching-key'](await shortId(elsewhere)),
      openCopy.keyFile,
    );
  });

  it('names the key when there is no key here at all', async () => {
    const elsewhere = await generateRecipientKeys();
    await openWith(await sealedFor(elsewhere));
    const message = openKeyCopy.errors['no-key'](await shortId(elsewhere));
    expect(message).toContain(await shortId(elsewhere));
    await expectProblem(message, openCopy.keyFile);
  });

  it('tells what it could not read, and still opens with the good keys', async () => {
    const good = await generateRecipientKeys();
    vault = memoryVault([{ kid: 'not an id', privateKey: 'x' }]);
    setKeyVault(vault);
    await saveTherapistKey(good);
    const { user } = renderApp('/for-therapists/open');
    expect(await screen.findByText(openKeyCopy.damagedHere(1))).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: openCopy.paste }));
    await user.paste(await sealedFor(good));
    await user.click(screen.getByRole('button', { name: openCopy.open }));
    await opened();
    expect(await vault.list()).toContainEqual({ kid: 'not an id', privateKey: 'x' });
  });
});

describe('a protected backup key file', () => {
  it('opens the summary with its passphrase', async () => {
    const keys = await generateRecipientKeys();
    await openWith(await sealedFor(keys), {
      keyFile: await protectedFile(keys),
      filePassphrase: PASSPHRASE,
    });
    await opened();
    expect(screen.queryByRole('heading', { name: openKeyCopy.oldFileHeading })).toBeNull();
  });

  it('asks for the passphrase in a password field, only for a protected file', async () => {
    renderApp('/for-therapists/open');
    await screen.findByRole('textbox', { name: openCopy.paste });
    expect(input(openKeyCopy.filePassphrase)).toHaveAttribute('type', 'password');
    expect(input(openKeyCopy.filePassphrase)).toHaveAccessibleDescription(
      openKeyCopy.filePassphraseHint,
    );
  });

  it.each([
    ['no passphrase', '', 'needs-passphrase', openKeyCopy.filePassphrase],
    ['a wrong passphrase', 'not the passphrase', 'wrong-passphrase', openKeyCopy.filePassphrase],
  ] as const)('with %s, says so at the passphrase', async (_, passphrase, error, label) => {
    const keys = await generateRecipientKeys();
    await openWith(await sealedFor(keys), {
      keyFile: await protectedFile(keys),
      filePassphrase: passphrase,
    });
    await expectProblem(openKeyCopy.errors[error], label);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, 200), 'damaged'],
    ['changed inside', (text: string) => text.replace(/"iv": "[^"]*"/, '"iv": "!!"'), 'damaged'],
    ['not a key file at all', () => '{"format":"consult-prep.answers","version":1}', 'not-a-key-file'],
    ['a photo', () => '\u0089PNG\r\n', 'not-a-key-file'],
  ] as const)('calls a file %s so, at the file field', async (_, change, error) => {
    const keys = await generateRecipientKeys();
    await openWith(await sealedFor(keys), {
      keyFile: change(await protectedFile(keys)),
      filePassphrase: PASSPHRASE,
    });
    await expectProblem(openKeyCopy.errors[error], openCopy.keyFile);
  }); // prettier-ignore

  it('says which key the summary needs when the file is for another key', async () => {
    const needed = await generateRecipientKeys();
    const other = await generateRecipientKeys();
    await openWith(await sealedFor(needed), {
      keyFile: await protectedFile(other),
      filePassphrase: PASSPHRASE,
    });
    await expectProblem(
      openKeyCopy.errors['other-key-file'](await shortId(other), await shortId(needed)),
      openCopy.keyFile,
    );
  });
});

describe('an older backup key file (version 1)', () => {
  it('opens the summary, then advises a protected backup and offers one', async () => {
    const keys = await generateRecipientKeys();
    await openWith(await sealedFor(keys), {
      keyFile: await legacyKeyFile(keys, '2025-06-01T10:00:00.000Z'),
    });
    await opened();
    const advice = screen.getByRole('region', { name: openKeyCopy.oldFileHeading });
    expect(advice).toHaveTextContent(openKeyCopy.oldFile);
    expect(within(advice).getByLabelText(keyBackupCopy.passphrase)).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    expect(
      within(advice).getByRole('button', { name: keyBackupCopy.download }),
    ).toBeInTheDocument();
  });
});

describe('a key locked in this browser', () => {
  async function lockedKey() {
    const keys = await generateRecipientKeys();
    await saveTherapistKey(keys);
    await lockTherapistKeys({ passphrase: PASSPHRASE, iterations: FAST_ITERATIONS });
    // A new tab: nothing unlocked in memory.
    vault = memoryVault(await vault.list());
    setKeyVault(vault);
    return keys;
  }

  it('asks for its passphrase, and then stays unlocked in this tab', async () => {
    const keys = await lockedKey();
    const { user } = await openWith(await sealedFor(keys), { storePassphrase: PASSPHRASE });
    await opened();
    await user.click(screen.getByRole('button', { name: openCopy.another }));
    await screen.findByRole('textbox', { name: openCopy.paste });
    await waitFor(() => expect(screen.queryByLabelText(openKeyCopy.storePassphrase)).toBeNull());
  });

  it.each([
    ['no passphrase', '', 'store-locked'],
    ['a wrong passphrase', 'not the passphrase', 'store-wrong-passphrase'],
  ] as const)('with %s, says so at its field', async (_, passphrase, error) => {
    const keys = await lockedKey();
    await openWith(await sealedFor(keys), { storePassphrase: passphrase });
    await expectProblem(openKeyCopy.errors[error], openKeyCopy.storePassphrase);
    expect(input(openKeyCopy.storePassphrase)).toHaveAttribute('autocomplete', 'current-password');
  });

  it('can be passed over for its backup file', async () => {
    const keys = await lockedKey();
    await openWith(await sealedFor(keys), {
      keyFile: await protectedFile(keys),
      filePassphrase: PASSPHRASE,
    });
    await opened();
  });
});
