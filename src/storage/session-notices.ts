import { create } from 'zustand';
import type { NoticeField } from './persisted-state.ts';

// What a couple session or a therapist link lost when it was read back. The stores that own
// those sessions report here, so the page frame can say so without loading them itself.

/** A part of a couple session beside the answers. */
export type CouplePart =
  'names' | 'facts' | 'progress' | 'marks' | 'linkAnswers' | 'ownName' | 'record';

/** Whose part it is: a partner on this device, the partner whose code was entered, or both. */
export type CoupleOwner = 'a' | 'b' | 'partner' | null;

export interface CoupleLoss {
  owner: CoupleOwner;
  field: NoticeField | CouplePart;
}

/** A part of the therapist-link session: the link itself, or one of the answers to it. */
export type LinkLoss =
  | { part: 'link' }
  | { part: 'answer'; question: number }
  | { part: 'questionsDone' }
  | { part: 'unknown' };

export interface SessionNotices {
  couple: { losses: CoupleLoss[]; names: { a: string; b: string } } | null;
  link: { losses: LinkLoss[]; therapist: string | null } | null;
}

export const useSessionNotices = create<SessionNotices>()(() => ({ couple: null, link: null }));

export function reportCoupleLosses(losses: CoupleLoss[], names: { a: string; b: string }): void {
  if (losses.length > 0) useSessionNotices.setState({ couple: { losses, names } });
}

export function reportLinkLosses(losses: LinkLoss[], therapist: string | null): void {
  if (losses.length > 0) useSessionNotices.setState({ link: { losses, therapist } });
}

export function dismissSessionNotice(which: keyof SessionNotices): void {
  useSessionNotices.setState({ [which]: null });
}
