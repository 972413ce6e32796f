import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Frame } from '../../src/app/frame.tsx';
import { Layout } from '../../src/app/layout.tsx';
import { appCopy } from '../../src/content/en/app.ts';
import { errorCopy } from '../../src/content/en/errors.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { freshState, useAnswersStore } from '../../src/storage/answers-store.ts';

// A page that fails to render while `failing` is true: a forced render error.
let failing = true;
function FragilePage() {
  if (failing) throw new Error('forced render error');
  return <h1>The page works again</h1>;
}

function renderWithFragilePage() {
  return render(
    <MemoryRouter initialEntries={['/fragile']}>
      <Frame>
        <Routes>
          <Route element={<Layout />}>
            <Route path="fragile" element={<FragilePage />} />
          </Route>
        </Routes>
      </Frame>
    </MemoryRouter>,
  );
}

const answers = { ...emptyAnswers(), concerns: ['shame' as const], otherConcern: 'kept safe' };

beforeEach(() => {
  failing = true;
  // React and the boundary log the forced error; the test reads the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  useAnswersStore.setState({ ...freshState(), ageConfirmed: true, answers });
});

describe('a page that fails to render', () => {
  it('says so kindly, keeps the frame and the answers', async () => {
    renderWithFragilePage();
    expect(
      await screen.findByRole('heading', { level: 1, name: errorCopy.crashTitle }),
    ).toBeVisible();
    expect(screen.getByText(errorCopy.crashBody)).toHaveTextContent('Your answers are still here');
    expect(screen.getByRole('link', { name: appCopy.exit })).toBeVisible();
    expect(screen.getByRole('link', { name: appCopy.needHelpNow })).toBeVisible();
    expect(useAnswersStore.getState().answers).toEqual(answers);
  });

  it('tries again without a reload', async () => {
    const user = userEvent.setup();
    renderWithFragilePage();
    failing = false;
    await user.click(await screen.findByRole('button', { name: errorCopy.retry }));
    expect(await screen.findByRole('heading', { name: 'The page works again' })).toBeVisible();
    expect(useAnswersStore.getState().answers).toEqual(answers);
  });

  it('downloads the answers as a file on this device', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:local';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithFragilePage();
    await user.click(await screen.findByRole('button', { name: errorCopy.download }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const { checks, ...saved } = JSON.parse(await blobs[0]!.text()) as Record<string, unknown>;
    expect(saved).toEqual(answers);
    expect(Object.keys(checks as object)).toContain('concerns');
  });
});
