import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64urlToBytes, bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate, inflate } from '../../src/lib/deflate.ts';
import { openWithPassphrase, sealWithPassphrase } from '../../src/lib/passphrase-crypto.ts';

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64urlToBytes(text)).toEqual(bytes);
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });

  it.each(['a', 'ab=c', 'a+b/', 'é', 'abcde'])('refuses %j without throwing', (text) => {
    expect(base64urlToBytes(text)).toBeNull();
  });
});

describe('deflate', () => {
  it('round-trips text', async () => {
    const bytes = new TextEncoder().encode('hello '.repeat(200));
    const packed = await deflate(bytes);
    expect(packed.length).toBeLessThan(bytes.length);
    expect(await inflate(packed, 10_000)).toEqual(bytes);
  });

  it('refuses output larger than the cap', async () => {
    const packed = await deflate(new Uint8Array(100_000));
    expect(await inflate(packed, 1000)).toBeNull();
  });

  it('refuses damaged data', async () => {
    expect(await inflate(new Uint8Array([255, 255, 255, 1, 2, 3]), 1000)).toBeNull();
  });
});

describe('passphrase crypto', () => {
  const plain = new TextEncoder().encode('private words');

  it('opens with the right passphrase only', async () => {
    const sealed = await sealWithPassphrase(plain, 'correct horse', 1000);
    expect(await openWithPassphrase(sealed, 'correct horse')).toEqual(plain);
    expect(await openWithPassphrase(sealed, 'wrong horse')).toBeNull();
  });

  it('refuses a changed ciphertext', async () => {
    const sealed = await sealWithPassphrase(plain, 'pass', 1000);
    const tampered = sealed.ciphertext.slice();
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    expect(await openWithPassphrase({ ...sealed, ciphertext: tampered }, 'pass')).toBeNull();
  });
});
