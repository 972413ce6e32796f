import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCoupleState } from '../../src/storage/couple-store.ts';
import { parseSealedState } from '../../src/storage/sealed-state-reader.ts';
import { SETTINGS_FORMAT } from '../../src/storage/storage-settings.ts';
import {
  deviceSettingsSchema,
  parseDeviceSettings,
  parseNoSaveMarker,
} from '../../src/storage/storage-settings-reader.ts';
import { fuzzOptions, FUZZ_RUNS, hostileText, junk } from './fuzz-inputs.ts';

const settingsLike = fc
  .record(
    {
      format: fc.oneof(fc.constant(SETTINGS_FORMAT), hostileText),
      version: fc.oneof(fc.constant(1), junk),
      mode: fc.oneof(fc.constantFrom('device', 'none', 'session'), junk),
      forgetAfterDays: fc.oneof(fc.integer({ min: -5, max: 400 }), junk),
      expiresAt: fc.oneof(fc.integer(), fc.double(), junk),
      locked: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));

const sealedLike = fc
  .record(
    {
      format: fc.oneof(fc.constant('consult-prep.sealed'), hostileText),
      version: fc.oneof(fc.constant(1), junk),
      iterations: fc.oneof(fc.integer(), junk),
      salt: fc.oneof(fc.base64String({ maxLength: 40 }), hostileText),
      iv: fc.oneof(fc.base64String({ maxLength: 24 }), hostileText),
      data: fc.oneof(fc.base64String({ maxLength: 80 }), hostileText),
    },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  junk.map((value) => JSON.stringify(value) ?? 'undefined'),
);

describe(`storage settings decoders fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs each)`, () => {
  it('device settings: valid settings or a typed problem, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, settingsLike), (raw) => {
        const result = parseDeviceSettings(raw);
        if (result.ok) expect(deviceSettingsSchema.safeParse(result.settings).success).toBe(true);
        else expect(['missing', 'unreadable']).toContain(result.problem);
        expect(['boolean']).toContain(typeof parseNoSaveMarker(raw).ok);
      }),
      fuzzOptions,
    );
  });

  it('locked answers: sealed bytes of the right sizes or a typed problem, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, sealedLike), (raw) => {
        const result = parseSealedState(raw);
        if (result.ok) {
          expect(result.sealed.salt).toHaveLength(16);
          expect(result.sealed.iv).toHaveLength(12);
        } else {
          expect(['not-sealed', 'damaged']).toContain(result.problem);
        }
      }),
      fuzzOptions,
    );
  });

  it('couple session: a state or null, never a throw', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = parseCoupleState(raw);
        expect(result === null || typeof result === 'object').toBe(true);
      }),
      fuzzOptions,
    );
  });
});
