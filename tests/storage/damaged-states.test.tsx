import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noticeCopy } from '../../src/content/en/notices.ts';
import { storageNoticeCopy } from '../../src/content/en/privacy-notices.ts';
import { answersSchema } from '../../src/questionnaire/answers.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import { bootApp } from '../support/boot-app.tsx';
import { damagedStates, seedDamagedState, type ExpectedNotice } from './damaged-states.ts';

const noticeText: Record<ExpectedNotice, RegExp> = {
  unreadable: new RegExp(escape(noticeCopy.loadNotice.unreadable)),
  'newer-version': new RegExp(escape(noticeCopy.loadNotice['newer-version'])),
  'partly-restored': new RegExp(escape(noticeCopy.loadNotice.partlyRestored)),
  forgotten: new RegExp(escape(storageNoticeCopy.forgotten(3))),
  'locked-unreadable': new RegExp(escape(storageNoticeCopy['locked-unreadable'])),
  'settings-reset': new RegExp(escape(storageNoticeCopy['settings-reset'](7))),
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe(`damaged saved state (${damagedStates.length} cases)`, () => {
  it('has a case of every kind the issue names', () => {
    const names = damagedStates.map((entry) => entry.name).join('\n');
    for (const kind of ['truncated', 'version', 'as text', 'unknown concern', 'huge']) {
      expect(names).toContain(kind);
    }
    expect(damagedStates.length).toBeGreaterThanOrEqual(40);
  });

  it.each(damagedStates)('$name: opens the app with a notice', async (entry) => {
    seedDamagedState(entry);
    const app = await bootApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    const notices = screen.getAllByRole('status').map((status) => status.textContent ?? '');
    expect(notices.join('\n')).toMatch(noticeText[entry.notice]);
    if (entry.kept) expect(app.useAnswersStore.getState().answers).toMatchObject(entry.kept);
    // The start form works: the app is usable, not just on screen.
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  it('names every dropped field in words, never as a raw key', () => {
    const names: Record<string, string> = noticeCopy.fieldNames;
    for (const key of [...Object.keys(answersSchema.shape), 'all', 'answered', 'ageConfirmed']) {
      if (key === 'format' || key === 'version') continue;
      expect(names[key], key).toBeTruthy();
    }
  });
});

describe('parseStoredState on the corpus', () => {
  it.each(damagedStates.filter((entry) => entry.where === 'session'))(
    '$name → $notice',
    ({ state, notice }) => {
      expect(parseStoredState(state).notice?.kind).toBe(notice);
    },
  );
});
