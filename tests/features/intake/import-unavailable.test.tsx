import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { startCopy } from '../../../src/content/en/start.ts';
import { useAnswersStore } from '../../../src/storage/answers-store.ts';
import { renderApp } from '../../support/render-app.tsx';

// What opens a file arrives only when a file is chosen. Here it cannot arrive, as when the
// connection drops after the start page loaded.
vi.mock('../../../src/features/intake/open-answers-file.ts', () => {
  throw new Error('could not fetch the file reader');
});

describe('importing an answers file when its reader cannot load', () => {
  it('says so kindly and keeps the answers here', async () => {
    const { user } = renderApp('/', { ageConfirmed: true, answered: ['concerns'] });
    const before = useAnswersStore.getState().answers;
    const input = await screen.findByLabelText(startCopy.importLabel);
    await user.upload(input, new File(['{}'], 'answers.json', { type: 'application/json' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(startCopy.importUnavailable);
    expect(useAnswersStore.getState().answers).toBe(before);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(startCopy.title);
  });
});
