import { lazy, Suspense, useState } from 'react';
import { storageFormCopy as copy } from '../../content/privacy.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { describeStatus } from './storage-status.ts';

// The form is folded away on the start page and most people never open it, so its code (and
// the passphrase fields) loads when the fold is about to open rather than with the page.
const loadForm = () => import('./storage-settings-form.tsx');
const StorageSettingsForm = lazy(() =>
  loadForm().then((module) => ({ default: module.StorageSettingsForm })),
);

/** The storage choice on the start page: the safe default is already chosen. */
export function StorageChoice() {
  const status = useStorageSettings((state) => state.status);
  // After a quick exit the answers are closed: changing where they live waits until they open.
  const held = useStorageSettings((state) => state.held);
  const [opened, setOpened] = useState(false);
  return (
    <section aria-labelledby="storage-choice-heading" className="storage-choice">
      <h3 id="storage-choice-heading">{copy.heading}</h3>
      {describeStatus(status).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {held ? null : (
        <details
          className="storage-choice__details"
          onToggle={(event) => {
            if (event.currentTarget.open) setOpened(true);
          }}
        >
          {/* Pointing at or tabbing to the fold starts the fetch, so it is there on opening. */}
          <summary onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
            {copy.change}
          </summary>
          {opened ? (
            <Suspense fallback={null}>
              <StorageSettingsForm hint={copy.hint} />
            </Suspense>
          ) : null}
        </details>
      )}
    </section>
  );
}
