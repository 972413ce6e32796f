import { useCallback, useEffect, useState } from 'react';
import { keyBackupCopy, keyCopy } from '../../content/therapist.ts';
import {
  readTherapistKeys,
  usableTherapistKeys,
  type KeyList as Keys,
  type StoredKey,
  type UsableKey,
} from '../../storage/therapist-key-store.ts';
import { BackupForm } from './backup-form.tsx';
import { KeyList } from './key-list.tsx';
import { KeyLockSection, NewKeySection } from './key-lock-forms.tsx';

const loadKeys = () => Promise.all([readTherapistKeys(), usableTherapistKeys()]);

/**
 * The keys that open summaries: what losing them means, the list of this browser's keys, a
 * protected backup key file, an optional lock, and making a new key.
 */
export function KeyPanel({
  storedKey,
  onNewKey,
}: {
  /** The newest key, as the page knows it: the list is read again when it changes. */
  storedKey: StoredKey;
  onNewKey?: (key: StoredKey) => void;
}) {
  const [list, setList] = useState<Keys | null>(null);
  const [usable, setUsable] = useState<UsableKey[]>([]);
  const show = useCallback(([next, ready]: [Keys, UsableKey[]]) => {
    setList(next);
    setUsable(ready);
  }, []);
  const refresh = useCallback(async () => show(await loadKeys()), [show]);
  useEffect(() => {
    let live = true;
    void loadKeys().then((loaded) => {
      if (live) show(loaded);
    });
    return () => {
      live = false;
    };
  }, [show, storedKey.kid]);

  return (
    <section aria-labelledby="key-heading" className="panel">
      <h2 id="key-heading">{keyCopy.heading}</h2>
      <p>{keyCopy.intro}</p>
      <h3>{keyCopy.lossHeading}</h3>
      <ul className="bullets">
        {keyCopy.loss.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="inset-text">{keyCopy.warning}</p>
      {list ? (
        <>
          <KeyList list={list} />
          <h3>{keyCopy.download}</h3>
          <p>{keyBackupCopy.intro}</p>
          {usable.length > 0 ? (
            // A new key starts the form afresh, with the newest chosen.
            <BackupForm
              key={usable.at(-1)?.kid}
              keys={usable}
              idPrefix="backup"
              newestKid={list.keys.at(-1)?.kid}
            />
          ) : (
            <p>{keyBackupCopy.needsUnlock}</p>
          )}
          <KeyLockSection keys={list.keys} onChange={refresh} />
          <NewKeySection
            keys={list.keys}
            onMade={async (key) => {
              await refresh();
              onNewKey?.(key);
            }}
          />
        </>
      ) : null}
    </section>
  );
}
