import { describe, expect, it } from 'vitest';
import { concernCopy } from '../../src/content/en/concerns.ts';
import { affirmingPhrases, healthPhrases, reasonText } from '../../src/content/en/reasons.ts';
import type { Reason } from '../../src/rules/reasons.ts';

// The words carry logic here: which answer is named, and whether it was the primary concern.

describe('reasonText', () => {
  it.each<[string, Reason, string[]]>([
    [
      'the primary concern',
      {
        ruleId: 'sexual-pain',
        facts: [{ kind: 'concern', concern: 'sexual-pain', primary: true }],
      },
      ["You chose 'Pain during or after sex' as what matters most."],
    ],
    [
      'several concerns in one sentence',
      {
        ruleId: 'desire-and-closeness',
        facts: [
          { kind: 'concern', concern: 'low-desire', primary: false },
          { kind: 'concern', concern: 'reconnection', primary: false },
        ],
      },
      [`You chose '${concernCopy['low-desire'].label}' and '${concernCopy.reconnection.label}'.`],
    ],
    [
      'a primary concern with others',
      {
        ruleId: 'desire-and-closeness',
        facts: [
          { kind: 'concern', concern: 'low-desire', primary: true },
          { kind: 'concern', concern: 'enhancement', primary: false },
        ],
      },
      ['as what matters most.', 'You also chose'],
    ],
    [
      'health items',
      {
        ruleId: 'medication-review',
        facts: [
          { kind: 'health', item: 'antidepressants' },
          { kind: 'health', item: 'hormonal-medication' },
        ],
      },
      [
        `You mentioned ${healthPhrases.antidepressants} and ${healthPhrases['hormonal-medication']}.`,
      ],
    ],
    [
      'a preference',
      { ruleId: 'affirming-kink', facts: [{ kind: 'affirming', need: 'kink' }] },
      [`You would like a therapist who is ${affirmingPhrases.kink}.`],
    ],
    [
      'a partner taking part',
      { ruleId: 'couples-partner-taking-part', facts: [{ kind: 'partner-taking-part' }] },
      ['Your partner is taking part.'],
    ],
    [
      'an unsafe relationship, with the rule note',
      { ruleId: 'unsafe-relationship', facts: [{ kind: 'feels-unsafe' }] },
      ['afraid or unsafe', 'help just for you comes first'],
    ],
    [
      'the always rule, through its note',
      { ruleId: 'everyone-certified', facts: [{ kind: 'always' }] },
      ['for everyone'],
    ],
    [
      'the erection check-up note',
      {
        ruleId: 'erection-check-up',
        facts: [{ kind: 'concern', concern: 'erectile-difficulty', primary: false }],
      },
      [concernCopy['erectile-difficulty'].label, 'heart'],
    ],
    [
      'several partners',
      {
        ruleId: 'multiple-partners',
        facts: [{ kind: 'relationship', relationship: 'multiple-partners' }],
      },
      ['more than one partner'],
    ],
  ])('names %s', (_name, reason, expected) => {
    const text = reasonText(reason);
    for (const part of expected) expect(text).toContain(part);
  });
});
