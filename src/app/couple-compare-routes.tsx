import { couplesGuide } from '../content/en/guides.ts';
import { ApartComparePage } from '../features/couples/apart-compare-page.tsx';
import { TogetherComparePage } from '../features/couples/together-compare-page.tsx';
import { GuideSection } from '../features/results/guide-section.tsx';

// The shared view is the same for every couple apart from what they shared: the couples guide
// (which also says that one-to-one help comes first when a relationship is not safe) is shown
// to all, so it can never hint at what either partner answered.

export function TogetherCompareRoute() {
  return <TogetherComparePage extraSections={<GuideSection guide={couplesGuide} />} />;
}

export function ApartCompareRoute() {
  return <ApartComparePage extraSections={<GuideSection guide={couplesGuide} />} />;
}
