import { storageFormCopy as copy } from '../../content/privacy.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { describeStatus } from './storage-status.ts';
import { StorageSettingsForm } from './storage-settings-form.tsx';

/** The storage choice on the start page: the safe default is already chosen. */
export function StorageChoice() {
  const status = useStorageSettings((state) => state.status);
  // After a quick exit the answers are closed: changing where they live waits until they open.
  const held = useStorageSettings((state) => state.held);
  return (
    <section aria-labelledby="storage-choice-heading" className="storage-choice">
      <h3 id="storage-choice-heading">{copy.heading}</h3>
      {describeStatus(status).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {held ? null : (
        <details className="storage-choice__details">
          <summary>{copy.change}</summary>
          <StorageSettingsForm hint={copy.hint} />
        </details>
      )}
    </section>
  );
}
