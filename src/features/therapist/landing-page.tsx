import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { introCopy, landingCopy } from '../../content/therapist.ts';
import { firstUnansweredStep, stepNumber } from '../../questionnaire/steps.ts';
import { decodeTherapistLink, type LinkError } from '../../questionnaire/therapist-link.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import {
  clearTherapistLink,
  hasLinkQuestions,
  useTherapistLinkStore,
} from '../../storage/therapist-link-store.ts';
import { LinkErrorView } from './link-error.tsx';
import { LinkIntro } from './link-intro.tsx';
import { CHECK_PATH, LINK_QUESTIONS_PATH } from './paths.ts';

type Status =
  { kind: 'reading' } | { kind: 'ready'; legacy: boolean } | { kind: 'error'; error: LinkError };

/** Where "Start" goes: the start page, or back into a journey already under way. */
function useStartPath(): string {
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const next = useAnswersStore((state) => firstUnansweredStep(state.answered));
  const asks = useTherapistLinkStore(hasLinkQuestions);
  if (!ageConfirmed) return '/';
  if (next) return `/prepare/${stepNumber(next)}`;
  return asks ? LINK_QUESTIONS_PATH : CHECK_PATH;
}

/**
 * The page a therapist's link opens: `/from#v2.…`. The code lives in the fragment, which
 * browsers never send to a server. Once read, the fragment is dropped from the address bar.
 */
export function LandingPage() {
  useDocumentTitle(pageTitle(landingCopy.title));
  const { hash } = useLocation();
  const navigate = useNavigate();
  const link = useTherapistLinkStore((state) => state.link);
  const activate = useTherapistLinkStore((state) => state.activate);
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const startPath = useStartPath();
  const [status, setStatus] = useState<Status>(() =>
    hash.length > 1
      ? { kind: 'reading' }
      : link
        ? { kind: 'ready', legacy: false }
        : { kind: 'error', error: 'empty' },
  );

  useEffect(() => {
    if (hash.length <= 1) return;
    let cancelled = false;
    void decodeTherapistLink(hash.slice(1)).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setStatus({ kind: 'error', error: result.error });
        return;
      }
      activate(result.link);
      setStatus({ kind: 'ready', legacy: result.legacy });
      navigate({ hash: '' }, { replace: true });
    });
    return () => {
      cancelled = true;
    };
  }, [hash, activate, navigate]);

  if (status.kind === 'error') {
    return (
      <LinkErrorView
        error={status.error}
        onOpened={(opened, legacy) => {
          activate(opened);
          setStatus({ kind: 'ready', legacy });
          if (hash.length > 1) navigate({ hash: '' }, { replace: true });
        }}
      />
    );
  }
  if (status.kind === 'reading' || !link) {
    return <PageHeading key="reading">{landingCopy.opening}</PageHeading>;
  }
  return (
    <>
      <PageHeading key="ready">{introCopy.preparedFor(link.name)}</PageHeading>
      <LinkIntro link={link} legacy={status.legacy} />
      {link.questions.length > 0 ? (
        <p>{introCopy.questionsCount(link.name, link.questions.length)}</p>
      ) : null}
      <p>
        {link.returnMode === 'encrypted'
          ? introCopy.returnEncrypted(link.name)
          : introCopy.returnBring}
      </p>
      <p>{landingCopy.stayPrivate}</p>
      <div className="button-group">
        <Link className="button button--start" to={startPath}>
          {ageConfirmed ? landingCopy.carryOn : landingCopy.start}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            clearTherapistLink();
            navigate('/');
          }}
        >
          {landingCopy.notNow}
        </button>
      </div>
    </>
  );
}
