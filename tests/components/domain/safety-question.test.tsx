import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SafetyQuestion } from '../../../src/components/domain/safety-question.tsx';
import { relationshipCopy } from '../../../src/content/en/steps.ts';

function Controlled({ single }: { single?: boolean }) {
  const [value, setValue] = useState<'yes' | 'no' | 'prefer-not-to-say' | null>(null);
  return (
    <MemoryRouter>
      <SafetyQuestion value={value} single={single} onChange={setValue} />
    </MemoryRouter>
  );
}

describe('SafetyQuestion', () => {
  it.each([
    { who: 'someone with a partner', single: false, legend: relationshipCopy.unsafe },
    { who: 'a single person', single: true, legend: relationshipCopy.unsafeSingle },
  ])('asks $who in their own words', ({ single, legend }) => {
    render(<Controlled single={single} />);
    const group = screen.getByRole('group', { name: legend });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.id),
    ).toEqual(['unsafe-yes', 'unsafe-no', 'unsafe-prefer-not-to-say']);
  });

  it('shows where to find support as soon as "yes" is chosen, and not before', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    expect(screen.queryByRole('link', { name: relationshipCopy.unsafeSupportLink })).toBeNull();
    await user.click(screen.getByRole('radio', { name: relationshipCopy.unsafeLabels.yes }));
    expect(screen.getByRole('status')).toHaveTextContent(relationshipCopy.unsafeSupport);
    expect(screen.getByRole('link', { name: relationshipCopy.unsafeSupportLink })).toHaveAttribute(
      'href',
      '/help',
    );
    await user.click(screen.getByRole('radio', { name: relationshipCopy.unsafeLabels.no }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
