import { Link } from '../../components/ui/app-link.tsx';
import { pageTitle } from '../../content/app.ts';
import { storageFormCopy } from '../../content/privacy.ts';
import { privacyPageCopy as copy } from '../../content/privacy-pages.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { describeStatus } from './storage-status.ts';
import { StorageSettingsForm } from './storage-settings-form.tsx';

function Bullets({ lines }: { lines: string[] }) {
  return (
    <ul className="bullets">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** What is kept, where, for how long; and the storage choice, changeable at any time. */
export function PrivacyPage() {
  useDocumentTitle(pageTitle(copy.title));
  const status = useStorageSettings((state) => state.status);
  const held = useStorageSettings((state) => state.held);
  return (
    <>
      <PageHeading>{copy.title}</PageHeading>
      <p className="lead">{copy.lead}</p>
      <section aria-labelledby="privacy-now" className="panel panel--calm">
        <h2 id="privacy-now">{copy.nowHeading}</h2>
        {describeStatus(status).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <h2>{copy.changeHeading}</h2>
      {held ? (
        <p>
          {storageFormCopy.closed} <Link to="/">{storageFormCopy.closedLink}</Link>
        </p>
      ) : (
        <StorageSettingsForm />
      )}
      <h2>{copy.whatHeading}</h2>
      <Bullets lines={copy.what} />
      <h2>{copy.whereHeading}</h2>
      <Bullets lines={copy.where} />
      <h2>{copy.howLongHeading}</h2>
      <Bullets lines={copy.howLong} />
      <h2>{copy.deleteHeading}</h2>
      <p>{copy.deleteBody}</p>
      <p>
        <Link to="/delete">{copy.deleteLink}</Link>
      </p>
      <h2>{copy.safeHeading}</h2>
      <p>{copy.safeBody}</p>
      <p>
        <Link to="/staying-safe">{copy.safeLink}</Link>
      </p>
    </>
  );
}
