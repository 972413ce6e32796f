import type { Contact, SafetyCatalogue } from '../content-schemas.ts';

// Help that is shown first and never buried. Names, numbers and text lines are exactly as
// DOMAIN.md gives them (US services); everyone also sees the line for outside the US.

export const outsideUsLine = 'Outside the US: call your local emergency number.';

/** Said with the domestic-abuse lines of every country. */
export const unsafeRelationshipNotes = [
  'Help just for you comes first. Couples therapy is not a good idea while there is abuse or coercive control: when someone uses threats, rules or fear to control a partner.',
  'If someone checks your phone or computer, you may want to use a device they do not see.',
];
export const sexualAssaultNote = 'You can share as much or as little as you like.';
export const trustedAdultLine =
  'Talking to a trusted adult can really help: a parent, a relative, a teacher or a school counsellor.';

const call988: Contact = { label: 'Call 988', kind: 'call', value: '988', href: 'tel:988' };
const text988: Contact = { label: 'Text 988', kind: 'text', value: '988', href: 'sms:988' };

export const safetyCopy: SafetyCatalogue = {
  crisis: {
    title: 'Need help now?',
    when: 'If you feel overwhelmed, hopeless or unsafe, you do not have to wait. Someone can talk with you right now.',
    lines: [
      '988 Suicide & Crisis Lifeline: call or text 988, any time, day or night.',
      'When you call 988, press 1 for veterans, or press 2 for Spanish.',
      'The Trevor Project, for LGBTQ+ people under 25: call 1-866-488-7386.',
    ],
    contacts: [
      call988,
      text988,
      {
        label: 'Call The Trevor Project',
        kind: 'call',
        value: '1-866-488-7386',
        href: 'tel:+18664887386',
      },
    ],
    outsideUs: outsideUsLine,
  },
  'unsafe-relationship': {
    title: 'If you do not feel safe',
    when: 'You told us someone makes you feel afraid or unsafe. You deserve to feel safe. Help is free and private.',
    lines: [
      'National Domestic Violence Hotline: call 1-800-799-7233, or text START to 88788.',
      'For people who are deaf or hard of hearing, the TTY (text phone) line is 1-800-787-3224.',
      ...unsafeRelationshipNotes,
    ],
    contacts: [
      {
        label: 'Call the National Domestic Violence Hotline',
        kind: 'call',
        value: '1-800-799-7233',
        href: 'tel:+18007997233',
      },
      { label: 'TTY (text phone)', kind: 'tty', value: '1-800-787-3224', href: 'tel:+18007873224' },
      { label: 'Text', kind: 'text', value: 'START to 88788', href: 'sms:88788' },
    ],
    outsideUs: outsideUsLine,
  },
  'sexual-assault': {
    title: 'Support after sexual trauma',
    when: 'You chose healing from sexual trauma. Support is there whenever you want it, whether it happened recently or long ago.',
    lines: [
      'RAINN: call 1-800-656-4673 (HOPE), or use their online chat.',
      'It is free and confidential, and you can share as much or as little as you like.',
    ],
    contacts: [
      {
        label: 'Call RAINN',
        kind: 'call',
        value: '1-800-656-4673 (HOPE)',
        href: 'tel:+18006564673',
      },
      {
        label: 'RAINN online chat',
        kind: 'chat',
        value: 'rainn.org',
        href: 'https://www.rainn.org',
      },
    ],
    outsideUs: outsideUsLine,
  },
  'postpartum-support': {
    title: 'Support around pregnancy and a new baby',
    when: 'You mentioned pregnancy or having a baby. Big feelings at this time are common, and support is there for you.',
    lines: ['Postpartum Support International: call or text 1-800-944-4773.'],
    contacts: [
      {
        label: 'Call Postpartum Support International',
        kind: 'call',
        value: '1-800-944-4773',
        href: 'tel:+18009444773',
      },
      {
        label: 'Text Postpartum Support International',
        kind: 'text',
        value: '1-800-944-4773',
        href: 'sms:+18009444773',
      },
    ],
    outsideUs: outsideUsLine,
  },
  minor: {
    title: 'This app is for adults',
    when: 'This app is made for people aged 18 and over, so we will not ask you anything more.',
    lines: [
      trustedAdultLine,
      'If you feel unsafe or overwhelmed, you can call or text 988 at any time.',
    ],
    contacts: [call988, text988],
    outsideUs: outsideUsLine,
  },
};
