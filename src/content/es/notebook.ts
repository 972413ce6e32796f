import type * as en from '../en/notebook.ts';
import type { Localised } from '../catalogue.ts';
import type { PlaceId } from '../../rules/ids.ts';
import { endSentence, formatList, formatNumber, plural } from '../format.ts';

// Spanish words for the notes from the free calls. Neutral names on purpose, as in English:
// "Mis notas" can show on a shared screen without saying what it is about.

export const notebookLinks: Localised<typeof en.notebookLinks> = {
  summaryLead: 'Después de cada llamada gratuita, anota lo que te dijeron y compara:',
  summaryLink: 'Ya tuve una llamada',
};

export const notebookHomeCopy: Localised<typeof en.notebookHomeCopy> = {
  title: 'Notas de tus llamadas',
  lead: 'Muchas veces hacen falta dos o tres llamadas gratuitas para dar con quien encaje contigo. Anota lo que dijo cada terapeuta y cómo te sentiste. Luego compara tus notas para elegir con quién pedir cita.',
  privacy:
    'Tus notas se quedan en este dispositivo y se guardan igual que tus respuestas. Nunca van en el código para tu pareja, y nunca se envían a un terapeuta.',
  privacyLink: 'Cómo se guardan tus respuestas',
  listHeading: 'Terapeutas con quienes hablaste',
  empty: 'Todavía no has añadido a nadie.',
  add: 'Añadir terapeuta',
  addAnother: 'Añadir otro terapeuta',
  full: (max: number) =>
    `Tienes notas de ${max} terapeutas. Es lo máximo que cabe aquí. Para añadir a alguien nuevo, primero quita a alguien.`,
  compare: 'Comparar tus notas lado a lado',
  compareNeedsTwo: 'Añade al menos dos terapeutas para ver tus notas lado a lado.',
  change: 'Cambiar',
  remove: 'Quitar',
  /** The words after the button, read out so the name is clear to a screen reader. */
  hiddenName: (name: string) => `tus notas sobre ${name}`,
  confirmRemove: (name: string) => `¿Quitar tus notas sobre ${name}? No se puede deshacer.`,
  confirmYes: 'Sí, quitarlas',
  confirmNo: 'No, conservarlas',
  removed: (name: string) => `Se quitaron tus notas sobre ${name}.`,
  saved: (name: string) => `Tus notas sobre ${name} están guardadas.`,
  noDate: 'Sin fecha',
  warningCount: (count: number) =>
    `${count} ${plural(count, { one: 'señal de alarma', other: 'señales de alarma' })}`,
  backToPlan: 'Volver a tu resumen',
  backToNotes: 'Volver a todas tus notas',
};

export const unnamedTherapist: Localised<typeof en.unnamedTherapist> = (position: number) =>
  `Terapeuta ${position}`;

