import { keyCopy } from '../../content/therapist.ts';
import type { StoredKey } from '../../storage/therapist-key-store.ts';
import { downloadText } from '../../storage/download.ts';
import { keyBackupJson } from './key-backup.ts';

/** The key that opens summaries: what losing it means, and the backup key file. */
export function KeyPanel({ storedKey }: { storedKey: StoredKey }) {
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
      <button
        type="button"
        className="button"
        onClick={() => {
          void keyBackupJson(storedKey, storedKey.created).then((json) =>
            downloadText(json, keyCopy.fileName, 'application/json'),
          );
        }}
      >
        {keyCopy.download}
      </button>
      <p className="hint">{keyCopy.id(storedKey.kid)}</p>
    </section>
  );
}
