import type { FormEvent, ReactNode } from 'react';
import { appCopy, pageTitle } from '../../content/app.ts';
import { stepCaption, stepNames } from '../../content/steps.ts';
import { stepNumber, stepTotal, type StepId } from '../../questionnaire/steps.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { hasLinkQuestions, useTherapistLinkStore } from '../../storage/therapist-link-store.ts';

interface StepShellProps {
  step: StepId;
  heading: string;
  backPath: string;
  errors: FieldError[];
  submitCount: number;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  /** Extra buttons beside Continue, such as "Skip this step". */
  secondaryActions?: ReactNode;
}

/** The frame of every question page: caption, heading, error summary, form and Continue. */
export function StepShell({
  step,
  heading,
  backPath,
  errors,
  submitCount,
  onSubmit,
  children,
  secondaryActions,
}: StepShellProps) {
  const total = stepTotal(useTherapistLinkStore(hasLinkQuestions));
  const caption = stepCaption(stepNumber(step), total);
  // The title says when there is an error, so it is heard first (GOV.UK pattern).
  const title = `${errors.length > 0 ? `${appCopy.errorPrefix} ` : ''}${caption} – ${stepNames[step]}`;
  useDocumentTitle(pageTitle(title));
  return (
    <>
      <BackLink to={backPath}>{appCopy.back}</BackLink>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading caption={caption}>{heading}</PageHeading>
      <form noValidate onSubmit={onSubmit} className="step-form">
        {children}
        <div className="button-group">
          <button type="submit" className="button">
            {appCopy.continue}
          </button>
          {secondaryActions}
        </div>
      </form>
    </>
  );
}
