import { useState } from 'react';
import { storageFormCopy as copy } from '../../content/privacy.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';

interface PassphraseFieldsProps {
  passphrase: string;
  confirm: string;
  errors: { passphrase?: string; confirm?: string };
  onPassphrase(value: string): void;
  onConfirm(value: string): void;
}

/**
 * A new passphrase, typed twice. Pasting is allowed (a password manager or a long phrase
 * is safer than a short one). autoComplete is off so the browser does not offer to save it
 * where someone else on this device could find it.
 */
export function PassphraseFields({
  passphrase,
  confirm,
  errors,
  onPassphrase,
  onConfirm,
}: PassphraseFieldsProps) {
  const [show, setShow] = useState(false);
  const type = show ? 'text' : 'password';
  return (
    <>
      <TextInput
        id="storage-passphrase"
        label={copy.passphraseLabel}
        hint={copy.passphraseHint}
        error={errors.passphrase}
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={passphrase}
        onChange={(event) => onPassphrase(event.currentTarget.value)}
      />
      <TextInput
        id="storage-passphrase-confirm"
        label={copy.confirmLabel}
        error={errors.confirm}
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={confirm}
        onChange={(event) => onConfirm(event.currentTarget.value)}
      />
      <Choice
        type="checkbox"
        id="storage-show-passphrase"
        label={copy.showPassphrase}
        checked={show}
        onChange={(event) => setShow(event.currentTarget.checked)}
      />
    </>
  );
}
