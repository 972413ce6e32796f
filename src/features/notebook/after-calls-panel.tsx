import { Link } from '../../components/ui/app-link.tsx';
import { notebookLinks as copy } from '../../content/notebook-links.ts';
import { notebookPaths } from './notebook-paths.ts';

/**
 * On the summary, the last of the next steps: the way on to the notebook once a free call has
 * happened. One line, so the summary stays short on a phone.
 */
export function AfterCallsLine() {
  return (
    <p className="print-hide">
      {copy.summaryLead} <Link to={notebookPaths.home}>{copy.summaryLink}</Link>
    </p>
  );
}
