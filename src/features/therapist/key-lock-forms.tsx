import { useState, type FormEvent } from 'react';
import { appCopy } from '../../content/app.ts';
import { keyListCopy, keyLockCopy } from '../../content/therapist.ts';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import {
  isLockedKey,
  isUnlockedHere,
  lockTherapistKeys,
  makeTherapistKey,
  removeTherapistKeyLock,
  unlockTherapistKeys,
  type StoredKey,
} from '../../storage/therapist-key-store.ts';
import { shortKeyId } from './key-backup.ts';
import { KEY_PASSPHRASE_MIN } from './key-passphrase.ts';
import {
  checkNewPassphrase,
  emptyPassphrase,
  NewPassphraseFields,
  type NewPassphrase,
} from './passphrase-fields.tsx';

type LockError = keyof typeof keyLockCopy.errors;

function fieldErrors(entries: [string, string | undefined][]): FieldError[] {
  return entries.flatMap(([fieldId, message]) => (message ? [{ fieldId, message }] : []));
}

/** Locks every key kept plain with a new passphrase, typed twice. */
function LockForm({ onDone }: { onDone: (message: string) => Promise<void> }) {
  const [value, setValue] = useState<NewPassphrase>(emptyPassphrase);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassphrase(value);
    if (!found.passphrase && !found.confirm) {
      setBusy(true);
      const outcome = await lockTherapistKeys({ passphrase: value.passphrase });
      setBusy(false);
      if (outcome === 'locked') {
        setErrors({});
        setValue(emptyPassphrase);
        await onDone(keyLockCopy.lockedNow);
        return;
      }
      found.passphrase = keyLockCopy.errors[outcome];
    }
    setErrors(found);
    setSubmitCount((count) => count + 1);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        id="lock-errors"
        title={appCopy.errorSummaryTitle}
        errors={fieldErrors([
          ['lock-passphrase', errors.passphrase],
          ['lock-confirm', errors.confirm],
        ])}
        submitCount={submitCount}
      />
      <NewPassphraseFields
        idPrefix="lock"
        label={keyLockCopy.passphrase}
        hint={keyLockCopy.passphraseHint(KEY_PASSPHRASE_MIN)}
        confirmLabel={keyLockCopy.confirm}
        value={value}
        onChange={setValue}
        errors={errors}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? keyLockCopy.locking : keyLockCopy.lock}
      </button>
    </form>
  );
}

/** The passphrase of a lock already set: unlock the keys for this tab, or remove the lock. */
function UnlockForm({
  waiting,
  onDone,
}: {
  waiting: boolean;
  onDone: (message: string) => Promise<void>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<LockError | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const run = async (action: 'unlock' | 'remove') => {
    let problem: LockError | null = null;
    if (passphrase === '') problem = 'empty';
    else {
      setBusy(true);
      if (action === 'unlock') {
        const { unlocked } = await unlockTherapistKeys(passphrase);
        if (unlocked === 0) problem = 'wrong-passphrase';
      } else {
        const outcome = await removeTherapistKeyLock(passphrase);
        if (outcome !== 'removed') problem = outcome;
      }
      setBusy(false);
    }
    setError(problem);
    if (problem) {
      setSubmitCount((count) => count + 1);
      return;
    }
    setPassphrase('');
    await onDone(action === 'unlock' ? keyLockCopy.unlockedNow : keyLockCopy.removedNow);
  };

  const message = error ? keyLockCopy.errors[error] : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(waiting ? 'unlock' : 'remove');
      }}
    >
      <ErrorSummary
        id="unlock-errors"
        title={appCopy.errorSummaryTitle}
        errors={fieldErrors([['unlock-passphrase', message]])}
        submitCount={submitCount}
      />
      <TextInput
        id="unlock-passphrase"
        label={keyLockCopy.unlockPassphrase}
        hint={keyLockCopy.unlockHint}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        value={passphrase}
        error={message}
        errorPrefix={appCopy.errorPrefix}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <div className="button-group">
        {waiting ? (
          <button type="submit" className="button" disabled={busy}>
            {busy ? keyLockCopy.unlocking : keyLockCopy.unlock}
          </button>
        ) : null}
        <button
          type={waiting ? 'button' : 'submit'}
          className={waiting ? 'button button--secondary' : 'button'}
          disabled={busy}
          onClick={
            waiting
              ? () => {
                  void run('remove');
                }
              : undefined
          }
        >
          {keyLockCopy.remove}
        </button>
      </div>
    </form>
  );
}

