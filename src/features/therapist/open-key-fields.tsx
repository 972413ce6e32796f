import { appCopy } from '../../content/app.ts';
import { keyBackupCopy, keyCopy, openCopy, openKeyCopy } from '../../content/therapist.ts';
import { FileInput, TextInput } from '../../components/ui/text-field.tsx';
import { isLockedKey, isUnlockedHere, type KeyList } from '../../storage/therapist-key-store.ts';
import { BackupForm, type BackupKey } from './backup-form.tsx';
import { shortKeyId } from './key-backup.ts';
import type { KeyProblem } from './open-keys.ts';

export type KeyFieldId = 'key-file' | 'key-file-passphrase' | 'store-passphrase';

/** The field a key problem is about, for the error summary's link. */
export function keyProblemField(problem: KeyProblem): KeyFieldId {
  switch (problem.kind) {
    case 'store-locked':
    case 'store-wrong-passphrase':
      return 'store-passphrase';
    case 'needs-passphrase':
    case 'wrong-passphrase':
      return 'key-file-passphrase';
    default:
      return 'key-file';
  }
}

export function keyProblemMessage(problem: KeyProblem): string {
  const { errors } = openKeyCopy;
  switch (problem.kind) {
    case 'no-key':
    case 'no-matching-key':
      return errors[problem.kind](shortKeyId(problem.kid));
    case 'other-key-file':
      return errors['other-key-file'](shortKeyId(problem.fileKid), shortKeyId(problem.kid));
    default:
      return errors[problem.kind];
  }
}

export interface KeyFieldValues {
  storePassphrase: string;
  filePassphrase: string;
}

/** The open page's key part: what is kept here, a locked key's passphrase, the backup file. */
export function OpenKeyFields({
  list,
  values,
  onValues,
  onKeyFile,
  errorFor,
}: {
  list: KeyList | null;
  values: KeyFieldValues;
  onValues: (next: KeyFieldValues) => void;
  onKeyFile: (file: File | null) => void;
  errorFor: (fieldId: KeyFieldId) => string | undefined;
}) {
  const waiting = list?.keys.some((key) => isLockedKey(key) && !isUnlockedHere(key)) ?? false;
  return (
    <>
      {list === null ? null : (
        <p>{list.keys.length > 0 ? openCopy.keyStored(list.keys.length) : openCopy.noKeyStored}</p>
      )}
      {list && list.damaged.length > 0 ? (
        <p className="notice" role="status">
          {openKeyCopy.damagedHere(list.damaged.length)}
        </p>
      ) : null}
      {waiting ? (
        <TextInput
          id="store-passphrase"
          label={openKeyCopy.storePassphrase}
          hint={openKeyCopy.storePassphraseHint}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={values.storePassphrase}
          error={errorFor('store-passphrase')}
          errorPrefix={appCopy.errorPrefix}
          onChange={(event) => onValues({ ...values, storePassphrase: event.target.value })}
        />
      ) : null}
      <FileInput
        id="key-file"
        label={openCopy.keyFile}
        hint={openCopy.keyFileHint}
        accept=".json,application/json"
        error={errorFor('key-file')}
        errorPrefix={appCopy.errorPrefix}
        onFile={onKeyFile}
      />
      <TextInput
        id="key-file-passphrase"
        label={openKeyCopy.filePassphrase}
        hint={openKeyCopy.filePassphraseHint}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={values.filePassphrase}
        error={errorFor('key-file-passphrase')}
        errorPrefix={appCopy.errorPrefix}
        onChange={(event) => onValues({ ...values, filePassphrase: event.target.value })}
      />
    </>
  );
}

/** After an unprotected (version 1) backup file opened a summary: a protected one, now. */
export function UnprotectedFileAdvice({ backup }: { backup: BackupKey }) {
  return (
    <section className="notice no-print" aria-labelledby="old-key-file-heading">
      <h2 id="old-key-file-heading">{openKeyCopy.oldFileHeading}</h2>
      <p>{openKeyCopy.oldFile}</p>
      <p>{keyCopy.id(shortKeyId(backup.kid))}</p>
      <p>{keyBackupCopy.intro}</p>
      <BackupForm keys={[backup]} idPrefix="old-key-backup" />
    </section>
  );
}
