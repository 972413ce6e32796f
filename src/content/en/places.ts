import type { Contact, PlaceHelpCatalogue } from '../content-schemas.ts';

// Where the person lives. Names, numbers and web addresses are exactly as DOMAIN.md gives them
// ("Where the person lives"). Where it names a service without a number, we name the service
// and never guess a number.

export const placePanelCopy = {
  heading: 'Where you live',
  showingFor: (name: string) => `The help lines, checks and directories here are for ${name}.`,
  showingOther: 'We do not list your country yet, so here is what to look for anywhere.',
  notSaid:
    'You have not said where you live, so we show US help lines first. Lines for other countries are close by.',
  legend: 'Where do you live?',
  change: 'Change where you live',
  choose: 'Choose where you live',
  save: 'Show help for this place',
  saved: (name: string) => `Now showing help for ${name}.`,
  savedNotSaid: 'Now showing US help lines, with other countries close by.',
  checkHeading: 'What to check',
  therapistIn: (name: string, country: string) => `${name} practises in: ${country}.`,
  therapistElsewhere: 'You live somewhere else, so ask if they can see you where you live.',
  /** In a couple's shared view, when the partners live in different places. */
  bothPlaces: (first: string, second: string) =>
    `You live in different places: ${first} and ${second}. Here is what to check in each.`,
  onePlace: (name: string) => `You both live in ${name}. Here is what to check there.`,
};

/** The one disclosure shown when no country is chosen. */
export const otherPlacesCopy = {
  summary: 'Somewhere else?',
  intro: 'If you live outside the US, these are the lines to use instead.',
  emergency: 'Emergency',
  crisis: 'Someone to talk to',
  domesticAbuse: 'If you do not feel safe at home',
  sexualViolence: 'After sexual violence',
  elsewhere: 'Anywhere else: call your local emergency number.',
};

const call = (label: string, value: string, digits: string): Contact => ({
  label,
  kind: 'call',
  value,
  href: `tel:${digits}`,
});
const text = (label: string, value: string, digits: string): Contact => ({
  label,
  kind: 'text',
  value,
  href: `sms:${digits}`,
});
const web = (label: string, address: string): Contact => ({
  label,
  kind: 'web',
  value: address,
  href: `https://${address}`,
});

