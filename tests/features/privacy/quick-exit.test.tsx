import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appCopy } from '../../../src/content/en/app.ts';
import { serializeState } from '../../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../../src/storage/storage-backend.ts';
import { serializeViewMark, VIEW_KEY } from '../../../src/storage/exit-mark.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { loadFresh } from '../../support/load-fresh.ts';
import { bootApp } from '../../support/boot-app.tsx';

const answersInTab = () =>
  sessionStorage.setItem(
    STATE_KEY,
    serializeState({
      ageConfirmed: true,
      answered: ['concerns'],
      answers: { ...emptyAnswers(), concerns: ['shame'] },
    }),
  );

beforeEach(() => {
  // jsdom cannot navigate to another site; it says so on the console. The URL is checked
  // with a fake window below, and in the browser by the e2e tests.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  document.body.hidden = false;
});

function fakeWindow() {
  const listeners: ((event: PageTransitionEvent) => void)[] = [];
  return {
    document,
    location: { replace: vi.fn() },
    addEventListener: (_type: string, listener: (event: PageTransitionEvent) => void) =>
      listeners.push(listener),
    removeEventListener: vi.fn(),
    pageshow: (persisted: boolean) =>
      listeners.forEach((listener) => listener({ persisted } as PageTransitionEvent)),
  };
}

async function quickExitModule() {
  await loadFresh();
  return import('../../../src/features/privacy/quick-exit.ts');
}

describe('quickExit', () => {
  it('hides the page, forgets the answers, then replaces the page with a neutral site', async () => {
    answersInTab();
    const { quickExit, NEUTRAL_URL } = await quickExitModule();
    const { useAnswersStore } = await import('../../../src/storage/answers-store.ts');
    const win = fakeWindow();
    win.location.replace.mockImplementation(() => {
      // By the time the browser leaves, the page is blank and nothing is left.
      expect(document.body.hidden).toBe(true);
      expect(sessionStorage.length).toBe(0);
      expect(useAnswersStore.getState().ageConfirmed).toBe(false);
    });
    quickExit(win as unknown as Window);
    expect(win.location.replace).toHaveBeenCalledWith(NEUTRAL_URL);
    expect(new URL(NEUTRAL_URL).protocol).toBe('https:');
  });

  it('hides, wipes again and opens the start page when Back restores the page from the cache', async () => {
    const { installPageshowGuard, quickExit, NEUTRAL_URL, START_URL } = await quickExitModule();
    const win = fakeWindow();
    installPageshowGuard(win as unknown as Window);
    win.pageshow(true);
    expect(win.location.replace).not.toHaveBeenCalled();

    quickExit(win as unknown as Window);
    document.body.hidden = false;
    answersInTab();
    win.pageshow(false);
    expect(win.location.replace).toHaveBeenCalledTimes(1);
    win.pageshow(true);
    expect(document.body.hidden).toBe(true);
    expect(sessionStorage.length).toBe(0);
    expect(win.location.replace.mock.calls).toEqual([[NEUTRAL_URL], [START_URL]]);
    expect(START_URL).toBe('/');
  });

  it('also guards a cached page when another tab left with answers saved on this device', async () => {
    const { installPageshowGuard, START_URL } = await quickExitModule();
    const win = fakeWindow();
    installPageshowGuard(win as unknown as Window);
    localStorage.setItem(VIEW_KEY, serializeViewMark());
    win.pageshow(true);
    expect(document.body.hidden).toBe(true);
    expect(win.location.replace).toHaveBeenCalledWith(START_URL);
  });
});

/** Two tabs' ends of the app's channel, without a real browser. */
function fakeChannel() {
  const channel = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: vi.fn(),
    close: vi.fn(),
    receive: (data: unknown) => channel.onmessage?.({ data } as MessageEvent),
  };
  return channel;
}

describe('other tabs', () => {
  it('an exit here tells the other tabs to leave', async () => {
    const { installOtherTabGuard, quickExit } = await quickExitModule();
    const channel = fakeChannel();
    const win = fakeWindow();
    const remove = installOtherTabGuard(
      win as unknown as Window,
      () => channel as unknown as BroadcastChannel,
    );
    quickExit(win as unknown as Window);
    expect(channel.postMessage).toHaveBeenCalledWith('leave');
    remove();
    expect(channel.close).toHaveBeenCalled();
  });

  it.each([
    ['leave', true],
    ['something else', false],
    [{ leave: true }, false],
  ])('a message %j from another tab makes this one leave: %s', async (data, leaves) => {
    answersInTab();
    const { installOtherTabGuard, NEUTRAL_URL } = await quickExitModule();
    const channel = fakeChannel();
    const win = fakeWindow();
    installOtherTabGuard(win as unknown as Window, () => channel as unknown as BroadcastChannel);
    channel.receive(data);
    expect(document.body.hidden).toBe(leaves);
    expect(sessionStorage.length).toBe(leaves ? 0 : 1);
    expect(win.location.replace.mock.calls).toEqual(leaves ? [[NEUTRAL_URL]] : []);
    // A tab that has left already does not pass the message on again.
    expect(channel.postMessage).not.toHaveBeenCalled();
  });

  it('works without BroadcastChannel', async () => {
    const { installOtherTabGuard } = await quickExitModule();
    const remove = installOtherTabGuard(fakeWindow() as unknown as Window, () => null);
    expect(remove).not.toThrow();
  });
});

describe('the Exit button', () => {
  it('is on every page, before the main content', async () => {
    for (const path of ['/', '/privacy', '/staying-safe', '/delete', '/help', '/no-such-page']) {
      const app = await bootApp(path);
      const exit = await screen.findByRole('link', { name: appCopy.exit });
      expect(exit).toHaveAccessibleDescription(appCopy.exitHint);
      expect(exit.compareDocumentPosition(screen.getByRole('main'))).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      app.unmount();
    }
  });

  it('wipes and hides on click', async () => {
    answersInTab();
    const app = await bootApp('/');
    await app.user.click(await screen.findByRole('link', { name: appCopy.exit }));
    expect(document.body.hidden).toBe(true);
    expect(sessionStorage.length).toBe(0);
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);
  });

  it('leaves on Shift pressed three times, and says how many presses are left', async () => {
    answersInTab();
    const app = await bootApp('/');
    await screen.findByRole('link', { name: appCopy.exit });
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(screen.getByText(/2 more times/)).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(document.body.hidden).toBe(false);
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(document.body.hidden).toBe(true);
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);
  });
});
