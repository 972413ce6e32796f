import { describe, expect, it } from 'vitest';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { generateRecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import { withCheck } from '../../src/lib/integrity.ts';
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
import { minimalLink, typicalLink } from '../support/therapist-link-fixtures.ts';

async function codeOf(link: TherapistLink): Promise<string> {
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(`could not encode: ${encoded.error}`);
  return encoded.code;
}

/** Packs any bytes the way the builder would (v2: with the check; v1: without). */
async function packBytes(bytes: Uint8Array, version: 1 | 2 = 2): Promise<string> {
  const packed = await deflate(bytes);
  const prefix = `v${version}.`;
  return prefix + bytesToBase64url(version === 2 ? await withCheck(prefix, packed) : packed);
}

/** Packs any JSON the way the builder would, without the builder's checks. */
async function rawCode(data: unknown, version: 1 | 2 = 2): Promise<string> {
  return packBytes(new TextEncoder().encode(JSON.stringify(data)), version);
}

describe('therapist link codec', () => {
  it('round-trips a typical link with a public key', async () => {
    const { publicJwk } = await generateRecipientKeys();
    const link = typicalLink(publicJwk);
    expect(await decodeTherapistLink(await codeOf(link))).toEqual({
      ok: true,
      link,
      legacy: false,
    });
  });

  it('round-trips the smallest link, with or without the leading # or the address', async () => {
    const code = await codeOf(minimalLink());
    const opened = { ok: true, link: minimalLink(), legacy: false };
    expect(await decodeTherapistLink(code)).toEqual(opened);
    expect(await decodeTherapistLink(`#${code}`)).toEqual(opened);
    expect(await decodeTherapistLink(`https://prep.example.org/from#${code}`)).toEqual(opened);
  });

  it('makes v2 links, whose first bytes check the rest', async () => {
    const code = await codeOf(minimalLink());
    expect(code).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(code).toBe(await rawCode(minimalLink()));
  });

  it('still opens a v1 link made before the check, and says it is one', async () => {
    const link = typicalLink();
    expect(await decodeTherapistLink(await rawCode(link, 1))).toEqual({
      ok: true,
      link,
      legacy: true,
    });
  });

  it('keeps a typical encrypted link short enough for a QR code', async () => {
    const { publicJwk } = await generateRecipientKeys();
    const code = await codeOf(typicalLink(publicJwk));
    expect(code).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
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
    ['v2.', 'damaged'],
    ['v2.AAAA', 'damaged'],
    ['v2.AAAAAAAAAAAA', 'damaged'],
    ['v3.AAAA', 'unknown-version'],
    ['v0.AAAA', 'unknown-version'],
    ['v1.'.padEnd(LINK_CODE_MAX_CHARS + 1, 'A'), 'too-long'],
  ])('%j → %s', async (code, error) => {
    expect(await decodeTherapistLink(code)).toEqual({ ok: false, error });
  });

  it.each([null, undefined, 42, {}, ['v1.']])('refuses a non-string %j', async (input) => {
    expect(await decodeTherapistLink(input)).toEqual({ ok: false, error: 'invalid' });
  });

  it.each([1, 2] as const)('refuses valid v%i compression of text that is not JSON', async (v) => {
    const code = await packBytes(new TextEncoder().encode('not json'), v);
    expect(await decodeTherapistLink(code)).toEqual({ ok: false, error: 'damaged' });
  });

  it.each([1, 2] as const)('refuses a v%i link that inflates past the cap', async (version) => {
    const bomb = await packBytes(new Uint8Array(1_000_000).fill(32), version);
    expect(bomb.length).toBeLessThan(LINK_CODE_MAX_CHARS);
    expect(await decodeTherapistLink(bomb)).toEqual({ ok: false, error: 'damaged' });
  });

  it('reads a code with one character changed as damaged, never as another link', async () => {
    // The example from a report against v1: the website's domain lost one letter.
    const link = { ...minimalLink(), website: 'https://harborlight.example.org' };
    const code = await codeOf(link);
    const v1 = await rawCode(link, 1);
    const changed = async (text: string) => {
      const results = [];
      for (let at = 3; at < text.length; at += 1) {
        const char = text[at] === 'A' ? 'B' : 'A';
        results.push(await decodeTherapistLink(text.slice(0, at) + char + text.slice(at + 1)));
      }
      return results;
    };
    const v2Results = await changed(code);
    expect(v2Results.filter((result) => result.ok)).toEqual([]);
    expect(v2Results.every((result) => !result.ok && result.error === 'damaged')).toBe(true);
    // Without the check, some changes open as a different link: why v1 links carry a warning.
    const other = (await changed(v1)).filter(
      (result) => result.ok && JSON.stringify(result.link) !== JSON.stringify(link),
    );
    expect(other.length).toBeGreaterThan(0);
  });

  it('refuses a truncated code, and one with the check cut off', async () => {
    const code = await codeOf(typicalLink());
    expect(await decodeTherapistLink(code.slice(0, -20))).toEqual({ ok: false, error: 'damaged' });
    expect(await decodeTherapistLink(`v2.${code.slice(9)}`)).toEqual({
      ok: false,
      error: 'damaged',
    });
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
    expect(await decodeTherapistLink(await codeOf(link))).toEqual({
      ok: true,
      link,
      legacy: false,
    });
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
