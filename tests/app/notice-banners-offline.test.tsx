import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { startCopy } from '../../src/content/en/start.ts';
import { useAnswersStore } from '../../src/storage/answers-store.ts';
import { renderApp } from '../support/render-app.tsx';

// The notices' code cannot arrive, as when the connection drops after the page loaded.
vi.mock('../../src/app/notices.tsx', () => {
  throw new Error('could not fetch the notices');
});

describe('when the notices cannot load', () => {
  it('the page stays and works, without them', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() => useAnswersStore.setState({ loadNotice: { kind: 'unreadable' } }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(startCopy.title);
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: startCopy.startButton }));
    expect(await screen.findByRole('alert')).toBeVisible();
  });
});
