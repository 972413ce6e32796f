import { describe, expect, it } from 'vitest';
import { safetyCopyFor } from '../../src/content/place-safety.ts';
import { placeHelp } from '../../src/content/en/places.ts';
import type { SafetyCopy } from '../../src/content/content-schemas.ts';
import { countryIds, type CountryId } from '../../src/questionnaire/ids.ts';
import { placeIds, safetyIds, type SafetyId } from '../../src/rules/ids.ts';
import {
  allNumbersOf,
  digitsOf,
  foreignNumbersIn,
  numbersIn,
  usSafetyTableNumbers,
  placeNumbers,
  type PlaceNumbers,
} from '../support/place-facts.ts';

// Each country's lines against the domain brief: the numbers it gives are on the card for that
// kind of help, exactly as written, and no other country's number is on any card. The numbers
// come from tests/fixtures/domain-brief.md, never from the app's own words.

const cardText = (copy: SafetyCopy) =>
  [...copy.lines, copy.outsideUs, ...copy.contacts.map((c) => `${c.label} ${c.value}`)].join('\n');

const linkedDigits = (copy: SafetyCopy) =>
  copy.contacts.flatMap((contact) =>
    contact.href && !contact.href.startsWith('https:') ? [digitsOf(contact.href)] : [],
  );

// Which card carries which column of the brief's table.
const cardFor: Record<Exclude<keyof PlaceNumbers, 'emergency'>, SafetyId> = {
  crisis: 'crisis',
  domesticAbuse: 'unsafe-relationship',
  sexualViolence: 'sexual-assault',
};

const cases = countryIds.flatMap((country) =>
  (Object.keys(cardFor) as (keyof typeof cardFor)[]).flatMap((kind) =>
    placeNumbers[country][kind].map((number) => ({ country, kind, number, id: cardFor[kind] })),
  ),
);

describe('help lines by country', () => {
  it('finds numbers in the brief for every listed country', () => {
    // A guard on the reader: if the brief's table changed shape, the cases below would vanish.
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const country of ['us', 'uk', 'ie', 'au', 'nz'] as const) {
      expect(placeNumbers[country].crisis.length).toBeGreaterThan(0);
    }
  });

  it.each(cases)('$country: the $id card gives $number as written', ({ country, id, number }) => {
    const copy = safetyCopyFor(id, country);
    expect(cardText(copy)).toContain(number);
  });

  it.each(cases.filter((c) => digitsOf(c.number).length > 4))(
    '$country: $number is a tap-to-call or tap-to-text link on the $id card',
    ({ country, id, number }) => {
      expect(linkedDigits(safetyCopyFor(id, country))).toContain(digitsOf(number));
    },
  );

  it.each(countryIds.filter((c) => c !== 'other'))(
    '%s: every card names the emergency number',
    (country) => {
      for (const number of placeNumbers[country].emergency) {
        for (const id of safetyIds) expect(safetyCopyFor(id, country).outsideUs).toContain(number);
      }
    },
  );

  it.each(countryIds)('%s: no card carries another country’s number', (country) => {
    for (const id of safetyIds) {
      expect(foreignNumbersIn(cardText(safetyCopyFor(id, country)), country)).toEqual([]);
    }
  });

  it.each(countryIds)('%s: every number on a card is one the brief gives for it', (country) => {
    const known = new Set(
      [...allNumbersOf(country), ...(country === 'us' ? usSafetyTableNumbers() : [])].map(digitsOf),
    );
    for (const id of safetyIds) {
      const copy = safetyCopyFor(id, country);
      const shown = numbersIn(
        [...copy.lines, copy.outsideUs, ...copy.contacts.map((c) => c.value)].join('\n'),
      );
      for (const number of shown) expect(known, `${id}: ${number}`).toContain(digitsOf(number));
      for (const digits of linkedDigits(copy)) expect(known, `${id} link`).toContain(digits);
    }
  });

  it('shows a named service without a number as its name and web address', () => {
    const shelters = safetyCopyFor('unsafe-relationship', 'ca');
    expect(shelters.lines.join(' ')).toContain('ShelterSafe.ca');
    expect(shelters.contacts).toEqual([
      expect.objectContaining({ kind: 'web', href: 'https://sheltersafe.ca' }),
    ]);
    const rapeCrisis = safetyCopyFor('sexual-assault', 'uk');
    expect(rapeCrisis.lines.join(' ')).toContain('247sexualabusesupport.org.uk');
    expect(rapeCrisis.contacts.map((c) => c.kind)).toEqual(['web']);
  });

  it('gives “somewhere else” no number at all, only where to turn', () => {
    for (const id of safetyIds) {
      const copy = safetyCopyFor(id, 'other');
      expect(copy.contacts).toEqual([]);
      expect(copy.outsideUs).toBe('In an emergency, call your local emergency number.');
    }
  });

  it('keeps the US cards for the US and for no country said, with the emergency line for each', () => {
    const us = safetyCopyFor('crisis', 'us');
    const notSaid = safetyCopyFor('crisis', 'not-said');
    expect(us.lines).toEqual(notSaid.lines);
    expect(us.outsideUs).toContain('911');
    expect(notSaid.outsideUs).toBe('Outside the US: call your local emergency number.');
  });

  it.each(placeIds)('%s: every card has a title, lines and an emergency line', (place) => {
    for (const id of safetyIds) {
      const copy = safetyCopyFor(id, place);
      expect(copy.title.length).toBeGreaterThan(0);
      expect(copy.lines.length).toBeGreaterThan(0);
      expect(copy.outsideUs.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(placeHelp) as [CountryId, (typeof placeHelp)[CountryId]][])(
    '%s: calls link with tel:, texts with sms:, websites with https:',
    (_country, help) => {
      const contacts = [
        ...help.emergencyContacts,
        ...help.crisis.contacts,
        ...help.domesticAbuse.contacts,
        ...help.sexualViolence.contacts,
        ...help.postpartum.contacts,
      ];
      for (const contact of contacts) {
        const scheme = { call: 'tel:', tty: 'tel:', text: 'sms:', chat: 'https:', web: 'https:' };
        expect(contact.href?.startsWith(scheme[contact.kind])).toBe(true);
      }
    },
  );
});
