import { describe, expect, it } from 'vitest';
import {
  generateRecipientKeys,
  importPrivateKey,
  keyIdOf,
  openSealed,
  sealForRecipient,
} from '../../src/lib/hybrid-crypto.ts';

const text = new TextEncoder();
const plain = text.encode('What I would like you to know before we meet.');
const aad = text.encode('header v1');

describe('hybrid encryption (ECDH P-256 + HKDF-SHA256 → AES-256-GCM)', () => {
  it('round-trips with the recipient key', async () => {
    const recipient = await generateRecipientKeys();
    const sealed = await sealForRecipient(plain, recipient.publicJwk, aad);
    expect(sealed.ephemeralPublicKey).toHaveLength(65);
    expect(await openSealed(sealed, recipient, aad)).toEqual(plain);
  });

  it('uses a fresh ephemeral key, salt and IV for every message', async () => {
    const recipient = await generateRecipientKeys();
    const one = await sealForRecipient(plain, recipient.publicJwk, aad);
    const two = await sealForRecipient(plain, recipient.publicJwk, aad);
    expect(one.ephemeralPublicKey).not.toEqual(two.ephemeralPublicKey);
    expect(one.iv).not.toEqual(two.iv);
    expect(one.ciphertext).not.toEqual(two.ciphertext);
  });

  it('refuses the wrong private key', async () => {
    const recipient = await generateRecipientKeys();
    const other = await generateRecipientKeys();
    const sealed = await sealForRecipient(plain, recipient.publicJwk, aad);
    expect(
      await openSealed(sealed, { ...recipient, privateKey: other.privateKey }, aad),
    ).toBeNull();
    expect(await openSealed(sealed, other, aad)).toBeNull();
  });

  it.each(['ciphertext', 'iv', 'salt', 'ephemeralPublicKey'] as const)(
    'refuses a changed %s',
    async (field) => {
      const recipient = await generateRecipientKeys();
      const sealed = await sealForRecipient(plain, recipient.publicJwk, aad);
      const changed = sealed[field].slice();
      const at = field === 'ephemeralPublicKey' ? 40 : 3;
      changed[at] = (changed[at] ?? 0) ^ 1;
      expect(await openSealed({ ...sealed, [field]: changed }, recipient, aad)).toBeNull();
    },
  );

  it('refuses a truncated ciphertext and changed associated data', async () => {
    const recipient = await generateRecipientKeys();
    const sealed = await sealForRecipient(plain, recipient.publicJwk, aad);
    const cut = { ...sealed, ciphertext: sealed.ciphertext.slice(0, -1) };
    expect(await openSealed(cut, recipient, aad)).toBeNull();
    expect(await openSealed(sealed, recipient, text.encode('header v2'))).toBeNull();
  });

  it('restores a private key from its JWK export (the backup file)', async () => {
    const recipient = await generateRecipientKeys();
    const jwk = await crypto.subtle.exportKey('jwk', recipient.privateKey);
    const restored = await importPrivateKey({ ...recipient.publicJwk, d: jwk.d ?? '' });
    expect(restored).not.toBeNull();
    const sealed = await sealForRecipient(plain, recipient.publicJwk, aad);
    expect(await openSealed(sealed, { ...recipient, privateKey: restored! }, aad)).toEqual(plain);
  });

  it('gives each public key a stable short id', async () => {
    const a = await generateRecipientKeys();
    const b = await generateRecipientKeys();
    expect(await keyIdOf(a.publicJwk)).toMatch(/^[0-9a-f]{16}$/);
    expect(await keyIdOf(a.publicJwk)).toBe(await keyIdOf({ ...a.publicJwk }));
    expect(await keyIdOf(a.publicJwk)).not.toBe(await keyIdOf(b.publicJwk));
  });
});
