import { useState, type FormEvent } from 'react';
import { appCopy, pageTitle } from '../../content/app.ts';
import { unlockCopy as copy } from '../../content/privacy-pages.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';

const FIELD_ID = 'unlock-passphrase';

/** Shown instead of any page while answers saved on this device are locked. */
export function UnlockScreen() {
  useDocumentTitle(pageTitle(copy.title));
  const unlock = useStorageSettings((state) => state.unlock);
  const forgetLocked = useStorageSettings((state) => state.forgetLocked);
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [confirmForget, setConfirmForget] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') {
      setError(copy.empty);
      setSubmitCount((count) => count + 1);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await unlock(passphrase);
    setBusy(false);
    if (!result.ok) {
      setError(copy.wrong);
      setSubmitCount((count) => count + 1);
    }
  };

  return (
    <>
      <PageHeading>{copy.title}</PageHeading>
      <p>{copy.body}</p>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={error ? [{ fieldId: FIELD_ID, message: error }] : []}
        submitCount={submitCount}
      />
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <TextInput
          id={FIELD_ID}
          label={copy.label}
          error={error ?? undefined}
          type={show ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <Choice
          type="checkbox"
          id="unlock-show"
          label={copy.showPassphrase}
          checked={show}
          onChange={(event) => setShow(event.currentTarget.checked)}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {busy ? copy.working : copy.button}
          </button>
        </div>
      </form>
      <section aria-labelledby="unlock-forgot" className="panel">
        <h2 id="unlock-forgot">{copy.forgotHeading}</h2>
        <p>{copy.forgotBody}</p>
        {confirmForget ? (
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={forgetLocked}>
              {copy.forgetConfirm}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirmForget(false)}
            >
              {copy.forgetCancel}
            </button>
          </div>
        ) : (
          <p>
            <button type="button" className="link-button" onClick={() => setConfirmForget(true)}>
              {copy.forget}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
