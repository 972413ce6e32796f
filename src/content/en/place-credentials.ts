import type { CountryId } from '../../questionnaire/ids.ts';
import type { PlaceId, SpecialtyId } from '../../rules/ids.ts';
import type { QuestionId } from '../../rules/question-ids.ts';
import type { Guide, GuideSection, QuestionCopy, SpecialtyCopy } from '../content-schemas.ts';
import { credentialsGuide as usGuide } from './guides.ts';

// What to check, and where to search, in each country (DOMAIN.md, "Where the person lives").
// The US words are the ones in guides.ts, specialties.ts and questions.ts; this file holds
// only what differs elsewhere.

const trainingNotLicence = {
  id: 'licence-is-not-enough',
  text: 'Being registered means someone may offer therapy. It does not mean they are trained to help with sex. So ask about their training.',
};
const checkTheCv = usGuide.sections[1]!.items.find((item) => item.id === 'check-the-cv')!;
const online: GuideSection = usGuide.sections.find((section) => section.id === 'online')!;

const guide = (intro: string, sections: GuideSection[]): Guide => ({
  id: 'credentials',
  title: usGuide.title,
  intro,
  sections: [...sections, online],
});

/** The credentials guide for each place. Not said: the US guide, and a word for everyone else. */
export const credentialsGuides: Record<PlaceId, Guide> = {
  us: usGuide,
  'not-said': {
    ...usGuide,
    sections: [
      ...usGuide.sections,
      {
        id: 'outside-the-us',
        heading: 'If you live outside the US',
        items: [
          {
            id: 'choose-a-place',
            text: 'Licences and titles differ by country. Choose where you live at the top of this page to see what to check there.',
          },
        ],
      },
    ],
  },
  ca: guide(
    'In Canada, each province regulates therapists. A few simple checks help you find someone properly trained.',
    [
      {
        id: 'registration',
        heading: 'Registration in your province',
        items: [
          {
            id: 'provincial-college',
            text: 'Check that they are registered with the college for their work in your province. They may be a psychotherapist, social worker, counsellor or psychologist.',
          },
          {
            id: 'quebec-sexologue',
            text: 'In Quebec, “sexologue” is a protected title. Only members of the Ordre professionnel des sexologues du Québec may use it.',
          },
        ],
      },
      {
        id: 'sex-therapy-training',
        heading: 'Training in sex therapy',
        items: [
          trainingNotLicence,
          {
            id: 'bestco-aasect',
            text: 'Two groups certify sex therapists: BESTCO (the Board of Examiners in Sex Therapy and Counselling in Ontario) and AASECT (a large US group).',
          },
          checkTheCv,
        ],
      },
    ],
  ),
  uk: guide(
    'In the UK, “sex therapist” is not a protected title, so anyone can use it. A few simple checks help you find someone properly trained.',
    [
      {
        id: 'accreditation',
        heading: 'Accreditation and registers',
        items: [
          {
            id: 'cosrt',
            text: 'Look for COSRT accreditation. COSRT is the College of Sexual and Relationship Therapists, and it runs a directory of therapists.',
          },
          {
            id: 'registers',
            text: 'Or check that they are on a professional register. Two of these are UKCP and BACP, the main lists of trained therapists and counsellors.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
      {
        id: 'nhs',
        heading: 'Through the NHS',
        items: [
          {
            id: 'gp-referral',
            text: 'The NHS has psychosexual services. Your GP (your family doctor) can refer you.',
          },
          {
            id: 'nhs-waits',
            text: 'They usually offer a few sessions, and the wait can be long.',
          },
        ],
      },
    ],
  ),
  ie: guide(
    'In Ireland, check that a therapist belongs to a professional body, and ask about their training in sex therapy.',
    [
      {
        id: 'professional-body',
        heading: 'A professional body',
        items: [
          {
            id: 'membership',
            text: 'Check that they are a member of a professional body for psychotherapy or counselling. Ask which one.',
          },
          {
            id: 'sex-therapy-training',
            text: 'Ask about their training in sex therapy, for example COSRT accreditation (from the College of Sexual and Relationship Therapists).',
          },
          checkTheCv,
        ],
      },
    ],
  ),
  au: guide(
    'In Australia, sex therapy is not regulated by law, so anyone can call themselves a sex therapist. A few simple checks help you find someone properly trained.',
    [
      {
        id: 'accreditation',
        heading: 'Accreditation and registration',
        items: [
          {
            id: 'sas',
            text: 'Look for accreditation from the Society of Australian Sexologists. The Society also lists accredited people.',
          },
          {
            id: 'registration',
            text: 'Look for a psychologist on the AHPRA list. AHPRA is the group that registers health workers. Or look for a counsellor who belongs to a professional body.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
    ],
  ),
  nz: guide(
    'In New Zealand, check a therapist’s registration, and ask about their training in sex therapy.',
    [
      {
        id: 'registration',
        heading: 'Registration',
        items: [
          {
            id: 'boards',
            text: 'Check that they are registered, for example with the Psychotherapists Board or the Psychologists Board.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
    ],
  ),
  other: guide(
    'Rules differ from country to country. A few simple checks help you find someone properly trained.',
    [
      {
        id: 'local-registration',
        heading: 'Where you live',
        items: [
          {
            id: 'local-licence',
            text: 'Check the licence or registration that therapists need where you live.',
          },
          trainingNotLicence,
          {
            id: 'international',
            text: 'Some certificates are known in many countries. One is ECPS (EFS–ESSM Certified Psycho-Sexologist), from two European groups in sexology and sexual medicine. Another is AASECT, from the US.',
          },
          checkTheCv,
        ],
      },
    ],
  ),
};

/** What differs from the US words in a specialty card, by country. */
export const specialtyCopyByCountry: Record<
  Exclude<CountryId, 'us'>,
  Partial<Record<SpecialtyId, Partial<Pick<SpecialtyCopy, 'meaning' | 'credentials'>>>>
> = {
  ca: {
    'certified-sex-therapist': {
      meaning:
        'A registered therapist with extra training in sex and relationships. BESTCO or AASECT certification is one sign.',
      credentials: [
        'Registration with the college for their work in your province (for example registered psychotherapist, social worker, clinical counsellor or psychologist)',
        'Sex-therapy training from BESTCO or AASECT, or from another group or a university',
        'In Quebec, a “sexologue” must be a member of the Ordre professionnel des sexologues du Québec',
      ],
    },
  },
  uk: {
    'certified-sex-therapist': {
      meaning:
        'A therapist with extra training in sex and relationships. COSRT accreditation is one sign.',
      credentials: [
        'COSRT accreditation (the College of Sexual and Relationship Therapists)',
        'Or registration with a professional register, such as UKCP or BACP',
      ],
    },
  },
  ie: {
    'certified-sex-therapist': {
      meaning:
        'A therapist who belongs to a professional body, with extra training in sex and relationships.',
      credentials: [
        'Membership of a professional body for psychotherapy or counselling',
        'Training in sex therapy, for example COSRT accreditation',
      ],
    },
  },
  au: {
    'certified-sex-therapist': {
      meaning:
        'A therapist with extra training in sex and relationships. Accreditation from the Society of Australian Sexologists is one sign.',
      credentials: [
        'Accreditation from the Society of Australian Sexologists',
        'A psychologist registered with AHPRA, or a counsellor registered with a professional body',
      ],
    },
  },
  nz: {
    'certified-sex-therapist': {
      meaning: 'A registered therapist with extra training in sex and relationships.',
      credentials: [
        'Registration, for example with the Psychotherapists Board or the Psychologists Board',
        'Training in sex therapy',
      ],
    },
  },
  other: {
    'certified-sex-therapist': {
      meaning: 'A licensed or registered therapist with extra training in sex and relationships.',
      credentials: [
        'The licence or registration therapists need where you live',
        'Training in sex therapy, such as ECPS or AASECT certification',
      ],
    },
  },
};

/** Outside the US, couples training is asked for without naming a US licence. */
export const couplesCredentialsOutsideUs = [
  'Added training in couples therapy',
  'Training in sex therapy as well as couples work',
];
export const couplesTrainingOutsideUs =
  'Added training in couples therapy, as well as in sex therapy.';

/** For a couple where one partner lives in the US and the other does not. */
export const couplesTrainingUsAndElsewhere =
  'In the US, an LMFT licence. Anywhere, added training in couples therapy, as well as in sex therapy.';

const videoWhy = 'It helps to know early whether they can meet you in person, by video, or both.';
const couplesWhy =
  'Working with couples takes its own skills, such as added training in couples therapy.';
const fairQuestion = 'It is a fair question, and a good therapist will answer it plainly.';
const cvWhy =
  'A CV is a list of someone’s schooling, training and jobs. It shows their real training, not just a title.';

/** The questions about licences, in each country's words. */
export const questionCopyByCountry: Record<
  Exclude<CountryId, 'us'>,
  Partial<Record<QuestionId, Partial<QuestionCopy>>>
> = {
  ca: {
    'licence-and-state': {
      text: 'Which college are you registered with, and in which province?',
      why: 'In Canada, each province regulates therapists, so check their registration there.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has your college ever taken action against your registration?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: 'What training do you have in sex therapy? Are you certified by BESTCO or AASECT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  uk: {
    'licence-and-state': {
      text: 'Are you accredited by COSRT, or on a professional register such as UKCP or BACP?',
      why: 'In the UK anyone can call themselves a sex therapist, so accreditation or a register shows real training.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has a professional body ever taken action against you?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: 'What training do you have in sex therapy? Are you accredited by COSRT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  ie: {
    'licence-and-state': {
      text: 'Which professional body for psychotherapy or counselling do you belong to?',
      why: 'Belonging to a professional body is one sign of proper training.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has a professional body ever taken action against you?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: 'What training do you have in sex therapy? Are you accredited by COSRT, or another body?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  au: {
    'licence-and-state': {
      text: 'Are you accredited by the Society of Australian Sexologists? Are you registered with AHPRA or a professional body?',
      why: 'In Australia, sex therapy is not regulated by law, so accreditation or registration shows real training.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has a board or professional body ever taken action against you?',
      why: fairQuestion,
    },
    'sex-therapy-training': { text: 'What training do you have in sex therapy?' },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  nz: {
    'licence-and-state': {
      text: 'Which board are you registered with, such as the Psychotherapists Board or the Psychologists Board?',
      why: 'Registration with a board shows they may practise in New Zealand.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has your board ever taken action against your registration?',
      why: fairQuestion,
    },
    'sex-therapy-training': { text: 'What training do you have in sex therapy?' },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  other: {
    'licence-and-state': {
      text: 'What licence or registration do you hold, and where?',
      why: 'Rules differ by country, so ask what a therapist needs where you live.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: 'Has a licensing board or professional body ever taken action against you?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: 'What training do you have in sex therapy? Do you hold a certificate such as ECPS or AASECT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
};

export const directoriesCopy = {
  heading: 'Where to search',
  lead: 'Type the search words for each suggestion into one of these directories.',
};

/** Directories that serve each place (DOMAIN.md, "Directory words"). */
export const directoriesByPlace: Record<PlaceId, readonly string[]> = {
  us: ['Psychology Today (its US site)', 'The AASECT referral directory'],
  'not-said': [
    'Psychology Today (its US site)',
    'The AASECT referral directory',
    'Outside the US, Psychology Today also has sites for Canada, the UK, Ireland, Australia and New Zealand.',
  ],
  ca: ['Psychology Today (its site for Canada)'],
  uk: [
    'Psychology Today (its UK site)',
    'The COSRT directory, which lists accredited sex and relationship therapists',
  ],
  ie: ['Psychology Today (its site for Ireland)'],
  au: [
    'Psychology Today (its site for Australia)',
    'The Society of Australian Sexologists, which lists accredited people',
  ],
  nz: ['Psychology Today (its site for New Zealand)'],
  other: [
    'A directory of registered therapists where you live',
    'Psychology Today has sites for the US, Canada, the UK, Ireland, Australia and New Zealand.',
  ],
};
