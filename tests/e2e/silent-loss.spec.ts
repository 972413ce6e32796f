import { noticeCopy } from '../../src/content/en/notices.ts';
import { relationshipCopy } from '../../src/content/en/steps.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { expect, test } from './support/fixtures.ts';
import { CHECK_PATH, stepPath } from './support/journey.ts';
import { openWithRawState } from './support/state.ts';

// A damaged safety answer is never quietly read as "no": the notice names it in words, its page
// opens again, and until it is answered the summary treats it as "I'd rather not say".

const answers = {
  ...emptyAnswers(),
  concerns: ['communication' as const],
  primaryConcern: 'communication' as const,
  relationship: 'partnered' as const,
  partnerTakingPart: 'no' as const,
  feelsUnsafe: 'yes' as const,
};

function savedWith(change: (answers: Record<string, unknown>) => void): string {
  const document = JSON.parse(
    serializeState({ ageConfirmed: true, answered: [...stepIds], answers }),
  );
  change(document.answers);
  return JSON.stringify(document);
}

for (const [label, change] of [
  ['missing', (a: Record<string, unknown>) => delete a.feelsUnsafe],
  [
    'under a key with one changed letter',
    (a: Record<string, unknown>) => {
      a.feelsUnsafx = a.feelsUnsafe;
      delete a.feelsUnsafe;
    },
  ],
] as const) {
  test(`a saved safety answer ${label} is named, and its page asked again`, async ({ page }) => {
    await openWithRawState(page, CHECK_PATH, savedWith(change));
    // The check page is not reached while the relationship page is open again.
    await expect(page).toHaveURL(stepPath('relationship'));
    const notice = page
      .getByRole('status')
      .filter({ hasText: noticeCopy.loadNotice.partlyRestored });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveText([noticeCopy.fieldNames.feelsUnsafe]);
    await expect(notice).not.toContainText('feelsUnsafe');
    // Nothing is pre-chosen as "No" on the question that needs answering again.
    await page.getByRole('radio', { name: relationshipCopy.statusLabels.partnered }).check();
    const question = page.getByRole('group', { name: relationshipCopy.unsafe });
    await expect(
      question.getByRole('radio', { name: relationshipCopy.unsafeLabels.no, exact: true }),
    ).not.toBeChecked();
  });
}

test('an untouched saved state opens with no notice (the near miss)', async ({ page }) => {
  await openWithRawState(
    page,
    CHECK_PATH,
    savedWith(() => undefined),
  );
  await expect(page).toHaveURL(CHECK_PATH);
  await expect(
    page.getByRole('status').filter({ hasText: noticeCopy.loadNotice.partlyRestored }),
  ).toHaveCount(0);
});
