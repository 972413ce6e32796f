import { useState, type FormEvent } from 'react';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../../content/app.ts';
import { lookAwayCopy, passcodeCopy as copy, privateViewCopy } from '../../content/couples.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import type { LockedPartner, PartnerRecord } from '../../storage/couple-store.ts';
import { togetherPaths } from './couple-paths.ts';
import { unlockPartner } from './partner-seal.ts';

const FIELD_ID = 'view-passcode';

interface PasscodeScreenProps {
  name: string;
  locked: LockedPartner;
  onOpen(record: PartnerRecord): void;
}

/**
 * In front of a partner's own view when they locked it. Nothing of theirs is readable until
 * the passcode opens it; a wrong one can be tried again, and the shared view is always there.
 */
export function PasscodeScreen({ name, locked, onOpen }: PasscodeScreenProps) {
  useDocumentTitle(pageTitle(lookAwayCopy.title));
  const [passcode, setPasscode] = useState('');
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (message: string) => {
    setError(message);
    setSubmitCount((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (passcode === '') return fail(copy.empty);
    setBusy(true);
    setError(null);
    const result = await unlockPartner(locked, passcode);
    setBusy(false);
    if (result.ok) onOpen(result.record);
    else fail(copy[result.problem]);
  };

  return (
    <section className="handover">
      <PageHeading>{copy.heading(name)}</PageHeading>
      <p className="lead">{copy.body}</p>
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
          value={passcode}
          onChange={(event) => setPasscode(event.currentTarget.value)}
        />
        <Choice
          type="checkbox"
          id="view-passcode-show"
          label={copy.show}
          checked={show}
          onChange={(event) => setShow(event.currentTarget.checked)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? copy.working : copy.button}
        </button>
      </form>
      <section aria-labelledby="passcode-forgot" className="panel">
        <h2 id="passcode-forgot">{copy.forgotHeading}</h2>
        <p>{copy.forgotBody}</p>
        <p>
          <Link to={togetherPaths.compare} replace>
            {privateViewCopy.back}
          </Link>
        </p>
      </section>
    </section>
  );
}