export const placeHelp: PlaceHelpCatalogue = {
  us: {
    emergency: 'In an emergency, call 911.',
    emergencyContacts: [call('Call 911', '911', '911')],
    crisis: {
      lines: ['988 Suicide & Crisis Lifeline: call or text 988, any time, day or night.'],
      contacts: [call('Call 988', '988', '988'), text('Text 988', '988', '988')],
    },
    domesticAbuse: {
      lines: ['National Domestic Violence Hotline: call 1-800-799-7233, or text START to 88788.'],
      contacts: [
        call('Call the National Domestic Violence Hotline', '1-800-799-7233', '+18007997233'),
      ],
    },
    sexualViolence: {
      lines: ['RAINN: call 1-800-656-4673 (HOPE), or use their online chat.'],
      contacts: [call('Call RAINN', '1-800-656-4673 (HOPE)', '+18006564673')],
    },
    postpartum: {
      lines: ['Postpartum Support International: call or text 1-800-944-4773.'],
      contacts: [call('Call Postpartum Support International', '1-800-944-4773', '+18009444773')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call or text 988 at any time.',
  },
  ca: {
    emergency: 'In an emergency, call 911.',
    emergencyContacts: [call('Call 911', '911', '911')],
    crisis: {
      lines: ['9-8-8: call or text 9-8-8, any time, day or night, in English or French.'],
      contacts: [call('Call 9-8-8', '9-8-8', '988'), text('Text 9-8-8', '9-8-8', '988')],
    },
    domesticAbuse: {
      lines: [
        'ShelterSafe.ca lists every shelter in Canada, with its 24-hour phone line, by area.',
      ],
      contacts: [web('ShelterSafe.ca', 'sheltersafe.ca')],
    },
    sexualViolence: {
      lines: ['Your nearest sexual-assault centre can help. Each province has its own centres.'],
      contacts: [],
    },
    postpartum: {
      lines: [
        'We do not list a service just for this in Canada yet. If things feel like too much, 9-8-8 is there any time, by call or text.',
      ],
      contacts: [call('Call 9-8-8', '9-8-8', '988'), text('Text 9-8-8', '9-8-8', '988')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call or text 9-8-8 at any time.',
  },
  uk: {
    emergency:
      'In an emergency, call 999. If you cannot speak, call 999, then press 55 on a mobile.',
    emergencyContacts: [call('Call 999', '999', '999')],
    crisis: {
      lines: ['Samaritans: call 116 123. It is free, any time, day or night.'],
      contacts: [call('Call Samaritans', '116 123', '116123')],
    },
    domesticAbuse: {
      lines: [
        'National Domestic Abuse Helpline: call 0808 2000 247, any time, day or night.',
        'Men’s Advice Line: call 0808 801 0327.',
      ],
      contacts: [
        call('Call the National Domestic Abuse Helpline', '0808 2000 247', '08082000247'),
        call('Call the Men’s Advice Line', '0808 801 0327', '08088010327'),
      ],
    },
    sexualViolence: {
      lines: [
        'Rape Crisis England & Wales 24/7 Support Line: talk by phone or chat, any time, if you are 16 or over. Find it at 247sexualabusesupport.org.uk.',
      ],
      contacts: [web('Rape Crisis 24/7 Support Line', '247sexualabusesupport.org.uk')],
    },
    postpartum: {
      lines: [
        'We do not list a service just for this in the UK yet. If things feel like too much, Samaritans are there any time on 116 123.',
      ],
      contacts: [call('Call Samaritans', '116 123', '116123')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call Samaritans on 116 123 at any time.',
  },
  ie: {
    emergency: 'In an emergency, call 112 or 999.',
    emergencyContacts: [call('Call 112', '112', '112'), call('Call 999', '999', '999')],
    crisis: {
      lines: ['Samaritans: call 116 123.'],
      contacts: [call('Call Samaritans', '116 123', '116123')],
    },
    domesticAbuse: {
      lines: ['Women’s Aid 24hr National Freephone Helpline: call 1800 341 900, free, any time.'],
      contacts: [call('Call Women’s Aid', '1800 341 900', '1800341900')],
    },
    sexualViolence: {
      lines: ['National Rape Crisis Helpline: call 1800 77 88 88, any time, day or night.'],
      contacts: [call('Call the National Rape Crisis Helpline', '1800 77 88 88', '1800778888')],
    },
    postpartum: {
      lines: [
        'We do not list a service just for this in Ireland yet. If things feel like too much, Samaritans are there on 116 123.',
      ],
      contacts: [call('Call Samaritans', '116 123', '116123')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call Samaritans on 116 123.',
  },
  au: {
    emergency: 'In an emergency, call 000.',
    emergencyContacts: [call('Call 000', '000', '000')],
    crisis: {
      lines: ['Lifeline: call 13 11 14.'],
      contacts: [call('Call Lifeline', '13 11 14', '131114')],
    },
    domesticAbuse: {
      lines: ['1800RESPECT: call 1800 737 732. They help after sexual assault too.'],
      contacts: [call('Call 1800RESPECT', '1800 737 732', '1800737732')],
    },
    sexualViolence: {
      lines: ['1800RESPECT: call 1800 737 732.'],
      contacts: [call('Call 1800RESPECT', '1800 737 732', '1800737732')],
    },
    postpartum: {
      lines: [
        'We do not list a service just for this in Australia yet. If things feel like too much, Lifeline is there on 13 11 14.',
      ],
      contacts: [call('Call Lifeline', '13 11 14', '131114')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call Lifeline on 13 11 14.',
  },
  nz: {
    emergency: 'In an emergency, call 111. If you cannot speak, call 111, then press 55.',
    emergencyContacts: [call('Call 111', '111', '111')],
    crisis: {
      lines: ['Need to talk? Call or text 1737. It is free, any time.'],
      contacts: [call('Call 1737', '1737', '1737'), text('Text 1737', '1737', '1737')],
    },
    domesticAbuse: {
      lines: ['Women’s Refuge crisis line: call 0800 733 843, any time, day or night.'],
      contacts: [call('Call Women’s Refuge', '0800 733 843', '0800733843')],
    },
    sexualViolence: {
      lines: ['Safe to Talk: call 0800 044 334, or text 4334, any time, day or night.'],
      contacts: [
        call('Call Safe to Talk', '0800 044 334', '0800044334'),
        text('Text Safe to Talk', '4334', '4334'),
      ],
    },
    postpartum: {
      lines: [
        'We do not list a service just for this in New Zealand yet. If things feel like too much, you can call or text 1737 any time.',
      ],
      contacts: [call('Call 1737', '1737', '1737'), text('Text 1737', '1737', '1737')],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can call or text 1737 at any time.',
  },
  other: {
    emergency: 'In an emergency, call your local emergency number.',
    emergencyContacts: [],
    crisis: {
      lines: ['A crisis line where you live can talk with you right now.'],
      contacts: [],
    },
    domesticAbuse: {
      lines: ['A domestic-abuse service where you live can help.'],
      contacts: [],
    },
    sexualViolence: {
      lines: ['A sexual-assault service where you live can support you.'],
      contacts: [],
    },
    postpartum: {
      lines: [
        'Support around pregnancy and a new baby differs by country. A crisis line where you live is there if things feel like too much.',
      ],
      contacts: [],
    },
    minorLine: 'If you feel unsafe or overwhelmed, you can contact a crisis line where you live.',
  },
};
