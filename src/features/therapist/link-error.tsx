import { useNavigate } from 'react-router';
import { linkErrorCopy } from '../../content/en/therapist.ts';
import type { LinkError } from '../../questionnaire/therapist-link.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { clearTherapistLink } from '../../storage/therapist-link-store.ts';

/** A link that cannot be read: say so kindly, and offer the app without the link. */
export function LinkErrorView({ error }: { error: LinkError }) {
  const navigate = useNavigate();
  return (
    <>
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
    </>
  );
}
