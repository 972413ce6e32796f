import type { DeviceSettings } from './storage-settings-reader.ts';

// How the person chose to keep their answers. The settings never hold answers themselves.
// storage-settings-reader.ts reads them back.

export const storageModes = ['session', 'device', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

export const SETTINGS_FORMAT = 'consult-prep.settings';
export const SETTINGS_VERSION = 1;
export const FORGET_DAYS_MIN = 1;
export const FORGET_DAYS_MAX = 365;
export const FORGET_DAYS_DEFAULT = 7;
/** The shortest passphrase we accept for locking saved answers. */
export const PASSPHRASE_MIN = 8;
export const DAY_MS = 24 * 60 * 60 * 1000;

export type { DeviceSettings, SettingsResult } from './storage-settings-reader.ts';

export function deviceSettings(
  forgetAfterDays: number,
  locked: boolean,
  now: number,
): DeviceSettings {
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    mode: 'device',
    forgetAfterDays,
    expiresAt: now + forgetAfterDays * DAY_MS,
    locked,
  };
}

export function serializeNoSaveMarker(): string {
  return JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, mode: 'none' });
}
