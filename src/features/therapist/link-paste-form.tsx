import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { appCopy, pageTitle } from '../../content/app.ts';
import { landingCopy, linkPasteCopy } from '../../content/therapist.ts';
import {
  decodeTherapistLink,
  type LinkError,
  type TherapistLink,
} from '../../questionnaire/therapist-link.ts';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { TextArea } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';

const FIELD_ID = 'pasted-link';

/**
 * A place to paste a therapist's link (the full address, the part after "#", or the code
 * alone), for when opening it did not work: a mail app that broke it over two lines, say.
 * `children` is the page's heading and words, between the error summary and the form.
 */
export function LinkPasteForm({
  onOpened,
  children,
}: {
  onOpened: (link: TherapistLink, legacy: boolean) => void;
  children: ReactNode;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<LinkError | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const result = await decodeTherapistLink(text);
    busyRef.current = false;
    setBusy(false);
    if (result.ok) {
      onOpened(result.link, result.legacy);
      return;
    }
    setError(result.error);
    setSubmitCount((count) => count + 1);
  };

  const message = error ? linkPasteCopy.errors[error] : undefined;
  useDocumentTitle(pageTitle(`${message ? `${appCopy.errorPrefix} ` : ''}${landingCopy.title}`));
  return (
    <>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={message ? [{ fieldId: FIELD_ID, message }] : []}
        submitCount={submitCount}
      />
      {children}
      <h2>{linkPasteCopy.heading}</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextArea
          id={FIELD_ID}
          label={linkPasteCopy.label}
          hint={linkPasteCopy.hint}
          rows={4}
          className="textarea textarea--code"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={text}
          error={message}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--secondary" aria-disabled={busy}>
          {linkPasteCopy.submit}
        </button>
        <p role="status" className="status-line">
          {busy ? linkPasteCopy.opening : ''}
        </p>
      </form>
    </>
  );
}
