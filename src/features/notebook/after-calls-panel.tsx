import { Link } from '../../components/ui/app-link.tsx';
import { notebookLinks as copy } from '../../content/notebook-links.ts';
import { notebookPaths } from './notebook-paths.ts';

/** On the summary: the way on to the notebook, once a free call has happened. */
export function AfterCallsPanel() {
  return (
    <section aria-labelledby="after-calls-heading" className="panel print-hide">
      <h2 id="after-calls-heading">{copy.summaryHeading}</h2>
      <p>{copy.summaryLead}</p>
      <p>
        <Link className="button button--secondary" to={notebookPaths.home}>
          {copy.summaryLink}
        </Link>
      </p>
    </section>
  );
}
