import type { PublicKeyJwk } from '../../src/lib/hybrid-crypto.ts';
import type { TherapistLink } from '../../src/questionnaire/therapist-link.ts';

/** A typical link: one licence, two states, a welcome of about 200 characters, three questions. */
export function typicalLink(publicKey?: PublicKeyJwk): TherapistLink {
  return {
    name: 'Dr. Maya Thompson',
    licences: ['lmft'],
    states: ['CA', 'OR'],
    aasect: true,
    practice: 'Bayview Counseling',
    website: 'https://bayviewcounseling.example.com',
    contact: 'maya@bayviewcounseling.example.com · (415) 555-0142',
    welcome:
      'Hi, and thank you for reaching out. Filling this in before our free 15-minute call helps me understand what you would like help with. Answer only what feels okay, and skip anything you like.',
    sections: ['details', 'relationship', 'goals'],
    questions: [
      { kind: 'short-text', text: 'What name would you like me to use?' },
      { kind: 'yes-no', text: 'Have you seen a therapist before?' },
      { kind: 'choice', text: 'How would you like to meet?', options: ['In person', 'By video'] },
    ],
    date: '2026-12-03',
    returnMode: publicKey ? 'encrypted' : 'bring',
    ...(publicKey ? { publicKey } : {}),
  };
}

/** The smallest valid link. */
export function minimalLink(): TherapistLink {
  return {
    name: 'Sam Rivera',
    licences: [],
    states: [],
    aasect: false,
    sections: [],
    questions: [],
    returnMode: 'bring',
  };
}

/** Strings that would do harm if a page treated them as HTML, a URL or layout control. */
export const xssCorpus = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg/onload=window.__xss=1>',
  '"><iframe src="javascript:window.__xss=1">',
  '\';!--"<XSS>=&{()}',
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '&lt;b&gt;entity&lt;/b&gt;',
  '<style>body{display:none}</style>',
  '<<SCRIPT>window.__xss=1;//<</SCRIPT>',
] as const;
