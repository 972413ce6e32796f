import { appCopy } from '../../content/app.ts';
import { keyBackupCopy } from '../../content/therapist.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import {
  KEY_PASSPHRASE_MIN,
  newPassphraseProblems,
  passphraseStrength,
  type NewPassphraseProblems,
} from './key-passphrase.ts';

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
  show: boolean;
}

export const emptyPassphrase: NewPassphrase = { passphrase: '', confirm: '', show: false };

/** The words for what is wrong with a new passphrase, by field. */
export function passphraseErrors(problems: NewPassphraseProblems): {
  passphrase?: string;
  confirm?: string;
} {
  const { errors } = keyBackupCopy;
  return {
    passphrase:
      problems.passphrase === 'too-short'
        ? errors['too-short'](KEY_PASSPHRASE_MIN)
        : problems.passphrase && errors.empty,
    confirm:
      problems.confirm === 'empty' ? errors['confirm-empty'] : problems.confirm && errors.different,
  };
}

export const checkNewPassphrase = (value: NewPassphrase) =>
  passphraseErrors(newPassphraseProblems(value.passphrase, value.confirm));

function StrengthLine({ id, passphrase }: { id: string; passphrase: string }) {
  const strength = passphraseStrength(passphrase);
  const { strength: words } = keyBackupCopy;
  const text =
    strength === 'empty'
      ? ''
      : strength === 'too-short'
        ? words['too-short'](KEY_PASSPHRASE_MIN)
        : words[strength];
  return (
    <p id={id} className="hint status-line" aria-live="polite">
      {text}
    </p>
  );
}

/** A new passphrase typed twice, with a plain length hint and a way to see what was typed. */
export function NewPassphraseFields({
  idPrefix,
  label,
  hint,
  confirmLabel,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  label: string;
  hint: string;
  confirmLabel: string;
  value: NewPassphrase;
  onChange: (next: NewPassphrase) => void;
  errors: { passphrase?: string; confirm?: string };
}) {
  const type = value.show ? 'text' : 'password';
  return (
    <>
      <TextInput
        id={`${idPrefix}-passphrase`}
        label={label}
        hint={hint}
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        value={value.passphrase}
        error={errors.passphrase}
        errorPrefix={appCopy.errorPrefix}
        onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
      />
      <StrengthLine id={`${idPrefix}-strength`} passphrase={value.passphrase} />
      <TextInput
        id={`${idPrefix}-confirm`}
        label={confirmLabel}
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        value={value.confirm}
        error={errors.confirm}
        errorPrefix={appCopy.errorPrefix}
        onChange={(event) => onChange({ ...value, confirm: event.target.value })}
      />
      <div className="form-group">
        <Choice
          type="checkbox"
          id={`${idPrefix}-show`}
          label={keyBackupCopy.show}
          checked={value.show}
          onChange={(event) => onChange({ ...value, show: event.currentTarget.checked })}
        />
      </div>
    </>
  );
}
