import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { specialtyCopy } from '../../src/content/en/specialties.ts';
import { concernIds } from '../../src/questionnaire/ids.ts';
import { referralIds, safetyIds, specialtyIds, type SafetyId } from '../../src/rules/ids.ts';

// The ids, directory search words and safety numbers are a contract written in the domain brief.
// A copy is kept in tests/fixtures so the check always runs; .ci/run compares the copy with the
// brief beside the repository (../shared/DOMAIN.md) when that is there.
const domainPath = fileURLToPath(new URL('../fixtures/domain-brief.md', import.meta.url));
const domain = readFileSync(domainPath, 'utf8');

/** The table rows of the section under a heading: the cells of each row, backticks dropped. */
function rows(heading: string): string[][] {
  const start = domain.indexOf(heading);
  const end = domain.indexOf('\n#', start + heading.length);
  return domain
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim().replaceAll('`', '')),
    );
}

describe('the domain brief contract', () => {
  it('lists the same ids, in the same order', () => {
    expect(rows('### Concerns').map((row) => row[0])).toEqual([...concernIds]);
    expect(rows('### Specialties').map((row) => row[0])).toEqual([...specialtyIds]);
    expect(rows('### Adjacent referrals').map((row) => row[0])).toEqual([...referralIds]);
    expect(rows('### Safety').map((row) => row[0])).toEqual([...safetyIds]);
  });

  it.each(rows('### Specialties'))('%s: search words exactly as written', (id, _look, words) => {
    expect(specialtyCopy[id as (typeof specialtyIds)[number]].searchWords).toEqual(
      words!.split('; '),
    );
  });

  it.each(rows('### Safety'))('%s: every number and text keyword as written', (id, _when, what) => {
    const numbers = what!.match(/\b\d[\d-]*\d\b|\bSTART\b|\(HOPE\)/g) ?? [];
    const lines = safetyCopy[id as SafetyId].lines.join('\n');
    if (id !== 'minor') expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(lines).toContain(number);
    for (const name of what!.match(
      /RAINN|Postpartum Support International|National Domestic Violence Hotline|The Trevor Project|Suicide & Crisis Lifeline/g,
    ) ?? []) {
      expect(lines).toContain(name);
    }
  });
});

describe('safety lines', () => {
  it('gives the 988 options for veterans and Spanish', () => {
    const lines = safetyCopy.crisis.lines.join('\n');
    expect(lines).toMatch(/press 1 for veterans/);
    expect(lines).toMatch(/press 2 for Spanish/);
  });

  it('points someone under 18 to a trusted adult or a school counsellor', () => {
    const lines = safetyCopy.minor.lines.join('\n');
    expect(lines).toContain('trusted adult');
    expect(lines).toContain('school counsellor');
  });
});

describe('safety links', () => {
  it.each([
    ['crisis', 'tel:988'],
    ['crisis', 'sms:988'],
    ['unsafe-relationship', 'tel:+18007997233'],
    ['unsafe-relationship', 'tel:+18007873224'],
    ['unsafe-relationship', 'sms:88788'],
    ['sexual-assault', 'tel:+18006564673'],
    ['postpartum-support', 'tel:+18009444773'],
    ['postpartum-support', 'sms:+18009444773'],
  ] as const)('%s links to %s', (id, href) => {
    expect(safetyCopy[id].contacts.map((contact) => contact.href)).toContain(href);
  });

  it('matches each link to the number it shows', () => {
    for (const id of safetyIds) {
      for (const contact of safetyCopy[id].contacts) {
        if (contact.kind === 'chat') continue;
        const digits = contact.value.match(/\d/g)!.join('');
        expect(contact.href!.replace(/\D/g, '').endsWith(digits.replace(/^1(?=\d{10}$)/, ''))).toBe(
          true,
        );
      }
    }
  });
});
