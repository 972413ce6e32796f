import { Link } from '../../components/ui/app-link.tsx';
import { apartNextCopy } from '../../content/couples.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths } from './couple-paths.ts';

/** On a partner's own summary, when each uses their own device: the way to share. */
export function ApartNextPanel() {
  const hasPartner = useCoupleStore((state) => state.partner !== null);
  return (
    <section aria-labelledby="apart-next-heading" className="panel panel--highlight no-print">
      <h2 id="apart-next-heading">{apartNextCopy.heading}</h2>
      <p>{apartNextCopy.body}</p>
      <div className="button-group">
        <Link className="button" to={apartPaths.share}>
          {apartNextCopy.share}
        </Link>
        {hasPartner ? (
          <Link className="button button--secondary" to={apartPaths.compare}>
            {apartNextCopy.compare}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
