import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { importCopy } from '../../content/couples.ts';
import { decodePartnerCode, type PartnerCodeError } from '../../questionnaire/partner-code.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextArea, TextInput } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths } from './couple-paths.ts';
import { useApartRedirect } from './use-couple-guards.ts';
// Names can come from another device: control and bidi-override characters are removed.
import { cleanText } from '../../questionnaire/therapist-link.ts';

const passphraseErrors: readonly PartnerCodeError[] = ['needs-passphrase', 'wrong-passphrase'];

/**
 * Reads the partner's code. A code that does not work says exactly why, and keeps what the
 * person typed: nothing here or in their own answers is lost.
 */
export function EnterCodePage() {
  const redirect = useApartRedirect('enter');
  const codeId = useCoupleStore((state) => state.codeId);
  const current = useCoupleStore((state) => state.partner);
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<PartnerCodeError | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const busyRef = useRef(false);
  const navigate = useNavigate();
  useDocumentTitle(pageTitle(`${error ? `${appCopy.errorPrefix} ` : ''}${importCopy.title}`));
  if (redirect) return <Navigate to={redirect} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const result = await decodePartnerCode(code, { passphrase, ownCodeId: codeId });
    busyRef.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setSubmitCount((count) => count + 1);
      return;
    }
    const { name, answers, psi } = result.payload;
    const offer = psi ? (await import('./apart-match.ts')).storedOffer(psi) : undefined;
    useCoupleStore
      .getState()
      .setPartner({ ...(name ? { name } : {}), answers, ...(offer ? { offer } : {}) });
    navigate(apartPaths.reply);
  };

  const onPassphrase = error !== null && passphraseErrors.includes(error);
  const message = error ? importCopy.errors[error] : undefined;

  return (
    <>
      <BackLink to={apartPaths.share}>{appCopy.back}</BackLink>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={
          message ? [{ fieldId: onPassphrase ? 'code-passphrase' : 'partner-code', message }] : []
        }
        submitCount={submitCount}
      />
      <PageHeading>{importCopy.heading}</PageHeading>
      <p className="lead">{importCopy.lead}</p>
      {current ? (
        <p className="inset-text">
          {importCopy.replaceNote(cleanText(current.name ?? '') || importCopy.yourPartner)}
        </p>
      ) : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextArea
          id="partner-code"
          label={importCopy.code}
          hint={importCopy.codeHint}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={code}
          error={message && !onPassphrase ? message : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        <TextInput
          id="code-passphrase"
          type="password"
          label={importCopy.passphrase}
          hint={importCopy.passphraseHint}
          autoComplete="current-password"
          value={passphrase}
          error={message && onPassphrase ? message : undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="button" aria-disabled={busy}>
          {importCopy.submit}
        </button>
        <p role="status" className="status-line">
          {busy ? importCopy.checking : ''}
        </p>
      </form>
    </>
  );
}