export const entryCopy: Localised<typeof en.entryCopy> = {
  newTitle: 'Añadir terapeuta',
  editTitle: (name: string) => `Tus notas sobre ${name}`,
  caption: 'Notas de tus llamadas',
  notFoundTitle: 'No pudimos encontrar esas notas',
  notFoundBody:
    'Puede que se hayan quitado, o que abrieras esta página desde un enlace viejo. Tus otras notas están a salvo.',
  notFoundLink: 'Ver todas tus notas',
  about: {
    legend: 'Con quién hablaste',
    name: 'Su nombre o sus iniciales (opcional)',
    nameHint: 'Puedes poner solo las iniciales si otra persona podría ver esta pantalla.',
    practice: 'Su consultorio o clínica (opcional)',
    date: 'Fecha de la llamada (opcional)',
    foundVia: '¿Cómo diste con esta persona? (opcional)',
  },
  foundVia: {
    directory: 'Un directorio en internet',
    referral: 'Un médico u otro profesional',
    'someone-i-know': 'Alguien que conozco',
    search: 'Una búsqueda en internet',
    other: 'De otra forma',
  },
  offer: {
    legend: 'Lo que ofrece',
    offers: '¿Cómo atiende? (opcional)',
    fees: 'Tarifas (opcional)',
    feesHint: 'Por ejemplo, lo que cuesta una sesión.',
    cover: 'Formas de pagar menos (opcional)',
    coverHint: 'Marca las que ofrece.',
    times: 'Horarios libres (opcional)',
    timesHint: 'Por ejemplo, los martes por la tarde.',
  },
  offers: {
    'in-person': 'En persona',
    video: 'Por video',
    both: 'En persona o por video',
    'not-sure': 'No lo sé',
  },
  cover: {
    insurance: 'Acepta mi seguro médico',
    'sliding-scale': 'Ofrece una tarifa más baja si ganas menos (escala móvil)',
  },
  licence: {
    legend: 'Su licencia',
    label: 'Revisé su licencia o su registro',
    how: {
      us: 'Busca su nombre en el sitio web de la junta de licencias de tu estado. Ahí ves si su licencia está al día. Para la formación en terapia sexual, el directorio de AASECT muestra a terapeutas sexuales con certificación (CST).',
      'not-said':
        'En EE. UU., busca su nombre en el sitio web de la junta de licencias de tu estado. En otros países, revisa el registro o el organismo profesional al que dice pertenecer.',
      ca: 'Busca su nombre en el colegio profesional que regula su trabajo en tu provincia. En Quebec, “sexologue” es un título protegido. Quienes lo usan están en la lista del Ordre professionnel des sexologues du Québec.',
      uk: 'En el Reino Unido, “sex therapist” (terapeuta sexual) no es un título protegido. Busca su nombre en el directorio de COSRT, o en un registro como UKCP o BACP.',
      ie: 'Revisa que sea miembro de un organismo profesional de psicoterapia o de consejería. Pregunta también por su formación en terapia sexual.',
      au: 'En Australia, ninguna ley regula la terapia sexual. Revisa la lista de la Society of Australian Sexologists, y la lista de AHPRA para profesionales de la psicología.',
      nz: 'Revisa su registro, por ejemplo en el Psychotherapists Board o en el Psychologists Board.',
      other:
        'Revisa la licencia o el registro que piden donde vives. Algunos certificados valen en muchos países, como ECPS y la certificación de AASECT.',
    } satisfies Record<PlaceId, string>,
  },
  owners: {
    self: 'Cómo fue la llamada',
    partner: (name: string) => `Cómo fue la llamada para ${name}`,
    partnerHint:
      'Cada uno puede anotar lo que le pareció la misma llamada. Túrnense, o háblenlo entre los dos.',
  },
  questions: {
    legend: 'Tus preguntas',
    hint: 'Las preguntas de tu plan. Anota lo que te respondieron.',
    none: 'Cuando termines tu resumen, aquí verás las preguntas que elegiste hacer.',
    noneLink: 'Ir a tu resumen',
    said: {
      yes: 'Dijo que sí',
      no: 'Dijo que no',
      'not-sure': 'No está claro',
    },
    note: 'Una nota corta (opcional)',
  },
  felt: {
    heard: '¿Sentiste que te escuchaba?',
    judged: '¿Sentiste que te juzgaba?',
    clear: '¿Habló con claridad de su licencia y su formación?',
    approach: '¿Te pareció que su forma de trabajar tiene sentido?',
  },
  feltChoices: {
    yes: 'Sí',
    partly: 'En parte',
    no: 'No',
  },
  gut: {
    legend: 'Lo que te dice tu intuición',
    hint: 'No hay respuestas malas. Lo que sientes cuenta.',
    book: 'Me gustaría pedir cita con esta persona',
    maybe: 'Todavía no lo sé',
    'not-for-me': 'No es para mí',
  },
  warnings: {
    legend: '¿Pasó alguna de estas cosas? (opcional)',
    hint: 'Marca las que pasaron. Cada una es una señal de alarma.',
    items: {
      'touch-or-sex':
        'Propuso tocarse, quitarse la ropa o tener actividad sexual en una sesión (esto nunca pasa en una terapia sexual de verdad)',
      'quick-cure': 'Prometió una cura rápida o segura',
      'change-identity': 'Habló de cambiar a quién amas o tu identidad de género',
      shaming: 'Te hizo sentir vergüenza por el kink, una relación abierta o tu fe',
      'no-licence': 'No supo decir qué licencia o registro tiene',
      'no-answers': 'No quiso decir cómo cuida tu privacidad o cuánto cobra',
    },
    keepLooking:
      'Es un buen motivo para seguir buscando. No hiciste nada mal al preguntar. A un buen terapeuta le alegra que lo revises.',
    keepLookingHeading: 'Sigue buscando',
  },
  note: 'Cualquier otra cosa que quieras recordar (opcional)',
  save: 'Guardar estas notas',
  autosave: 'Tus notas se guardan mientras escribes.',
  tooLong: (label: string, max: number, length: number) =>
    `${label} puede tener hasta ${formatNumber(max)} caracteres. Ahora tiene ${formatNumber(length)}.`,
  badDate: 'Escribe la fecha de la llamada, o déjala en blanco.',
  fullError: (max: number) =>
    `Aquí caben notas de hasta ${max} terapeutas. Quita a una persona para añadir otra.`,
  saveFailed:
    'No pudimos guardar tus notas en este dispositivo. Se quedan en esta página hasta que la cierres.',
};

export const compareCopy: Localised<typeof en.compareCopy> = {
  title: 'Compara tus llamadas',
  lead: 'Cada columna es para un terapeuta. Las filas donde hay diferencias están marcadas, así las ves fácil.',
  caption: 'Tus notas sobre cada terapeuta, lado a lado',
  aspect: 'Lo que anotaste',
  differs: 'Hay diferencias',
  warnings: 'Señales de alarma',
  noWarnings: 'Ninguna',
  gut: 'Tu intuición',
  licenceChecked: 'Licencia revisada',
  checkedYes: 'Revisada',
  checkedNo: 'Todavía no',
  date: 'Fecha de la llamada',
  practice: 'Consultorio',
  foundVia: 'Cómo diste con esta persona',
  offers: 'Cómo atiende',
  fees: 'Tarifas',
  cover: 'Formas de pagar menos',
  times: 'Horarios libres',
  note: 'Otras notas',
  empty: '–',
  notAsked: 'No lo preguntaste',
  keepLooking: (names: readonly string[]) =>
    `Hubo una señal de alarma con ${endSentence(formatList(names))} Es un motivo para seguir buscando a otra persona.`,
  leaning: (names: readonly string[]) =>
    `Te dieron ganas de pedir cita con ${endSentence(formatList(names, 'or'))}`,
  needTwo: 'Añade al menos dos terapeutas para comparar tus notas.',
  chooseLegend: '¿A quién te gustaría comparar?',
  chooseHint: (min: number, max: number) => `Elige de ${min} a ${max} terapeutas.`,
  chooseTooFew: 'Elige al menos 2 terapeutas para comparar.',
  chooseTooMany: 'Elige hasta 5 terapeutas. Una tabla más grande cuesta leerla.',
  print: 'Imprimir esta comparación',
  download: 'Descargar como archivo de texto',
  fileName: 'notas-de-llamadas.md',
  back: 'Volver a tus notas',
  cards: 'Una tarjeta para cada terapeuta',
};
