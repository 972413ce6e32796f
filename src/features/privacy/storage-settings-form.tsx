import { useState, type FormEvent } from 'react';
import { appCopy } from '../../content/app.ts';
import { storageFormCopy as copy, storageModeCopy } from '../../content/privacy.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import {
  storageModes,
  FORGET_DAYS_DEFAULT,
  type StorageMode,
} from '../../storage/storage-settings.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { PassphraseFields } from './passphrase-fields.tsx';
import { describeStatus } from './storage-status.ts';
import { draftChoice, validateDraft, type DraftErrors } from './storage-settings-form-draft.ts';

/** Chooses where answers are kept. Used on the start page and on the Privacy page. */
export function StorageSettingsForm({ hint }: { hint?: string }) {
  const status = useStorageSettings((state) => state.status);
  const applyChoice = useStorageSettings((state) => state.applyChoice);
  const lockedNow = status.mode === 'device' && status.locked;
  const [mode, setMode] = useState<StorageMode>(status.mode);
  const [days, setDays] = useState(
    String(status.mode === 'device' ? status.forgetAfterDays : FORGET_DAYS_DEFAULT),
  );
  const [lock, setLock] = useState(lockedNow);
  const [keepLock, setKeepLock] = useState(lockedNow);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const needsPassphrase = mode === 'device' && lock && !(lockedNow && keepLock);

  const draft = { mode, days, lock, needsPassphrase, passphrase, confirm };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      setSubmitCount((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await applyChoice(draftChoice(draft));
    setBusy(false);
    setPassphrase('');
    setConfirm('');
    if (!result.ok) {
      setMessage(copy.deviceUnavailable);
      return;
    }
    setKeepLock(lock);
    setMessage([copy.saved, ...describeStatus(useStorageSettings.getState().status)].join(' '));
  };

  const summary: FieldError[] = [
    errors.days && { fieldId: 'storage-days', message: errors.days },
    errors.passphrase && { fieldId: 'storage-passphrase', message: errors.passphrase },
    errors.confirm && { fieldId: 'storage-passphrase-confirm', message: errors.confirm },
  ].filter((error): error is FieldError => Boolean(error));

  const deviceOptions = (
    <>
      <TextInput
        id="storage-days"
        className="input input--short"
        label={copy.daysLabel}
        hint={copy.daysHint}
        error={errors.days}
        inputMode="numeric"
        autoComplete="off"
        value={days}
        onChange={(event) => setDays(event.currentTarget.value)}
      />
      <Choice
        type="checkbox"
        id="storage-lock"
        label={copy.lockLabel}
        hint={copy.lockHint}
        checked={lock}
        onChange={(event) => setLock(event.currentTarget.checked)}
      />
      {/* Beside the lock box, not nested under it: one level of indent keeps it readable
          on a phone with large text. */}
      {lock && lockedNow ? (
        <Choice
          type="checkbox"
          id="storage-keep-lock"
          label={copy.keepLockLabel}
          checked={keepLock}
          onChange={(event) => setKeepLock(event.currentTarget.checked)}
        />
      ) : null}
      {needsPassphrase ? (
        <PassphraseFields
          passphrase={passphrase}
          confirm={confirm}
          errors={errors}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
        />
      ) : null}
    </>
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={summary} submitCount={submitCount} />
      <ChoiceGroup
        type="radio"
        id="storage-mode"
        legend={copy.legend}
        hint={hint}
        items={storageModes.map((option) => ({
          value: option,
          label: storageModeCopy[option].label,
          hint: storageModeCopy[option].hint,
          reveal: option === 'device' && mode === 'device' ? deviceOptions : undefined,
        }))}
        field={{ name: 'storage-mode' }}
        value={mode}
        onChange={setMode}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {busy ? copy.saving : copy.save}
      </button>
      <p className="storage-form__status" role="status">
        {message}
      </p>
    </form>
  );
}
