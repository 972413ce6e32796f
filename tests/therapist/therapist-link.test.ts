// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { generateRecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import {
  cleanText,
  decodeTherapistLink,
  encodeTherapistLink,
  hasUnsafeCharacters,
  isSafeWebsite,
  LINK_CODE_MAX_CHARS,
  linkLimits,
  type TherapistLink,
} from '../../src/questionnaire/therapist-link.ts';
import { minimalLink, typicalLink } from './fixtures.ts';

async function codeOf(link: TherapistLink): Promise<string> {
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(`could not encode: ${encoded.error}`);
  return encoded.code;
}

/** Packs any JSON the way the builder would, without the builder's checks. */
async function rawCode(data: unknown, prefix = 'v1.'): Promise<string> {
  return prefix + bytesToBase64url(await deflate(new TextEncoder().encode(JSON.stringify(data))));
}

describe('therapist link codec', () => {
  it('round-trips a typical link with a public key', async () => {
    const { publicJwk } = await generateRecipientKeys();
    const link = typicalLink(publicJwk);
    expect(await decodeTherapistLink(await codeOf(link))).toEqual({ ok: true, link });
  });

  it('round-trips the smallest link, with or without the leading #', async () => {
    const code = await codeOf(minimalLink());
    expect(await decodeTherapistLink(code)).toEqual({ ok: true, link: minimalLink() });
    expect(await decodeTherapistLink(`#${code}`)).toEqual({ ok: true, link: minimalLink() });
  });

  it('keeps a typical encrypted link short enough for a QR code', async () => {
    const { publicJwk } = await generateRecipientKeys();
    const code = await codeOf(typicalLink(publicJwk));
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(900);
  });

  it('refuses to encode a link over the size cap', async () => {
    // Random text does not compress, so the largest allowed fields overflow the code cap.
    const noise = (length: number) =>
      bytesToBase64url(crypto.getRandomValues(new Uint8Array(length))).slice(0, length);
    const big: TherapistLink = {
      ...minimalLink(),
      welcome: noise(linkLimits.welcome),
      questions: Array.from({ length: linkLimits.questions }, () => ({
        kind: 'choice' as const,
        text: noise(linkLimits.questionText),
        options: Array.from({ length: linkLimits.options }, () => noise(linkLimits.optionText)),
      })),
    };
    expect(await encodeTherapistLink(big)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses to encode a link the decoder would refuse', async () => {
    const bad = { ...minimalLink(), website: 'http://example.com' };
    expect(await encodeTherapistLink(bad)).toEqual({ ok: false, error: 'invalid' });
  });

  it('carries no client data: only the therapist fields survive', async () => {
    const withExtra = { ...minimalLink(), answers: { concerns: ['low-desire'] } };
    const result = await decodeTherapistLink(await rawCode(withExtra));
    expect(result.ok && Object.keys(result.link)).not.toContain('answers');
  });
});

describe('therapist link decoder refuses with a typed error', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['#', 'empty'],
    ['hello', 'damaged'],
    ['v1.', 'damaged'],
    ['v1.!!!', 'damaged'],
    ['v1.AAAA', 'damaged'],
    ['v2.AAAA', 'unknown-version'],
    ['v0.AAAA', 'unknown-version'],
    ['v1.'.padEnd(LINK_CODE_MAX_CHARS + 1, 'A'), 'too-long'],
  ])('%j → %s', async (code, error) => {
    expect(await decodeTherapistLink(code)).toEqual({ ok: false, error });
  });

  it.each([null, undefined, 42, {}, ['v1.']])('refuses a non-string %j', async (input) => {
    expect(await decodeTherapistLink(input)).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses valid compression of text that is not JSON', async () => {
    const code = `v1.${bytesToBase64url(await deflate(new TextEncoder().encode('not json')))}`;
    expect(await decodeTherapistLink(code)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a link that inflates past the cap (a zip bomb)', async () => {
    const bomb = `v1.${bytesToBase64url(await deflate(new Uint8Array(1_000_000).fill(32)))}`;
    expect(bomb.length).toBeLessThan(LINK_CODE_MAX_CHARS);
    expect(await decodeTherapistLink(bomb)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a tampered code', async () => {
    const code = await codeOf(typicalLink());
    const middle = Math.floor(code.length / 2);
    const flipped = code[middle] === 'A' ? 'B' : 'A';
    const tampered = code.slice(0, middle) + flipped + code.slice(middle + 1);
    const result = await decodeTherapistLink(tampered);
    // Deflate has no checksum, so a flip may still inflate: zod must then catch it, or it
    // decodes to some other valid link. It never throws and never returns the original.
    expect(result).not.toEqual({ ok: true, link: typicalLink() });
  });

  it('refuses a truncated code', async () => {
    const code = await codeOf(typicalLink());
    expect((await decodeTherapistLink(code.slice(0, -20))).ok).toBe(false);
  });

  const base = minimalLink();
  it.each<[string, unknown]>([
    ['an empty name', { ...base, name: '  ' }],
    ['a name too long', { ...base, name: 'n'.repeat(linkLimits.name + 1) }],
    ['a bidi override in the name', { ...base, name: 'Dr. \u202Eevil' }],
    ['a bidi isolate in the practice', { ...base, practice: 'Care \u2066x\u2069' }],
    ['a control character in the contact', { ...base, contact: 'call\u0007me' }],
    ['a C1 control in the welcome', { ...base, welcome: 'hi\u0085there' }],
    ['a newline in a single-line field', { ...base, name: 'Sam\nRivera' }],
    ['an http website', { ...base, website: 'http://example.com' }],
    ['a javascript: website', { ...base, website: 'javascript:alert(1)' }],
    ['a data: website', { ...base, website: 'data:text/html,<script>alert(1)</script>' }],
    ['a website with a user name', { ...base, website: 'https://bank.com@evil.example' }],
    ['an unknown licence', { ...base, licences: ['wizard'] }],
    ['a repeated state', { ...base, states: ['CA', 'CA'] }],
    ['an unknown state', { ...base, states: ['ZZ'] }],
    ['a date that does not exist', { ...base, date: '2026-02-30' }],
    ['eleven questions', { ...base, questions: Array(11).fill({ kind: 'yes-no', text: 'Q?' }) }],
    [
      'a choice with one option',
      { ...base, questions: [{ kind: 'choice', text: 'Q', options: ['a'] }] },
    ],
    ['an unknown question kind', { ...base, questions: [{ kind: 'file', text: 'Q' }] }],
    ['encrypted return without a key', { ...base, returnMode: 'encrypted' }],
    [
      'a bad public key',
      {
        ...base,
        returnMode: 'encrypted',
        publicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) },
      },
    ],
    ['a bare array', [base]],
  ])('refuses %s as invalid', async (_name, data) => {
    expect(await decodeTherapistLink(await rawCode(data))).toEqual({ ok: false, error: 'invalid' });
  });

  it('allows a newline in the welcome message', async () => {
    const link = { ...base, welcome: 'Hello.\n\nSee you soon.' };
    expect(await decodeTherapistLink(await codeOf(link))).toEqual({ ok: true, link });
  });
});

describe('safe text', () => {
  it.each([
    ['Dr. \u202Eevil\u202C', 'Dr. evil'],
    ['  a\u200Fb  ', 'ab'],
    ['x\u0000y\u009Fz', 'xyz'],
    ['line one\nline two', 'line one line two'],
  ])('cleanText(%j) → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
    expect(hasUnsafeCharacters(output)).toBe(false);
  });

  it('keeps newlines in long text and unifies \\r\\n', () => {
    expect(cleanText('a\r\nb\rc\u2067', true)).toBe('a\nb\nc');
    expect(hasUnsafeCharacters('a\nb', true)).toBe(false);
    expect(hasUnsafeCharacters('a\nb')).toBe(true);
  });

  it.each([
    ['https://example.com', true],
    ['https://example.com/path?q=1', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    [' https://example.com', false],
    ['https://user:pass@example.com', false],
    ['https://', false],
    ['//example.com', false],
  ])('isSafeWebsite(%j) is %s', (url, safe) => {
    expect(isSafeWebsite(url)).toBe(safe);
  });
});
