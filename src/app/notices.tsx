import { LoadNoticeBanner } from './load-notice-banner.tsx';
import { SessionNoticeBanner } from './session-notice-banner.tsx';

/** The notices about saved things that could not all be read back: loaded only when needed. */
export function Notices() {
  return (
    <>
      <LoadNoticeBanner />
      <SessionNoticeBanner />
    </>
  );
}
