import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePaste } from '../../src/lib/paste-normaliser.ts';
import { pasteShapes } from '../../scripts/decoder-harness.ts';

const code = 'CP1-Ab_9-zZ0xY';
const link = 'https://prep.example.org/from#v2.Ab_9-zZ0';

describe('paste normaliser: what people paste is read as the code', () => {
  it.each<[string, string, string]>([
    ['line breaks', 'CP1-Ab_9\n-zZ0\nxY', code],
    ['Windows line breaks', 'CP1-Ab_9\r\n-zZ0\r\nxY', code],
    ['spaces anywhere', 'CP1- Ab_9 -zZ0  xY', code],
    ['a tab and an indent', 'CP1-Ab_9\n\t-zZ0xY', code],
    ['leading and trailing spaces', `   ${code}  \n`, code],
    ['a trailing full stop', `${code}.`, code],
    ['a trailing comma', `${code},`, code],
    ['angle brackets', `<${code}>`, code],
    ['straight double quotes', `"${code}"`, code],
    ['straight single quotes', `'${code}'`, code],
    ['curly double quotes', `\u201C${code}\u201D`, code],
    ['curly single quotes', `\u2018${code}\u2019`, code],
    ['backticks', `\`${code}\``, code],
    ['a quoted reply', `> CP1-Ab_9\n> -zZ0xY`, code],
    ['a reply to a reply', `>> CP1-Ab_9\n>> -zZ0xY`, code],
    ['spaced reply marks', `> > CP1-Ab_9\n> > -zZ0xY`, code],
    ['zero-width spaces', 'CP1-\u200BAb_9\u200B-zZ0xY', code],
    ['zero-width joiners and marks', 'CP1-\u200C\u200DAb\u200E_9\u200F-zZ0xY', code],
    ['soft hyphens', 'CP1-Ab\u00AD_9-zZ0\u00ADxY', code],
    ['non-breaking spaces', 'CP1-Ab_9\u00A0-zZ0\u202FxY', code],
    ['a byte-order mark and word joiner', '\uFEFFCP1-Ab_9\u2060-zZ0xY', code],
    ['a label', `Code: ${code}`, code],
    ['a longer label', `Partner code: ${code}`, code],
    ['a label on its own line', `Here is my code:\n${code}`, code],
    ['a label, quotes and a full stop', `Code: \u201C${code}\u201D.`, code],
    ['everything at once', `> Code:\n> <CP1-Ab_9\u200B\n> -zZ0xY>.`, code],
    ['a full address', link, link],
    ['a full address in brackets with a full stop', `<${link}>.`, link],
    ['a labelled address', `Link: ${link}`, link],
    ['an address opened with spaces (%20)', 'https://prep.example.org/from#v2.Ab_9%20-zZ0', link],
    [
      'an address with an encoded zero-width space',
      'https://prep.example.org/from#v2.Ab_9%E2%80%8B-zZ0',
      link,
    ],
  ])('%s', (_name, pasted, expected) => {
    expect(normalisePaste(pasted)).toBe(expected);
  });

  it('reads every shape the decoder report tries as the code itself', () => {
    for (const { name, shape } of pasteShapes) {
      expect(normalisePaste(shape(code)), name).toBe(code);
    }
  });
});

describe('paste normaliser: what it leaves alone', () => {
  it.each<[string, string, string]>([
    ['every character a code may hold', 'v2.AZaz09-_#x', 'v2.AZaz09-_#x'],
    ['a full stop inside a code', 'v1.abc', 'v1.abc'],
    [
      'a web address’s scheme (not a label)',
      'https://a.example/from#v2.x',
      'https://a.example/from#v2.x',
    ],
    ['the braces of a JSON file', '{ "a": "b" }', '{"a":"b"}'],
    ['words that are not a code', 'hello there', 'hellothere'],
    ['an ellipsis where a code was cut', 'CP1-Ab_9…', 'CP1-Ab_9…'],
    ['a quote mark inside the text', 'CP1-Ab>xY', 'CP1-Ab>xY'],
    ['a percent sign that is not an escape', 'CP1-100%', 'CP1-100%'],
    ['an escape that is not text', 'CP1-%E2%80', 'CP1-%E2%80'],
    ['a label alone', 'Code:', ''],
    ['nothing', '  \n ', ''],
  ])('%s', (_name, pasted, expected) => {
    expect(normalisePaste(pasted)).toBe(expected);
  });

  it('never changes a code’s own characters, and is stable when run twice', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9_.#-]{0,80}[A-Za-z0-9_-]$/),
        (text) => {
          expect(normalisePaste(text)).toBe(text);
          expect(normalisePaste(normalisePaste(` "${text}". `))).toBe(text);
        },
      ),
      { seed: 20_261_201, numRuns: Number(process.env.FUZZ_RUNS ?? 1_000) },
    );
  });
});
