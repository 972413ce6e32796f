import { useEffect, useRef } from 'react';
import { noticeCopy } from '../../content/notices.ts';
import { builderKeptCopy as copy } from '../../content/therapist.ts';
import type { DraftLoss } from './builder-draft.ts';
import { formatDate } from './format.ts';

// What the builder says about what it kept: the form brought back after a reload, and the last
// link offered on a fresh visit. Each notice names exactly what could not be read back.

export type KeptNotice =
  | { kind: 'restored'; losses: DraftLoss[] }
  | { kind: 'unreadable' }
  | { kind: 'used'; losses: DraftLoss[] }
  | { kind: 'forgotten' }
  | { kind: 'last-unreadable' };

/** The parts lost, named in the therapist's words, in page order. */
export function lossNames(losses: readonly DraftLoss[]): string[] {
  return losses.map((loss) =>
    'field' in loss ? copy.fieldNames[loss.field] : copy.questionLost(loss.question),
  );
}

/** Words before the list of lost parts, the list, and words after it. */
function noticeText(notice: KeptNotice): { before: string[]; items: string[]; after: string[] } {
  const plain = (text: string) => ({ before: [text], items: [], after: [] });
  switch (notice.kind) {
    case 'restored':
      return {
        before: [copy.restored],
        items: lossNames(notice.losses),
        after: [copy.restoredCheck],
      };
    case 'unreadable':
      return plain(copy.unreadable);
    case 'used':
      return notice.losses.length > 0
        ? { before: [copy.used, copy.usedLost], items: lossNames(notice.losses), after: [] }
        : plain(copy.used);
    case 'forgotten':
      return plain(copy.forgotten);
    case 'last-unreadable':
      return plain(copy.lastUnreadable);
  }
}

/** A kind notice, with a way to hide it. `focus` moves focus to it (after a button press). */
export function KeptNoticeView({
  notice,
  focus = false,
  onDismiss,
}: {
  notice: KeptNotice;
  focus?: boolean;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, notice]);
  const { before, items, after } = noticeText(notice);
  return (
    <div className="notice" role="status" ref={ref} tabIndex={-1}>
      {before.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {items.length > 0 ? (
        <ul>
          {items.map((item, at) => (
            <li key={at}>{item}</li>
          ))}
        </ul>
      ) : null}
      {after.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {noticeCopy.loadNotice.dismiss}
      </button>
    </div>
  );
}

/** On a fresh visit with an empty form: start from the last link, or forget it. */
export function LastLinkOffer({
  made,
  onUse,
  onForget,
}: {
  made: string | undefined;
  onUse: () => void;
  onForget: () => void;
}) {
  return (
    <section aria-labelledby="last-link-heading" className="panel">
      <h2 id="last-link-heading">{copy.lastHeading}</h2>
      <p>{made ? copy.lastLead(formatDate(made)) : copy.lastLeadUndated}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onUse}>
          {copy.use}
        </button>
        <button type="button" className="button button--secondary" onClick={onForget}>
          {copy.forget}
        </button>
      </div>
    </section>
  );
}
