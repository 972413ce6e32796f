import { noticeCopy } from '../content/notices.ts';

/** A kind notice: what happened, the parts to check again, and a way to hide it. */
export function NoticeList({
  lead,
  items,
  onDismiss,
}: {
  lead: string;
  items: string[];
  onDismiss: () => void;
}) {
  return (
    <div className="notice" role="status">
      <p>{lead}</p>
      {items.length > 0 ? (
        <ul>
          {items.map((item, at) => (
            <li key={at}>{item}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {noticeCopy.loadNotice.dismiss}
      </button>
    </div>
  );
}
