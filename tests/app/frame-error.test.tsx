import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/routes.tsx';
import { appCopy } from '../../src/content/en/app.ts';
import { errorCopy } from '../../src/content/en/errors.ts';

// A part of the page frame (here the storage notice) fails to render: a forced error.
const frame = vi.hoisted(() => ({ failing: true }));
vi.mock('../../src/features/privacy/storage-notice.tsx', () => ({
  StorageNotice: () => {
    if (frame.failing) throw new Error('forced frame error');
    return null;
  },
}));

beforeEach(() => {
  frame.failing = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('when the page frame itself fails', () => {
  it('shows the kind error page with an exit, never a blank page, and recovers', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/']}>
        <AppRoutes />
      </MemoryRouter>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: errorCopy.crashTitle }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: appCopy.exit })).toBeVisible();
    frame.failing = false;
    await user.click(screen.getByRole('button', { name: errorCopy.retry }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeVisible();
  });
});
