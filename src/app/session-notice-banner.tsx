import { noticeCopy } from '../content/notices.ts';
import {
  dismissSessionNotice,
  useSessionNotices,
  type CoupleLoss,
  type LinkLoss,
} from '../storage/session-notices.ts';
import { NoticeList } from './notice-list.tsx';

function coupleLine(loss: CoupleLoss, names: { a: string; b: string }): string {
  const copy = noticeCopy.sessionNotice;
  const part =
    loss.field in copy.parts
      ? copy.parts[loss.field as keyof typeof copy.parts]
      : noticeCopy.fieldNames[loss.field as keyof typeof noticeCopy.fieldNames];
  if (loss.owner === 'a' || loss.owner === 'b') {
    const name = names[loss.owner].trim() || copy.defaultNames[loss.owner];
    return copy.owner(name, part);
  }
  if (loss.owner === 'partner') {
    return loss.field === 'all' ? copy.partnerOwnerAll : copy.partnerOwner(part);
  }
  return part;
}

function linkLine(loss: LinkLoss, therapist: string | null): string {
  const copy = noticeCopy.sessionNotice;
  if (loss.part === 'link') return copy.linkParts.link(therapist);
  if (loss.part === 'answer') return copy.linkParts.answer(loss.question);
  return copy.linkParts[loss.part];
}

/** Says what a couple session or a therapist link lost when it was read back, if anything. */
export function SessionNoticeBanner() {
  const { couple, link } = useSessionNotices();
  return (
    <>
      {couple ? (
        <NoticeList
          lead={noticeCopy.sessionNotice.couple}
          items={couple.losses.map((loss) => coupleLine(loss, couple.names))}
          onDismiss={() => dismissSessionNotice('couple')}
        />
      ) : null}
      {link ? (
        <NoticeList
          lead={noticeCopy.sessionNotice.link}
          items={link.losses.map((loss) => linkLine(loss, link.therapist))}
          onDismiss={() => dismissSessionNotice('link')}
        />
      ) : null}
    </>
  );
}
