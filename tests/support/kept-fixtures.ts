import type { SealedEnvelope } from '../../src/features/therapist/sealed-summary.ts';
import { SEALED_FORMAT, SEALED_VERSION } from '../../src/features/therapist/sealed-summary.ts';

/**
 * An envelope with the right shape and no real cryptography: the store checks the shape, and
 * only opening it needs a key. `n` makes its ciphertext, and so the summary, its own.
 */
export function fakeEnvelope(n: number, ctLength = 40): SealedEnvelope {
  const mark = n.toString(36).padStart(6, '0');
  return {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kid: '0123456789abcdef',
    epk: 'B'.repeat(87),
    salt: 'S'.repeat(22),
    iv: 'I'.repeat(16),
    ct: `${mark}${'c'.repeat(Math.max(16, ctLength - mark.length))}`,
  };
}
