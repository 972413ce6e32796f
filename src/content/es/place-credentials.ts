import type * as en from '../en/place-credentials.ts';
import type { Localised } from '../catalogue.ts';
import { credentialsGuide as usGuide } from './guides.ts';

// What to check, and where to search, in each country (DOMAIN.md, "Where the person lives").
// The US words are the ones in guides.ts, specialties.ts and questions.ts; this file holds
// only what differs elsewhere.

type Guide = Localised<typeof en.credentialsGuides.us>;
type GuideSection = Guide['sections'][number];

const trainingNotLicence = {
  id: 'licence-is-not-enough',
  text: 'Tener un registro significa que alguien puede dar terapia. No significa que tenga formación para ayudar con temas de sexo. Por eso, pregunta por su formación.',
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
export const credentialsGuides: Localised<typeof en.credentialsGuides> = {
  us: usGuide,
  'not-said': {
    ...usGuide,
    sections: [
      ...usGuide.sections,
      {
        id: 'outside-the-us',
        heading: 'Si vives fuera de EE. UU.',
        items: [
          {
            id: 'choose-a-place',
            text: 'Las licencias y los títulos cambian según el país. Elige dónde vives al principio de esta página para ver qué revisar allí.',
          },
        ],
      },
    ],
  },
  ca: guide(
    'En Canadá, cada provincia regula a quienes dan terapia. Unas pocas revisiones sencillas te ayudan a encontrar a alguien con buena formación.',
    [
      {
        id: 'registration',
        heading: 'El registro en tu provincia',
        items: [
          {
            id: 'provincial-college',
            text: 'Revisa que tenga registro en el colegio profesional de su área en tu provincia. Su área puede ser la psicoterapia, el trabajo social, la consejería o la psicología.',
          },
          {
            id: 'quebec-sexologue',
            text: 'En Quebec, “sexologue” es un título protegido. Solo pueden usarlo quienes son miembros del Ordre professionnel des sexologues du Québec.',
          },
        ],
      },
      {
        id: 'sex-therapy-training',
        heading: 'Formación en terapia sexual',
        items: [
          trainingNotLicence,
          {
            id: 'bestco-aasect',
            text: 'Dos grupos certifican a terapeutas sexuales: BESTCO (Board of Examiners in Sex Therapy and Counselling, en Ontario) y AASECT (un grupo grande de EE. UU.).',
          },
          checkTheCv,
        ],
      },
    ],
  ),
  uk: guide(
    'En el Reino Unido, “sex therapist” (terapeuta sexual) no es un título protegido, así que cualquiera puede usarlo. Unas pocas revisiones sencillas te ayudan a encontrar a alguien con buena formación.',
    [
      {
        id: 'accreditation',
        heading: 'Acreditación y registros',
        items: [
          {
            id: 'cosrt',
            text: 'Busca la acreditación de COSRT. COSRT es el College of Sexual and Relationship Therapists, y tiene un directorio de terapeutas.',
          },
          {
            id: 'registers',
            text: 'O revisa que esté en un registro profesional. Dos de ellos son UKCP y BACP, las principales listas de terapeutas y profesionales de la consejería con formación.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
      {
        id: 'nhs',
        heading: 'A través del NHS',
        items: [
          {
            id: 'gp-referral',
            text: 'El NHS (el sistema público de salud) tiene servicios psicosexuales. Tu GP (tu médico de familia) puede derivarte, es decir, enviarte a este servicio.',
          },
          {
            id: 'nhs-waits',
            text: 'Suelen ofrecer pocas sesiones, y la espera puede ser larga.',
          },
        ],
      },
    ],
  ),
  ie: guide(
    'En Irlanda, revisa que quien da terapia pertenezca a un organismo profesional, y pregunta por su formación en terapia sexual.',
    [
      {
        id: 'professional-body',
        heading: 'Un organismo profesional',
        items: [
          {
            id: 'membership',
            text: 'Revisa que sea miembro de un organismo profesional de psicoterapia o de consejería. Pregunta cuál.',
          },
          {
            id: 'sex-therapy-training',
            text: 'Pregunta por su formación en terapia sexual, por ejemplo la acreditación de COSRT (del College of Sexual and Relationship Therapists).',
          },
          checkTheCv,
        ],
      },
    ],
  ),
  au: guide(
    'En Australia, ninguna ley regula la terapia sexual, así que cualquiera puede decir que es terapeuta sexual. Unas pocas revisiones sencillas te ayudan a encontrar a alguien con buena formación.',
    [
      {
        id: 'accreditation',
        heading: 'Acreditación y registro',
        items: [
          {
            id: 'sas',
            text: 'Busca la acreditación de la Society of Australian Sexologists. La Society también tiene una lista de las personas acreditadas.',
          },
          {
            id: 'registration',
            text: 'Busca a profesionales de la psicología en la lista de AHPRA. AHPRA es el organismo que registra a quienes trabajan en salud. O busca a alguien de consejería que pertenezca a un organismo profesional.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
    ],
  ),
  nz: guide(
    'En Nueva Zelanda, revisa el registro de quien da terapia, y pregunta por su formación en terapia sexual.',
    [
      {
        id: 'registration',
        heading: 'El registro',
        items: [
          {
            id: 'boards',
            text: 'Revisa que tenga registro, por ejemplo en el Psychotherapists Board o en el Psychologists Board.',
          },
          trainingNotLicence,
          checkTheCv,
        ],
      },
    ],
  ),
  other: guide(
    'Las reglas cambian de un país a otro. Unas pocas revisiones sencillas te ayudan a encontrar a alguien con buena formación.',
    [
      {
        id: 'local-registration',
        heading: 'Donde vives',
        items: [
          {
            id: 'local-licence',
            text: 'Revisa qué licencia o registro necesitan los terapeutas donde vives.',
          },
          trainingNotLicence,
          {
            id: 'international',
            text: 'Algunos certificados se conocen en muchos países. Uno es ECPS (EFS–ESSM Certified Psycho-Sexologist), de dos grupos europeos de sexología y medicina sexual. Otro es AASECT, de EE. UU.',
          },
          checkTheCv,
        ],
      },
    ],
  ),
};

/** What differs from the US words in a specialty card, by country. */
export const specialtyCopyByCountry: Localised<typeof en.specialtyCopyByCountry> = {
  ca: {
    'certified-sex-therapist': {
      meaning:
        'Terapeuta con registro y con formación adicional en sexo y relaciones. La certificación de BESTCO o de AASECT es una señal.',
      credentials: [
        'Registro en el colegio profesional de su área en tu provincia (por ejemplo, psicoterapia, trabajo social, consejería clínica o psicología)',
        'Formación en terapia sexual de BESTCO o de AASECT, o de otro grupo o una universidad',
        'En Quebec, quien usa el título “sexologue” tiene que ser miembro del Ordre professionnel des sexologues du Québec',
      ],
    },
  },
  uk: {
    'certified-sex-therapist': {
      meaning:
        'Terapeuta con formación adicional en sexo y relaciones. La acreditación de COSRT es una señal.',
      credentials: [
        'Acreditación de COSRT (el College of Sexual and Relationship Therapists)',
        'O estar en un registro profesional, como UKCP o BACP',
      ],
    },
  },
  ie: {
    'certified-sex-therapist': {
      meaning:
        'Terapeuta que pertenece a un organismo profesional, con formación adicional en sexo y relaciones.',
      credentials: [
        'Ser miembro de un organismo profesional de psicoterapia o de consejería',
        'Formación en terapia sexual, por ejemplo la acreditación de COSRT',
      ],
    },
  },
  au: {
    'certified-sex-therapist': {
      meaning:
        'Terapeuta con formación adicional en sexo y relaciones. La acreditación de la Society of Australian Sexologists es una señal.',
      credentials: [
        'Acreditación de la Society of Australian Sexologists',
        'Profesional de la psicología con registro en AHPRA, o de la consejería con registro en un organismo profesional',
      ],
    },
  },
  nz: {
    'certified-sex-therapist': {
      meaning: 'Terapeuta con registro y con formación adicional en sexo y relaciones.',
      credentials: [
        'Registro, por ejemplo en el Psychotherapists Board o en el Psychologists Board',
        'Formación en terapia sexual',
      ],
    },
  },
  other: {
    'certified-sex-therapist': {
      meaning: 'Terapeuta con licencia o registro, y con formación adicional en sexo y relaciones.',
      credentials: [
        'La licencia o el registro que necesitan los terapeutas donde vives',
        'Formación en terapia sexual, como la certificación ECPS o AASECT',
      ],
    },
  },
};

/** Outside the US, couples training is asked for without naming a US licence. */
export const couplesCredentialsOutsideUs: Localised<typeof en.couplesCredentialsOutsideUs> = [
  'Formación adicional en terapia de pareja',
  'Formación en terapia sexual además de en terapia de pareja',
];
export const couplesTrainingOutsideUs: Localised<typeof en.couplesTrainingOutsideUs> =
  'Formación adicional en terapia de pareja, además de en terapia sexual.';

export const couplesTrainingUsAndElsewhere: Localised<typeof en.couplesTrainingUsAndElsewhere> =
  'En EE. UU., una licencia LMFT. En cualquier lugar, formación adicional en terapia de pareja, además de en terapia sexual.';

const videoWhy =
  'Conviene saber pronto si te puede atender en persona, por video o de las dos formas.';
const couplesWhy =
  'Trabajar con parejas pide sus propias habilidades, como formación extra en terapia de pareja.';
const fairQuestion = 'Es una pregunta justa, y un buen terapeuta la responderá con claridad.';
const cvWhy =
  'Un CV es una lista de los estudios, la formación y los trabajos de alguien. Muestra su formación real, no solo un título.';

/** The questions about licences, in each country's words. */
export const questionCopyByCountry: Localised<typeof en.questionCopyByCountry> = {
  ca: {
    'licence-and-state': {
      text: '¿En qué colegio profesional tienes tu registro, y en qué provincia?',
      why: 'En Canadá, cada provincia regula a quienes dan terapia, así que revisa su registro allí.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez tu colegio profesional ha tomado medidas contra tu registro?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: '¿Qué formación tienes en terapia sexual? ¿Tienes la certificación de BESTCO o de AASECT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  uk: {
    'licence-and-state': {
      text: '¿Tienes la acreditación de COSRT, o estás en un registro profesional como UKCP o BACP?',
      why: 'En el Reino Unido cualquiera puede decir que es terapeuta sexual, así que una acreditación o un registro muestra que hay formación real.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez un organismo profesional ha tomado medidas contra ti?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: '¿Qué formación tienes en terapia sexual? ¿Tienes la acreditación de COSRT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  ie: {
    'licence-and-state': {
      text: '¿A qué organismo profesional de psicoterapia o de consejería perteneces?',
      why: 'Pertenecer a un organismo profesional es una señal de buena formación.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez un organismo profesional ha tomado medidas contra ti?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: '¿Qué formación tienes en terapia sexual? ¿Tienes la acreditación de COSRT o de otro organismo?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  au: {
    'licence-and-state': {
      text: '¿Tienes la acreditación de la Society of Australian Sexologists? ¿Tienes registro en AHPRA o en un organismo profesional?',
      why: 'En Australia, ninguna ley regula la terapia sexual, así que una acreditación o un registro muestra que hay formación real.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez una junta o un organismo profesional ha tomado medidas contra ti?',
      why: fairQuestion,
    },
    'sex-therapy-training': { text: '¿Qué formación tienes en terapia sexual?' },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  nz: {
    'licence-and-state': {
      text: '¿En qué junta tienes tu registro, por ejemplo el Psychotherapists Board o el Psychologists Board?',
      why: 'El registro en una junta muestra que puede ejercer en Nueva Zelanda.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez tu junta ha tomado medidas contra tu registro?',
      why: fairQuestion,
    },
    'sex-therapy-training': { text: '¿Qué formación tienes en terapia sexual?' },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
  other: {
    'licence-and-state': {
      text: '¿Qué licencia o registro tienes, y dónde?',
      why: 'Las reglas cambian según el país, así que pregunta qué necesita un terapeuta donde vives.',
    },
    'video-across-state-lines': { why: videoWhy },
    'disciplinary-history': {
      text: '¿Alguna vez una junta de licencias o un organismo profesional ha tomado medidas contra ti?',
      why: fairQuestion,
    },
    'sex-therapy-training': {
      text: '¿Qué formación tienes en terapia sexual? ¿Tienes un certificado como ECPS o AASECT?',
    },
    'cv-and-training-list': { why: cvWhy },
    'couples-training': { why: couplesWhy },
  },
};

export const directoriesCopy: Localised<typeof en.directoriesCopy> = {
  heading: 'Dónde buscar',
  lead: 'Escribe las palabras de búsqueda de cada sugerencia en uno de estos directorios.',
};

/** Directories that serve each place (DOMAIN.md, "Directory words"). */
export const directoriesByPlace: Localised<typeof en.directoriesByPlace> = {
  us: ['Psychology Today (su sitio de EE. UU.)', 'El directorio de profesionales de AASECT'],
  'not-said': [
    'Psychology Today (su sitio de EE. UU.)',
    'El directorio de profesionales de AASECT',
    'Fuera de EE. UU., Psychology Today también tiene sitios para Canadá, el Reino Unido, Irlanda, Australia y Nueva Zelanda.',
  ],
  ca: ['Psychology Today (su sitio para Canadá)'],
  uk: [
    'Psychology Today (su sitio del Reino Unido)',
    'El directorio de COSRT, con terapeutas sexuales y de pareja acreditados',
  ],
  ie: ['Psychology Today (su sitio para Irlanda)'],
  au: [
    'Psychology Today (su sitio para Australia)',
    'La Society of Australian Sexologists, que tiene una lista de las personas acreditadas',
  ],
  nz: ['Psychology Today (su sitio para Nueva Zelanda)'],
  other: [
    'Un directorio de terapeutas con registro donde vives',
    'Psychology Today tiene sitios para EE. UU., Canadá, el Reino Unido, Irlanda, Australia y Nueva Zelanda.',
  ],
};
