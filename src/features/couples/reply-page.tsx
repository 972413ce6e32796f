import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../../content/app.ts';
import { importCopy, replyCopy, shareCopy } from '../../content/couples.ts';
import { emptyMarks, ifBothItems } from '../../questionnaire/privacy-marks.ts';
import type { PartnerReplyError } from '../../questionnaire/partner-reply.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { CodeOutput as CodeBox } from '../../components/ui/code-output.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextArea } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths } from './couple-paths.ts';
import { useApartRedirect } from './use-couple-guards.ts';
// Names can come from another device: control and bidi-override characters are removed.
import { cleanText } from '../../questionnaire/therapist-link.ts';

type Made = { state: 'making' } | { state: 'made'; code: string } | { state: 'failed' };

/**
 * The second swap: each partner sends a reply code made from the other's partner code, and
 * enters the other's reply. Only then are "only if we both" items matched, on both devices.
 * The page is the same for everyone: it never shows whether anything is kept that way.
 */
export function ReplyPage() {
  const redirect = useApartRedirect('reply');
  const answers = useAnswersStore((state) => state.answers);
  const marks = useCoupleStore((state) => state.draftMarks) ?? emptyMarks();
  const partner = useCoupleStore((state) => state.partner);
  const psiSecret = useCoupleStore((state) => state.psiSecret);
  const codeId = useCoupleStore((state) => state.codeId);
  const [made, setMade] = useState<Made>({ state: 'making' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<PartnerReplyError | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const busyRef = useRef(false);
  const navigate = useNavigate();
  useDocumentTitle(pageTitle(`${error ? `${appCopy.errorPrefix} ` : ''}${replyCopy.title}`));

  const offer = partner?.offer;
  const session =
    partner && offer
      ? {
          psiSecret,
          codeId,
          partnerOffer: offer,
          partnerShared: partner.answers,
          ownIfBoth: ifBothItems(answers, marks),
        }
      : null;
  const sessionKey = session ? JSON.stringify(session) : '';

  useEffect(() => {
    if (!session) return;
    let live = true;
    void import('./apart-match.ts')
      .then(({ makeReplyCode, sessionSecret }) => {
        // Someone may enter their partner's code before making their own: the secret is new then.
        const { stored } = sessionSecret(session.psiSecret);
        if (stored !== session.psiSecret) {
          useCoupleStore.getState().setPsiSecret(stored);
          return undefined;
        }
        return makeReplyCode(session);
      })
      .then((reply) => {
        if (!live || reply === undefined) return;
        setMade(reply ? { state: 'made', code: reply } : { state: 'failed' });
      })
      .catch(() => live && setMade({ state: 'failed' }));
    return () => {
      live = false;
    };
    // The session is rebuilt each render; its JSON says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the session's content
  }, [sessionKey]);

  if (redirect) return <Navigate to={redirect} replace />;
  const name = cleanText(partner?.name ?? '') || importCopy.yourPartner;

  if (!session) {
    return (
      <>
        <BackLink to={apartPaths.enter}>{appCopy.back}</BackLink>
        <PageHeading>{replyCopy.heading}</PageHeading>
        <p className="lead">{replyCopy.noOffer(name)}</p>
        <p>
          <Link className="button" to={apartPaths.compare}>
            {replyCopy.noOfferLink}
          </Link>
        </p>
      </>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const { readReplyCode } = await import('./apart-match.ts');
    const result = await readReplyCode(code, session);
    busyRef.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setSubmitCount((count) => count + 1);
      return;
    }
    useCoupleStore.getState().setReply(result.reply);
    navigate(apartPaths.compare);
  };
  const message = error ? replyCopy.errors[error] : undefined;

  return (
    <>
      <BackLink to={apartPaths.enter}>{appCopy.back}</BackLink>
      <ErrorSummary
        title={appCopy.errorSummaryTitle}
        errors={message ? [{ fieldId: 'reply-code', message }] : []}
        submitCount={submitCount}
      />
      <PageHeading>{replyCopy.heading}</PageHeading>
      <p className="lead">{replyCopy.lead(name)}</p>
      <section aria-labelledby="your-reply-heading" className="panel panel--highlight">
        <h2 id="your-reply-heading">{replyCopy.yourReply}</h2>
        <p role="status" className="status-line">
          {made.state === 'making' ? replyCopy.making : ''}
        </p>
        {made.state === 'failed' ? <p className="inset-text">{replyCopy.failed}</p> : null}
        {made.state === 'made' ? (
          <CodeBox
            id="reply-code-output"
            text={made.code}
            label={replyCopy.yourReply}
            hideLabel
            hint={replyCopy.yourReplyHint(made.code.length)}
            rows={4}
            boxClassName="code-box"
            copy={{
              label: replyCopy.copy,
              copied: replyCopy.copied,
              failed: shareCopy.copyFailed,
              primary: true,
            }}
            qr={{
              alt: replyCopy.qrAlt,
              hint: shareCopy.qrHint,
              tooLong: shareCopy.qrTooLong,
              failed: shareCopy.qrFailed,
              margin: 2,
            }}
          />
        ) : null}
      </section>
      <section aria-labelledby="their-reply-heading">
        <h2 id="their-reply-heading">{replyCopy.enterHeading(name)}</h2>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextArea
            id="reply-code"
            label={replyCopy.code(name)}
            hint={replyCopy.codeHint}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            value={code}
            error={message}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className="button" aria-disabled={busy}>
            {replyCopy.submit}
          </button>
          <p role="status" className="status-line">
            {busy ? replyCopy.checking : ''}
          </p>
        </form>
      </section>
      <p>
        <Link to={apartPaths.compare}>{replyCopy.skip}</Link>
      </p>
    </>
  );
}
