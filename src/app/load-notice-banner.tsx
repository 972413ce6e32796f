import { noticeCopy } from '../content/notices.ts';
import { useAnswersStore } from '../storage/answers-store.ts';
import { NoticeList } from './notice-list.tsx';

/** Tells the person, kindly, when saved answers could not all be read back. */
export function LoadNoticeBanner() {
  const notice = useAnswersStore((state) => state.loadNotice);
  const dismiss = useAnswersStore((state) => state.dismissNotice);
  if (!notice) return null;
  const copy = noticeCopy.loadNotice;
  if (notice.kind !== 'partly-restored') {
    return <NoticeList lead={copy[notice.kind]} items={[]} onDismiss={dismiss} />;
  }
  return (
    <NoticeList
      lead={notice.from === 'file' ? copy.partlyRestoredFromFile : copy.partlyRestored}
      items={notice.dropped.map((field) => noticeCopy.fieldNames[field])}
      onDismiss={dismiss}
    />
  );
}
