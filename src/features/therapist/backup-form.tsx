import { useState, type FormEvent } from 'react';
import { appCopy } from '../../content/app.ts';
import { keyBackupCopy } from '../../content/therapist.ts';
import type { RecipientKeys } from '../../lib/hybrid-crypto.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { downloadText } from '../../storage/download.ts';
import { formatDate } from './format.ts';
import { keyBackupJson, shortKeyId } from './key-backup.ts';
import { KEY_PASSPHRASE_MIN } from './key-passphrase.ts';
import {
  checkNewPassphrase,
  emptyPassphrase,
  NewPassphraseFields,
  type NewPassphrase,
} from './passphrase-fields.tsx';

export interface BackupKey extends RecipientKeys {
  kid: string;
  /** ISO date and time the key was made. */
  created: string;
}

export const keyDate = (created: string) => formatDate(created.slice(0, 10));

/**
 * Downloads a protected backup key file of one of `keys` (oldest first; the newest is chosen
 * at first). The passphrase is typed twice and never kept.
 */
export function BackupForm({
  keys,
  idPrefix,
  newestKid = keys.at(-1)?.kid,
}: {
  keys: readonly BackupKey[];
  idPrefix: string;
  /** The key new links use, named as such; the last of `keys` unless told. */
  newestKid?: string;
}) {
  const newest = keys.at(-1);
  const [chosen, setChosen] = useState(newest?.kid ?? '');
  const [value, setValue] = useState<NewPassphrase>(emptyPassphrase);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ fileName: string } | 'failed' | null>(null);
  const key = keys.find((candidate) => candidate.kid === chosen) ?? newest;
  if (!key) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassphrase(value);
    setErrors(found);
    setOutcome(null);
    if (found.passphrase || found.confirm) {
      setSubmitCount((count) => count + 1);
      return;
    }
    setBusy(true);
    try {
      const json = await keyBackupJson(key, key.created, value.passphrase);
      const fileName = keyBackupCopy.backupFileName(shortKeyId(key.kid));
      downloadText(json, fileName, 'application/json');
      setValue(emptyPassphrase);
      setOutcome({ fileName });
    } catch {
      setOutcome('failed');
    }
    setBusy(false);
  };

  const summary: FieldError[] = [
    ...(errors.passphrase
      ? [{ fieldId: `${idPrefix}-passphrase`, message: errors.passphrase }]
      : []),
    ...(errors.confirm ? [{ fieldId: `${idPrefix}-confirm`, message: errors.confirm }] : []),
  ];
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        id={`${idPrefix}-errors`}
        title={appCopy.errorSummaryTitle}
        errors={summary}
        submitCount={submitCount}
      />
      {keys.length > 1 ? (
        <ChoiceGroup
          type="radio"
          id={`${idPrefix}-key`}
          legend={keyBackupCopy.whichKey}
          items={[...keys].reverse().map((candidate) => ({
            value: candidate.kid,
            label: keyBackupCopy.keyChoice(shortKeyId(candidate.kid), keyDate(candidate.created)),
            hint: candidate.kid === newestKid ? keyBackupCopy.newestHint : undefined,
          }))}
          field={{ name: `${idPrefix}-key` }}
          value={key.kid}
          onChange={(kid) => setChosen(kid)}
        />
      ) : null}
      <NewPassphraseFields
        idPrefix={idPrefix}
        label={keyBackupCopy.passphrase}
        hint={keyBackupCopy.passphraseHint(KEY_PASSPHRASE_MIN)}
        confirmLabel={keyBackupCopy.confirm}
        value={value}
        onChange={setValue}
        errors={errors}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? keyBackupCopy.downloading : keyBackupCopy.download}
      </button>
      <p className="status-line" role="status">
        {outcome === 'failed'
          ? keyBackupCopy.failed
          : outcome
            ? keyBackupCopy.downloaded(outcome.fileName)
            : ''}
      </p>
    </form>
  );
}