/**
 * The optional lock on this browser's keys, and what it costs: explained, then set, opened
 * for this tab, or removed.
 */
export function KeyLockSection({
  keys,
  onChange,
}: {
  keys: readonly StoredKey[];
  onChange: () => Promise<void>;
}) {
  const [status, setStatus] = useState('');
  const locked = keys.filter(isLockedKey);
  // Open at first when there is a lock to open; then as the therapist leaves it, so a message
  // after removing the lock is not folded away.
  const [open, setOpen] = useState(locked.length > 0);
  const anyPlain = locked.length < keys.length;
  const waiting = locked.some((key) => !isUnlockedHere(key));
  const done = async (message: string) => {
    await onChange();
    setStatus(message);
  };
  return (
    <details
      className="guide__details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="guide__summary">{keyLockCopy.heading}</summary>
      <ul className="bullets">
        {keyLockCopy.intro.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {locked.length > 0 ? (
        <p>{waiting ? keyLockCopy.lockedStatus : keyLockCopy.unlockedStatus}</p>
      ) : null}
      {anyPlain ? <LockForm onDone={done} /> : null}
      {locked.length > 0 ? <UnlockForm waiting={waiting} onDone={done} /> : null}
      <p className="status-line" role="status">
        {status}
      </p>
    </details>
  );
}

/** "Make a new key", after a plain explanation and a confirm step. */
export function NewKeySection({
  keys,
  onMade,
}: {
  keys: readonly StoredKey[];
  onMade: (key: StoredKey) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<keyof typeof keyListCopy.errors | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const locked = keys.some(isLockedKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await makeTherapistKey(locked ? passphrase : '');
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.error);
      setSubmitCount((count) => count + 1);
      return;
    }
    setError(null);
    setPassphrase('');
    setConfirming(false);
    await onMade(outcome.key);
    setMade(outcome.key.kid);
  };

  const message = error ? keyListCopy.errors[error] : undefined;
  const fieldId = locked ? 'new-key-passphrase' : 'new-key-confirm';
  return (
    <details className="guide__details">
      <summary className="guide__summary">{keyListCopy.newHeading}</summary>
      <ul className="bullets">
        {keyListCopy.newIntro.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {confirming ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            id="new-key-errors"
            title={appCopy.errorSummaryTitle}
            errors={fieldErrors([[fieldId, message]])}
            submitCount={submitCount}
          />
          <h3>{keyListCopy.confirmHeading}</h3>
          <p>{keyListCopy.confirmText}</p>
          {locked ? (
            <TextInput
              id="new-key-passphrase"
              label={keyListCopy.confirmPassphrase}
              hint={keyListCopy.confirmPassphraseHint}
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              value={passphrase}
              error={message}
              errorPrefix={appCopy.errorPrefix}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          ) : message ? (
            <p className="error-message">{message}</p>
          ) : null}
          <div className="button-group">
            <button id="new-key-confirm" type="submit" className="button" disabled={busy}>
              {busy ? keyListCopy.making : keyListCopy.confirm}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                setError(null);
                setPassphrase('');
              }}
            >
              {keyListCopy.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true);
            setMade(null);
          }}
        >
          {keyListCopy.newStart}
        </button>
      )}
      <p className="status-line" role="status">
        {made ? keyListCopy.madeNew(shortKeyId(made)) : ''}
      </p>
    </details>
  );
}
