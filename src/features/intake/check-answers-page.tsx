import type { ReactNode } from 'react';
import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { checkCopy } from '../../content/check.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SummaryList } from '../../components/ui/summary-list.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { answerRows } from './answer-rows.tsx';

/** `extraSections`: answers that other parts of the app add, such as a therapist's questions. */
export function CheckAnswersPage({ extraSections }: { extraSections?: ReactNode }) {
  useDocumentTitle(pageTitle(checkCopy.title));
  const answers = useAnswersStore((state) => state.answers);
  return (
    <>
      <PageHeading>{checkCopy.title}</PageHeading>
      <p>{checkCopy.lead}</p>
      {answerRows(answers).map((section) => (
        <section key={section.step} aria-labelledby={`check-${section.step}`}>
          <h2 id={`check-${section.step}`}>{section.title}</h2>
          <SummaryList rows={section.rows} />
        </section>
      ))}
      {extraSections}
      <Link className="button" to="/prepare/summary">
        {checkCopy.continue}
      </Link>
    </>
  );
}
