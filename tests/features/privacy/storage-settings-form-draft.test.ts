import { describe, expect, it } from 'vitest';
import { storageFormCopy as copy } from '../../../src/content/en/privacy.ts';
import {
  draftChoice,
  validateDraft,
  type StorageDraft,
} from '../../../src/features/privacy/storage-settings-form-draft.ts';

const device: StorageDraft = {
  mode: 'device',
  days: '30',
  lock: false,
  needsPassphrase: false,
  passphrase: '',
  confirm: '',
};

describe('the storage form before it is saved', () => {
  it.each([
    {
      case: 'this tab only, whatever else is typed',
      draft: { ...device, mode: 'session' as const, days: 'x' },
      errors: {},
    },
    { case: 'a good number of days', draft: { ...device, days: ' 365 ' }, errors: {} },
    {
      case: 'days that are not a number',
      draft: { ...device, days: '3a' },
      errors: { days: copy.daysError },
    },
    { case: 'no days', draft: { ...device, days: '0' }, errors: { days: copy.daysError } },
    {
      case: 'more than a year',
      draft: { ...device, days: '366' },
      errors: { days: copy.daysError },
    },
    {
      case: 'a new passphrase that is too short',
      draft: {
        ...device,
        lock: true,
        needsPassphrase: true,
        passphrase: 'short',
        confirm: 'short',
      },
      errors: { passphrase: copy.passphraseError },
    },
    {
      case: 'a confirmation that does not match',
      draft: {
        ...device,
        lock: true,
        needsPassphrase: true,
        passphrase: 'long enough',
        confirm: 'long enougH',
      },
      errors: { confirm: copy.confirmError },
    },
    {
      case: 'a kept lock, with no passphrase asked for',
      draft: { ...device, lock: true },
      errors: {},
    },
  ])('$case', ({ draft, errors }) => {
    expect(validateDraft(draft)).toEqual(errors);
  });

  it.each([
    {
      case: 'this tab only',
      draft: { ...device, mode: 'session' as const },
      choice: { mode: 'session' },
    },
    {
      case: 'no lock',
      draft: device,
      choice: { mode: 'device', forgetAfterDays: 30, lock: 'none' },
    },
    {
      case: 'the lock kept',
      draft: { ...device, lock: true },
      choice: { mode: 'device', forgetAfterDays: 30, lock: 'keep' },
    },
    {
      case: 'a new lock',
      draft: {
        ...device,
        days: ' 7',
        lock: true,
        needsPassphrase: true,
        passphrase: 'long enough',
      },
      choice: { mode: 'device', forgetAfterDays: 7, lock: { passphrase: 'long enough' } },
    },
  ])('saves $case', ({ draft, choice }) => {
    expect(draftChoice(draft)).toEqual(choice);
  });
});
