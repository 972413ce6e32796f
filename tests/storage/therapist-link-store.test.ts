import '../support/web-storage.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearTherapistLink,
  hasLinkQuestions,
  LINK_STATE_KEY,
  useTherapistLinkStore,
} from '../../src/storage/therapist-link-store.ts';
import { runWipes } from '../../src/storage/wipe-registry.ts';
import { minimalLink, typicalLink } from '../support/therapist-link-fixtures.ts';
import { resetModulesAsNewVisit } from '../support/load-fresh.ts';

const store = () => useTherapistLinkStore.getState();
const saved = () => sessionStorage.getItem(LINK_STATE_KEY);

beforeEach(() => clearTherapistLink());

describe('the client’s link store', () => {
  it('keeps the active link and the answers in this tab, under its own key', () => {
    store().activate(typicalLink());
    store().saveCustomAnswers({ '0': 'Sam' });
    const stored = JSON.parse(saved() ?? 'null');
    expect(stored).toMatchObject({
      link: typicalLink(),
      customAnswers: { '0': 'Sam' },
      questionsDone: true,
    });
    expect(hasLinkQuestions(store())).toBe(true);
  });

  it('keeps the answers when the same link opens again, and starts afresh for another', () => {
    store().activate(typicalLink());
    store().saveCustomAnswers({ '0': 'Sam' });
    store().activate(typicalLink());
    expect(store().customAnswers).toEqual({ '0': 'Sam' });
    store().activate({ ...typicalLink(), name: 'Someone else' });
    expect(store().customAnswers).toEqual({});
    expect(store().questionsDone).toBe(false);
  });

  it('has no questions step for a link without questions', () => {
    store().activate(minimalLink());
    expect(hasLinkQuestions(store())).toBe(false);
  });

  it('is forgotten by the quick exit and "delete everything" (the wipe registry)', () => {
    store().activate(typicalLink());
    runWipes();
    expect(store().link).toBeNull();
    expect(saved()).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['another format', '{"format":"x"}'],
    [
      'a tampered link',
      JSON.stringify({
        format: 'consult-prep.link-state',
        version: 1,
        link: { ...typicalLink(), name: '\u202Eevil' },
        customAnswers: {},
        questionsDone: false,
      }),
    ],
  ])('starts without a link when the saved state is %s', async (_name, raw) => {
    sessionStorage.setItem(LINK_STATE_KEY, raw);
    await resetModulesAsNewVisit();
    const fresh = await import('../../src/storage/therapist-link-store.ts');
    expect(fresh.useTherapistLinkStore.getState().link).toBeNull();
  });
});
