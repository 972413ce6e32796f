import { Route, Routes } from 'react-router';
import { ApartComparePage } from '../features/couples/apart-compare-page.tsx';
import { EnterCodePage } from '../features/couples/enter-code-page.tsx';
import { ReplyPage } from '../features/couples/reply-page.tsx';
import { FactsPage } from '../features/couples/facts-page.tsx';
import { MarkPrivatePage } from '../features/couples/mark-private-page.tsx';
import { ShareCodePage } from '../features/couples/share-code-page.tsx';
import { TogetherComparePage } from '../features/couples/together-compare-page.tsx';
import { TurnPage } from '../features/couples/turn-page.tsx';
import type { Guide } from '../content/content-schemas.ts';
import { GuideSection } from '../features/results/guide-section.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PartnerViewRoute } from './partner-view-route.tsx';
import { WhoseAnswersTag } from './together-journey-tag.tsx';
import { TogetherMineRoute } from './together-mine-route.tsx';

// The shared view is the same for every couple apart from what they shared: the couples guide
// (which also says that one-to-one help comes first when a relationship is not safe) is shown
// to all, so it can never hint at what either partner answered. Only its training line follows
// where they live, which both partners share.
const guide = (words: Guide) => <GuideSection guide={words} />;

/** /together/…: taking turns on one device. */
export function TogetherPages() {
  return (
    <Routes>
      <Route index element={<FactsPage />} />
      <Route path="turn" element={<TurnPage />} />
      <Route
        path="mark"
        element={
          <WhoseAnswersTag>
            <MarkPrivatePage mode="together" />
          </WhoseAnswersTag>
        }
      />
      <Route path="mine" element={<TogetherMineRoute />} />
      <Route path="compare" element={<TogetherComparePage guideSection={guide} />} />
      <Route path="view/:partner" element={<PartnerViewRoute />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** /apart/…: each on their own device, with partner codes. */
export function ApartPages() {
  return (
    <Routes>
      <Route path="mark" element={<MarkPrivatePage mode="apart" />} />
      <Route path="share" element={<ShareCodePage />} />
      <Route path="enter" element={<EnterCodePage />} />
      <Route path="reply" element={<ReplyPage />} />
      <Route path="compare" element={<ApartComparePage guideSection={guide} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
