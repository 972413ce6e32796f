import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noticeCopy } from '../../src/content/en/notices.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { useAnswersStore } from '../../src/storage/answers-store.ts';
import { reportLinkLosses, useSessionNotices } from '../../src/storage/session-notices.ts';
import { renderApp } from '../support/render-app.tsx';

// The notices' code and words load only when there is a notice (app/notice-banners.tsx).

describe('the notices about saved things that could not all be read back', () => {
  it('show none, and leave the page as it is, when nothing was lost', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(startCopy.title);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('arrive when a notice comes up after the page opened, and go when dismissed', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() =>
      useAnswersStore.setState({
        loadNotice: { kind: 'partly-restored', dropped: ['location'], from: 'file' },
      }),
    );
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(noticeCopy.loadNotice.partlyRestoredFromFile);
    expect(notice).toHaveTextContent(noticeCopy.fieldNames.location);

    await user.click(screen.getByRole('button', { name: noticeCopy.loadNotice.dismiss }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('say what a therapist link lost', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() => reportLinkLosses([{ part: 'questionsDone' }], 'Dr Rivera'));
    expect(await screen.findByRole('status')).toHaveTextContent(
      noticeCopy.sessionNotice.linkParts.questionsDone,
    );
    act(() => useSessionNotices.setState({ link: null }));
  });
});
