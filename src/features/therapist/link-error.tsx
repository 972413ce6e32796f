import { useNavigate } from 'react-router';
import { linkErrorCopy } from '../../content/therapist.ts';
import type { LinkError, TherapistLink } from '../../questionnaire/therapist-link.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { clearTherapistLink } from '../../storage/therapist-link-store.ts';
import { LinkPasteForm } from './link-paste-form.tsx';

/**
 * A link that cannot be read: say so kindly, offer the app without the link, and a place to
 * paste the link again (a mail app may have broken it on the way).
 */
export function LinkErrorView({
  error,
  onOpened,
}: {
  error: LinkError;
  onOpened: (link: TherapistLink, legacy: boolean) => void;
}) {
  const navigate = useNavigate();
  return (
    <LinkPasteForm onOpened={onOpened}>
      <PageHeading>{linkErrorCopy.title}</PageHeading>
      <p className="lead">{linkErrorCopy.reasons[error]}</p>
      <p>{linkErrorCopy.stillUse}</p>
      <p>{linkErrorCopy.askAgain}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          clearTherapistLink();
          navigate('/');
        }}
      >
        {linkErrorCopy.continue}
      </button>
    </LinkPasteForm>
  );
}
