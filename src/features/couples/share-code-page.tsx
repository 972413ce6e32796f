import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../../content/app.ts';
import { shareCopy } from '../../content/couples.ts';
import { encodePartnerCode, PARTNER_NAME_MAX } from '../../questionnaire/partner-code.ts';
import { countBothItems } from '../../questionnaire/both-items.ts';
import { emptyMarks, ifBothItems, shareableAnswers } from '../../questionnaire/privacy-marks.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths } from './couple-paths.ts';
import { CodeOutput } from './code-output.tsx';
import { useApartRedirect } from './use-couple-guards.ts';
// Names can come from another device: control and bidi-override characters are removed.
import { cleanText } from '../../questionnaire/therapist-link.ts';

/** Makes this partner's code: text to copy, and a QR code. */
export function ShareCodePage() {
  useDocumentTitle(pageTitle(shareCopy.title));
  const redirect = useApartRedirect('share');
  const answers = useAnswersStore((state) => state.answers);
  const marks = useCoupleStore((state) => state.draftMarks) ?? emptyMarks();
  const codeId = useCoupleStore((state) => state.codeId);
  const savedName = useCoupleStore((state) => state.ownName);
  const [name, setName] = useState(savedName);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ code: string; sealed: boolean } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  if (redirect) return <Navigate to={redirect} replace />;

  const shared = shareableAnswers(answers, marks);
  const ifBoth = ifBothItems(answers, marks);
  const nameError =
    submitCount > 0 && name.trim().length > PARTNER_NAME_MAX ? shareCopy.nameTooLong : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    if (name.trim().length > PARTNER_NAME_MAX || busy) return;
    setBusy(true);
    setMade(null);
    const store = useCoupleStore.getState();
    store.setOwnName(cleanText(name));
    // The curve code loads only now, for the offer that finds "only if we both" matches.
    const { offerFor, sessionSecret } = await import('./apart-match.ts');
    // A new secret for each new code: two codes under one secret would show which kept items
    // stayed the same between them.
    const { secret, stored } = sessionSecret('');
    store.setPsiSecret(stored);
    const payload = {
      v: 2 as const,
      id: codeId,
      ...(cleanText(name) ? { name: cleanText(name) } : {}),
      answers: shared,
      psi: offerFor(secret, ifBoth),
    };
    const code = await encodePartnerCode(payload, { passphrase });
    setMade({ code, sealed: passphrase !== '' });
    setBusy(false);
  };

  return (
    <>
      <BackLink to={apartPaths.summary}>{appCopy.back}</BackLink>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={nameError ? [{ fieldId: 'own-name', message: nameError }] : []}
        submitCount={submitCount}
      />
      <PageHeading>{shareCopy.heading}</PageHeading>
      <p className="lead">{shareCopy.lead}</p>
      <p>{shareCopy.twoSwaps}</p>
      <section aria-labelledby="code-holds-heading" className="panel panel--calm">
        <h2 id="code-holds-heading">{shareCopy.whatIsIn}</h2>
        <p>{shareCopy.holds(shared.concerns.length, shared.goals.length)}</p>
        <p>{shareCopy.neverHolds}</p>
        {countBothItems(ifBoth) > 0 ? <p>{shareCopy.ifBothNote}</p> : null}
        <p>
          <Link to={apartPaths.mark}>{shareCopy.changeMarks}</Link>
        </p>
      </section>
      {answers.feelsUnsafe === 'yes' ? <p className="inset-text">{shareCopy.unsafeNote}</p> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="own-name"
          label={shareCopy.name}
          hint={shareCopy.nameHint}
          autoComplete="nickname"
          value={name}
          error={nameError}
          onChange={(event) => setName(event.target.value)}
        />
        <TextInput
          id="passphrase"
          type="password"
          label={shareCopy.passphrase}
          hint={shareCopy.passphraseHint}
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
          {shareCopy.create}
        </button>
        <p role="status" className="status-line">
          {busy ? shareCopy.creating : ''}
        </p>
      </form>
      {made ? <CodeOutput code={made.code} sealed={made.sealed} /> : null}
      <section aria-labelledby="share-next-heading">
        <h2 id="share-next-heading">{shareCopy.nextHeading}</h2>
        <div className="button-group">
          <Link className="button button--secondary" to={apartPaths.enter}>
            {shareCopy.next}
          </Link>
        </div>
        <p>
          <Link to={apartPaths.summary}>{shareCopy.ownView}</Link>
        </p>
      </section>
    </>
  );
}
