import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generateRecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
import { KeyPanel } from '../../../src/features/therapist/key-panel.tsx';
import { readKeyBackup } from '../../../src/features/therapist/key-backup.ts';
import {
  isLockedKey,
  latestTherapistKey,
  listTherapistKeys,
  lockTherapistKeys,
  memoryVault,
  saveTherapistKey,
  setKeyVault,
  usableTherapistKeys,
  type KeyVault,
  type StoredKey,
} from '../../../src/storage/therapist-key-store.ts';
import {
  keyBackupCopy,
  keyCopy,
  keyListCopy,
  keyLockCopy,
} from '../../../src/content/en/therapist.ts';
import { expectFocus } from '../../support/focus.ts';
import { FAST_ITERATIONS, PASSPHRASE } from '../../support/therapist-key-fixtures.ts';

// The key panel on the builder page: this browser's keys, a protected backup, the optional
// lock, and a new key. The forms run the real PBKDF2 rounds (600,000), a fraction of a second.

let vault: KeyVault;
beforeEach(() => {
  vault = memoryVault();
  setKeyVault(vault);
});

const short = (key: StoredKey | null) => key!.kid.slice(0, 8);

/** Catches the backup files the page would save, instead of saving them. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push({ name: '', blob: blob as Blob });
    return 'blob:local';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.at(-1)!.name = this.download;
  });
  return files;
} // prettier-ignore

async function renderPanel(onNewKey?: (key: StoredKey) => void) {
  const latest = (await latestTherapistKey()) ?? (await saveTherapistKey(await generateRecipientKeys()));
  const user = userEvent.setup();
  render(<KeyPanel storedKey={latest!} onNewKey={onNewKey} />);
  await screen.findByRole('heading', { name: keyListCopy.heading });
  return { user, latest: latest! };
} // prettier-ignore

const field = (name: string) => screen.getByLabelText(name, { selector: 'input' });

describe('the list of keys', () => {
  it('lists this browser’s keys newest first, with the date made and a short id', async () => {
    const old = await saveTherapistKey(await generateRecipientKeys());
    const newest = await saveTherapistKey(await generateRecipientKeys());
    await renderPanel();
    const items = within(screen.getByRole('list', { name: keyListCopy.heading })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(keyCopy.id(short(newest)));
    expect(items[0]).toHaveTextContent(keyListCopy.newest);
    expect(items[1]).toHaveTextContent(keyCopy.id(short(old)));
    expect(items[1]).toHaveTextContent(keyListCopy.older);
    expect(items[1]).not.toHaveTextContent(keyListCopy.newest);
  });

  it('names a record it cannot read, and keeps it', async () => {
    const bad = { kid: '0123456789abcdef', created: 'x', publicJwk: {}, privateKey: 'x' };
    vault = memoryVault([bad]);
    setKeyVault(vault);
    await renderPanel();
    expect(screen.getByText(keyListCopy.damagedKey('01234567'))).toBeInTheDocument();
    expect(screen.getByText(keyListCopy.damagedWayOn)).toBeInTheDocument();
    expect(await vault.list()).toContainEqual(bad);
  });
});

describe('the protected backup', () => {
  it('asks for a new passphrase, twice, as a password field', async () => {
    await renderPanel();
    for (const name of [keyBackupCopy.passphrase, keyBackupCopy.confirm]) {
      expect(field(name)).toHaveAttribute('type', 'password');
      expect(field(name)).toHaveAttribute('autocomplete', 'new-password');
    }
    expect(screen.queryByRole('group', { name: keyBackupCopy.whichKey })).toBeNull();
  });

  it.each([
    ['nothing', '', '', keyBackupCopy.errors.empty, keyBackupCopy.passphrase],
    ['a short passphrase', 'short one', 'short one', keyBackupCopy.errors['too-short'](12), keyBackupCopy.passphrase],
    ['no confirmation', PASSPHRASE, '', keyBackupCopy.errors['confirm-empty'], keyBackupCopy.confirm],
    ['two different passphrases', PASSPHRASE, `${PASSPHRASE}s`, keyBackupCopy.errors.different, keyBackupCopy.confirm],
  ])('with %s, says what to fix and downloads nothing', async (_, passphrase, confirm, message, label) => {
    const files = catchDownloads();
    const { user } = await renderPanel();
    if (passphrase) await user.type(field(keyBackupCopy.passphrase), passphrase);
    if (confirm) await user.type(field(keyBackupCopy.confirm), confirm);
    await user.click(screen.getByRole('button', { name: keyBackupCopy.download }));
    const summary = await screen.findByRole('alert');
    await expectFocus(summary);
    const link = within(summary).getByRole('link', { name: message });
    await user.click(link);
    expect(field(label)).toHaveFocus();
    expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(files).toEqual([]);
  }); // prettier-ignore

  it.each([
    ['abc', keyBackupCopy.strength['too-short'](12)],
    ['twelve chars', keyBackupCopy.strength.fair],
    ['kettle river blue march', keyBackupCopy.strength.good],
    ['a much longer passphrase', keyBackupCopy.strength.good],
  ])('gives a plain length hint for %j', async (typed, hint) => {
    const { user } = await renderPanel();
    await user.type(field(keyBackupCopy.passphrase), typed);
    expect(screen.getByText(hint)).toBeInTheDocument();
  });

  it('downloads a protected file named for the key, which opens only with the passphrase', async () => {
    const files = catchDownloads();
    const { user, latest } = await renderPanel();
    await user.type(field(keyBackupCopy.passphrase), PASSPHRASE);
    await user.type(field(keyBackupCopy.confirm), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyBackupCopy.download }));
    const name = keyBackupCopy.backupFileName(short(latest));
    expect(await screen.findByText(keyBackupCopy.downloaded(name))).toBeInTheDocument();
    expect(files.map((file) => file.name)).toEqual([`therapist-key-${short(latest)}.json`]);
    const text = await files[0]!.blob.text();
    expect(await readKeyBackup(text, 'not it')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await readKeyBackup(text, PASSPHRASE)).toMatchObject({ ok: true, kid: latest.kid });
    // The passphrase is not kept on the page once used.
    expect(field(keyBackupCopy.passphrase)).toHaveValue('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('backs up the key chosen, when there are several', async () => {
    const files = catchDownloads();
    const old = await saveTherapistKey(await generateRecipientKeys());
    await saveTherapistKey(await generateRecipientKeys());
    const { user } = await renderPanel();
    const group = screen.getByRole('group', { name: keyBackupCopy.whichKey });
    const [first, second] = within(group).getAllByRole('radio');
    expect(first).toBeChecked();
    await user.click(second!);
    await user.type(field(keyBackupCopy.passphrase), PASSPHRASE);
    await user.type(field(keyBackupCopy.confirm), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyBackupCopy.download }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe(keyBackupCopy.backupFileName(short(old)));
    expect(await readKeyBackup(await files[0]!.blob.text(), PASSPHRASE)).toMatchObject({
      kid: old?.kid,
    });
  });
});

describe('making a new key', () => {
  it('explains, asks to confirm, then makes the key new links use', async () => {
    const onNewKey = vi.fn();
    const { user, latest } = await renderPanel(onNewKey);
    await user.click(screen.getByText(keyListCopy.newHeading, { selector: 'summary' }));
    expect(screen.getByText(keyListCopy.newIntro[1]!)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: keyListCopy.newStart }));
    expect(screen.getByRole('heading', { name: keyListCopy.confirmHeading })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: keyListCopy.confirm }));
    const newest = await waitFor(async () => {
      const keys = await listTherapistKeys();
      expect(keys).toHaveLength(2);
      return keys[1]!;
    });
    expect(await screen.findByText(keyListCopy.madeNew(short(newest)))).toBeInTheDocument();
    expect(onNewKey).toHaveBeenCalledWith(expect.objectContaining({ kid: newest.kid }));
    expect(newest.kid).not.toBe(latest.kid);
    const items = within(screen.getByRole('list', { name: keyListCopy.heading })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent(keyCopy.id(short(newest)));
    expect(items[0]).toHaveTextContent(keyListCopy.newest);
  });

  it('makes nothing when the therapist cancels', async () => {
    const { user } = await renderPanel();
    await user.click(screen.getByRole('button', { name: keyListCopy.newStart }));
    await user.click(screen.getByRole('button', { name: keyListCopy.cancel }));
    expect(screen.getByRole('button', { name: keyListCopy.newStart })).toBeInTheDocument();
    expect(await listTherapistKeys()).toHaveLength(1);
  });

  it('locks the new key too, and checks the passphrase first, when the keys are locked', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys({ passphrase: PASSPHRASE, iterations: FAST_ITERATIONS });
    const { user } = await renderPanel();
    await user.click(screen.getByRole('button', { name: keyListCopy.newStart }));
    await user.type(field(keyListCopy.confirmPassphrase), 'wrong passphrase');
    await user.click(screen.getByRole('button', { name: keyListCopy.confirm }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      keyListCopy.errors['wrong-passphrase'],
    );
    expect(await listTherapistKeys()).toHaveLength(1);
    await user.clear(field(keyListCopy.confirmPassphrase));
    await user.type(field(keyListCopy.confirmPassphrase), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyListCopy.confirm }));
    await waitFor(async () => expect(await listTherapistKeys()).toHaveLength(2));
    expect((await listTherapistKeys()).every(isLockedKey)).toBe(true);
  });
});

describe('locking the keys in this browser', () => {
  it('explains the trade-off, then locks with a passphrase typed twice', async () => {
    const { user } = await renderPanel();
    for (const line of keyLockCopy.intro) expect(screen.getByText(line)).toBeInTheDocument();
    await user.type(field(keyLockCopy.passphrase), PASSPHRASE);
    await user.type(field(keyLockCopy.confirm), `${PASSPHRASE}!`);
    await user.click(screen.getByRole('button', { name: keyLockCopy.lock }));
    expect(await screen.findByRole('alert')).toHaveTextContent(keyBackupCopy.errors.different);
    await user.clear(field(keyLockCopy.confirm));
    await user.type(field(keyLockCopy.confirm), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyLockCopy.lock }));
    expect(await screen.findByText(keyLockCopy.lockedNow)).toBeInTheDocument();
    expect((await listTherapistKeys()).every(isLockedKey)).toBe(true);
    const [record] = (await vault.list()) as object[];
    expect(record).not.toHaveProperty('privateKey');
    // Still usable in this tab, as the passphrase was just typed.
    expect(await usableTherapistKeys()).toHaveLength(1);
    const list = screen.getByRole('list', { name: keyListCopy.heading });
    expect(within(list).getByRole('listitem')).toHaveTextContent(keyListCopy.unlockedHere);
    expect(screen.getByText(keyLockCopy.unlockedStatus)).toBeInTheDocument();
  });

  it('in a new tab, asks for the passphrase before a backup, and can remove the lock', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys({ passphrase: PASSPHRASE, iterations: FAST_ITERATIONS });
    vault = memoryVault(await vault.list());
    setKeyVault(vault);
    const { user } = await renderPanel();
    expect(screen.getByText(keyBackupCopy.needsUnlock)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: keyBackupCopy.download })).toBeNull();
    expect(field(keyLockCopy.unlockPassphrase)).toHaveAttribute('autocomplete', 'current-password');

    await user.type(field(keyLockCopy.unlockPassphrase), 'not the passphrase');
    await user.click(screen.getByRole('button', { name: keyLockCopy.unlock }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      keyLockCopy.errors['wrong-passphrase'],
    );
    await user.clear(field(keyLockCopy.unlockPassphrase));
    await user.type(field(keyLockCopy.unlockPassphrase), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyLockCopy.unlock }));
    expect(await screen.findByText(keyLockCopy.unlockedNow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: keyBackupCopy.download })).toBeInTheDocument();

    await user.type(field(keyLockCopy.unlockPassphrase), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: keyLockCopy.remove }));
    expect(await screen.findByText(keyLockCopy.removedNow)).toBeInTheDocument();
    expect((await listTherapistKeys()).some(isLockedKey)).toBe(false);
  });
});
