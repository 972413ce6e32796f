import { appCopy } from '../content/en/app.ts';
import { useAnswersStore } from '../storage/answers-store.ts';

/** Tells the person, kindly, when saved answers could not all be read back. */
export function LoadNoticeBanner() {
  const notice = useAnswersStore((state) => state.loadNotice);
  const dismiss = useAnswersStore((state) => state.dismissNotice);
  if (!notice) return null;
  const copy = appCopy.loadNotice;
  return (
    <div className="notice" role="status">
      {notice.kind === 'partly-restored' ? (
        <>
          <p>{copy.partlyRestored}</p>
          <ul>
            {notice.dropped.map((field) => (
              <li key={field}>{appCopy.fieldNames[field] ?? field}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{copy[notice.kind]}</p>
      )}
      <button type="button" className="button button--secondary" onClick={dismiss}>
        {copy.dismiss}
      </button>
    </div>
  );
}
