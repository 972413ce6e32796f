import type * as en from '../en/therapist.ts';
import type { Localised } from '../catalogue.ts';
import type { LinkError } from '../../questionnaire/therapist-link.ts';

// Spanish words for therapist links: the builder, the client's view, sending back, and opening.
// Page titles stay neutral: they show in browser history on shared computers.

// The licence letters stay as they are (people look them up by them); the words after them
// name the licence, not the person, so they fit a therapist of any gender.
export const licenceLabels: Localised<typeof en.licenceLabels> = {
  lmft: 'LMFT (licencia de terapia matrimonial y familiar)',
  lmhc: 'LMHC (licencia de consejería en salud mental)',
  lpc: 'LPC (licencia de consejería profesional)',
  lcsw: 'LCSW (licencia de trabajo social clínico)',
  psychologist: 'Licencia de psicología (PhD o PsyD)',
  other: 'Otra licencia o certificación',
};

export const stateNames: Localised<typeof en.stateNames> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California',
  CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'Distrito de Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawái', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana',
  IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Luisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Míchigan', MN: 'Minnesota', MS: 'Misisipi', MO: 'Misuri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'Nuevo Hampshire', NJ: 'Nueva Jersey',
  NM: 'Nuevo México', NY: 'Nueva York', NC: 'Carolina del Norte', ND: 'Dakota del Norte',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregón', PA: 'Pensilvania', RI: 'Rhode Island',
  SC: 'Carolina del Sur', SD: 'Dakota del Sur', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'Virginia Occidental',
  WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'Islas Vírgenes de los Estados Unidos',
}; // prettier-ignore

export const sectionLabels: Localised<typeof en.sectionLabels> = {
  details: 'Más sobre cada tema (desde cuándo, con qué frecuencia, cuánto le afecta)',
  relationship: 'Relación',
  health: 'Salud y cuerpo',
  goals: 'Metas, y lo que quiere que sepas',
  preferences: 'Preferencias (cómo tener las sesiones, presupuesto, idioma)',
};

export const questionKindLabels: Localised<typeof en.questionKindLabels> = {
  'short-text': 'Una respuesta corta',
  'long-text': 'Una respuesta más larga',
  'yes-no': 'Sí o no',
  choice: 'Elegir una opción',
};

/** What the client sees about one therapist. */
export const introCopy: Localised<typeof en.introCopy> = {
  preparedFor: (name: string) => `Para tu consulta con ${name}`,
  honesty: (name: string) =>
    `Este enlace dice que viene de ${name}. La app no puede comprobar quién lo hizo.`,
  integrity:
    'La app comprueba que el enlace llegó completo: si se escribió mal o quedó cortado, no se abre. Esta comprobación no puede saber si alguien cambió el enlace a propósito.',
  legacy: (name: string) =>
    `Este enlace se hizo con una versión anterior de la app, que no podía comprobar si el enlace llegó sin cambios. Antes de confiar en estos datos, quizá quieras confirmarlos con ${name}.`,
  detailsHeading: 'Sobre tu terapeuta',
  licences: 'Licencia',
  states: 'Con licencia en',
  aasect: 'Terapeuta sexual con certificación de AASECT',
  aasectYes: 'Sí',
  aasectNo: 'No',
  practice: 'Consultorio',
  country: 'Ejerce en',
  website: 'Sitio web',
  contact: 'Contacto',
  date: 'Fecha de la consulta',
  welcomeHeading: (name: string) => `Un mensaje de ${name}`,
  returnBring:
    'Al final tendrás un resumen para imprimir o guardar, y para llevarlo a tu consulta si quieres.',
  returnEncrypted: (name: string) =>
    `Al final eliges qué enviar a ${name}, si quieres enviar algo. La app lo bloquea para que solo ${name} pueda abrirlo, y lo envías tú.`,
  questionsCount: (name: string, count: number) =>
    count === 1
      ? `${name} añadió 1 pregunta propia. Está al final y es opcional.`
      : `${name} añadió ${count} preguntas propias. Están al final y todas son opcionales.`,
};

export const landingCopy: Localised<typeof en.landingCopy> = {
  title: 'Tu consulta',
  opening: 'Abriendo tu enlace…',
  stayPrivate:
    'Tus respuestas se quedan en este dispositivo. No se envía nada a nadie, a menos que tú decidas enviarlo.',
  start: 'Empezar',
  carryOn: 'Continuar donde lo dejaste',
  notNow: 'Usar la app sin estos datos',
};

export const linkErrorCopy: Localised<typeof en.linkErrorCopy> = {
  title: 'No pudimos abrir este enlace',
  reasons: {
    empty: 'El enlace no tiene datos.',
    'too-long': 'Este enlace es más largo que cualquier enlace que hace esta app.',
    'unknown-version': 'Este enlace se hizo con una versión más nueva de esta app.',
    damaged:
      'Puede que el enlace esté incompleto o cambiado. Esto pasa cuando solo se copia una parte.',
    invalid:
      'Puede que el enlace esté incompleto o cambiado. Esto pasa cuando solo se copia una parte.',
  } satisfies Record<LinkError, string>,
  stillUse:
    'Aun así, puedes usar la app para preparar tu consulta, solo que sin los datos ni las preguntas de tu terapeuta.',
  askAgain: 'También puedes pedir a quien te lo envió que te mande el enlace otra vez.',
  continue: 'Continuar sin los datos de tu terapeuta',
};

/** Pasting a therapist's link into the app, when opening it did not work. */
export const linkPasteCopy: Localised<typeof en.linkPasteCopy> = {
  heading: 'Pega el enlace aquí',
  label: 'El enlace de tu terapeuta',
  hint: 'Copia el enlace completo del mensaje y pégalo aquí. No importan los espacios, los saltos de línea ni las palabras de alrededor.',
  submit: 'Abrir el enlace',
  opening: 'Abriendo el enlace…',
  errors: {
    ...linkErrorCopy.reasons,
    empty: 'Pega el enlace que te envió tu terapeuta',
  } satisfies Record<LinkError, string>,
};

export const questionsStepCopy: Localised<typeof en.questionsStepCopy> = {
  pageName: 'Preguntas de tu terapeuta',
  heading: (name: string) => `Preguntas de ${name}`,
  lead: (name: string) =>
    `${name} añadió estas preguntas. Todas son opcionales. Tus respuestas se quedan en este dispositivo, a menos que decidas enviarlas.`,
  optional: '(opcional)',
  yes: 'Sí',
  no: 'No',
  // 'es' writes 2000 with no separator, which readers in Mexico, Puerto Rico and Spain all read alike.
  tooLong: (max: number) => `Escribe ${max.toLocaleString('es')} caracteres como máximo`,
};

export const resultsLinkCopy: Localised<typeof en.resultsLinkCopy> = {
  questionsHeading: (name: string) => `Preguntas de ${name}`,
  notAnswered: 'Sin responder',
  sendHeading: (name: string) => `Envía tu resumen a ${name}`,
  sendLead: (name: string) =>
    `Puedes enviar a ${name} una copia bloqueada de las partes que elijas. Solo ${name} puede abrirla.`,
  sendButton: (name: string) => `Enviar a ${name}`,
  bringHeading: (name: string) => `Compartir con ${name}`,
  bringLead: (name: string) =>
    `${name} te pidió que lleves tu resumen a la consulta, o que lo imprimas. Comparte solo lo que te parezca bien.`,
};

export const sendCopy: Localised<typeof en.sendCopy> = {
  pageName: 'Enviar tu resumen',
  heading: (name: string) => `Enviar a ${name}`,
  lead: (name: string) =>
    `Elige qué enviar. Desmarca lo que prefieras guardar para ti: ${name} solo ve lo que quede marcado.`,
  legend: 'Qué enviar',
  hint: (name: string) => `${name} pidió las partes que ya aparecen marcadas. Aun así, tú decides.`,
  nothingChosen: 'Elige al menos una parte para enviar',
  empty: 'Todavía no hay nada que enviar',
  previewToggle: 'Ver exactamente lo que se enviará',
  lock: 'Bloquear mi resumen',
  locking: 'Bloqueando…',
  lockedHeading: 'Tu resumen bloqueado está listo',
  lockedLead: (name: string) =>
    `Envía el archivo, o el texto de abajo, a ${name} como sueles comunicarte, por ejemplo por correo electrónico. Solo el navegador de ${name} puede abrirlo. Cualquier otra persona verá solo letras revueltas.`,
  saveJson: 'Guardar como archivo (.json)',
  saveText: 'Guardar como archivo de texto (.txt)',
  textLabel: 'O copia este texto en un mensaje',
  copy: 'Copiar texto',
  copied: 'Copiado. Pégalo en tu mensaje.',
  copyFailed: 'No se pudo copiar en este navegador. Selecciona el texto y cópialo.',
  fileName: 'resumen-bloqueado',
  failed:
    'No pudimos bloquear el resumen. Puede que la clave del enlace esté dañada. Todavía puedes imprimir tu resumen y llevarlo.',
  textIntro: (name: string) =>
    `Un resumen privado para ${name}. Está bloqueado: solo ${name} puede abrirlo.`,
  back: 'Volver a tu resumen',
  unchanged: '¿Cambiaste de idea? Tu resumen en este dispositivo sigue igual.',
  safetyHint: 'No se envía, a menos que lo marques.',
  sectionNames: {
    concerns: 'Temas',
    details: 'Más sobre cada tema',
    relationship: 'Tu relación',
    safety: 'Si te sientes a salvo con tu pareja',
    health: 'Salud y cuerpo',
    goals: 'Metas, y lo que quieres que sepa tu terapeuta',
    preferences: 'Tus preferencias',
    custom: 'Las preguntas de tu terapeuta y tus respuestas',
  },
};

export const builderCopy: Localised<typeof en.builderCopy> = {
  pageName: 'Para terapeutas',
  heading: 'Crea un enlace para tus clientes',
  lead: 'Envía un enlace a tus clientes antes de la primera consulta. Muestra tus datos, hace tus propias preguntas y les ayuda a llegar con las ideas en orden.',
  howHeading: 'Cómo funciona',
  how: [
    'Tus datos viajan dentro del propio enlace. No hay servidor ni cuenta, y no guardamos nada.',
    'Tus clientes responden en su propio dispositivo. Sus respuestas nunca van dentro de un enlace.',
    'Si quieres, pueden enviarte un resumen bloqueado por correo electrónico. Solo este navegador puede abrirlo.',
  ],
  aboutLegend: 'Sobre ti',
  name: 'Tu nombre',
  nameHint: 'Como te conocen tus clientes. Por ejemplo: Dra. Maya Thompson',
  nameError: 'Escribe tu nombre',
  licences: 'Tu licencia (opcional)',
  licencesHint: 'Elige todas las que correspondan.',
  licenceOther: 'Otra licencia o certificación (opcional)',
  states: 'Estados donde tienes licencia (opcional)',
  statesHint: 'Códigos de dos letras, separados por comas. Por ejemplo: CA, OR',
  statesError: (bad: string) =>
    `“${bad}” no es un código de estado de EE. UU. Usa códigos como CA o NY`,
  aasect: '¿Tienes la certificación de AASECT como terapeuta sexual?',
  aasectYes: 'Sí',
  aasectNo: 'No',
  aasectError: 'Elige sí o no',
  practiceLegend: 'Tu consultorio',
  practice: 'Nombre del consultorio (opcional)',
  country: 'País donde ejerces (opcional)',
  countryHint:
    'Tus clientes lo ven junto a tu nombre, para saber qué líneas de ayuda y qué comprobaciones les sirven.',
  countryNone: 'No indicarlo',
  website: 'Sitio web (opcional)',
  websiteHint: 'Debe empezar por https://',
  websiteError: 'Escribe un sitio web que empiece por https://, por ejemplo https://example.com',
  contact: 'Cómo pueden contactarte tus clientes (opcional)',
  contactHint:
    'Por ejemplo, un correo electrónico o un número de teléfono. Se muestra como texto simple.',
  welcome: 'Mensaje de bienvenida (opcional)',
  welcomeHint: 'Texto simple. Tus clientes lo ven primero.',
  date: 'Fecha de la consulta (opcional)',
  dateHint: 'El día de la primera cita. Déjala vacía si aún no la sabes.',
  dateError: 'Escribe una fecha real, o déjala vacía',
  sections: '¿Qué partes del resumen te gustaría ver? (opcional)',
  sectionsHint:
    'Sus temas y tus preguntas siempre van incluidos. Tus clientes eligen qué compartir.',
  questionsLegend: 'Tus propias preguntas (opcional)',
  questionsHint: (max: number) =>
    `Hasta ${max}. Tus clientes las ven en el último paso. Responderlas es opcional.`,
  question: (n: number) => `Pregunta ${n}`,
  questionText: 'Pregunta',
  questionError: (n: number) => `Escribe el texto de la pregunta ${n}, o quítala`,
  kind: 'Tipo de respuesta',
  options: 'Opciones, una en cada línea',
  optionsHint: (max: number) => `Entre 2 y ${max} opciones.`,
  tooMany: (max: number) => `Puedes añadir hasta ${max} preguntas`,
  optionsError: (n: number, max: number) =>
    `Da a la pregunta ${n} entre 2 y ${max} opciones distintas, una en cada línea`,
  addQuestion: 'Añadir una pregunta',
  removeQuestion: (n: number) => `Quitar la pregunta ${n}`,
  returnLegend: '¿Cómo quieres recibir el resumen?',
  returnLabels: {
    bring: 'Tu cliente lo trae o lo imprime',
    encrypted: 'Tu cliente me lo envía bloqueado (cifrado)',
  },
  returnHints: {
    bring: 'No hay nada que configurar.',
    encrypted:
      'Este navegador crea una clave. Tus clientes bloquean su resumen con ella, y solo tú puedes abrirlo aquí.',
  },
  tooLong: (max: number) => `Escribe ${max.toLocaleString('es')} caracteres como máximo`,
  create: 'Crear enlace',
  update: 'Actualizar enlace',
  linkTooLong:
    'Este enlace sería demasiado largo. Acorta el mensaje de bienvenida o las preguntas, o usa menos preguntas.',
  keyFailed:
    'Este navegador no pudo crear o guardar una clave (la navegación privada puede impedirlo). Elige “Tu cliente lo trae o lo imprime” o prueba otro navegador.',
  outputHeading: 'Tu enlace',
  linkLabel: 'Enlace para enviar a tus clientes',
  linkLength: (chars: number) => `Tiene ${chars.toLocaleString('es')} caracteres.`,
  copy: 'Copiar enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar en este navegador. Selecciona el enlace y cópialo.',
  qrHeading: 'Código QR',
  qrAlt: 'Código QR de tu enlace',
  qrTooLong: 'Este enlace es demasiado largo para un código QR. El enlace sigue funcionando.',
  qrHint:
    'Tus clientes pueden escanearlo con la cámara del teléfono. Para guardarlo, haz clic derecho o mantén el dedo encima.',
  previewHeading: 'Lo que verá tu cliente',
  openLink: 'Abrir un resumen que te envió tu cliente',
};

export const keyCopy: Localised<typeof en.keyCopy> = {
  heading: 'Tu clave',
  intro:
    'Los resúmenes que te envían se bloquean con una clave que solo existe en este navegador. No se envía a ningún sitio.',
  lossHeading: 'Si se pierde la clave, se pierden los resúmenes',
  loss: [
    'Borrar los datos de este navegador, usar “Borrar todo” en esta app, cambiar de computadora o perder el dispositivo: cualquiera de estas cosas elimina la clave.',
    'Sin ella, nadie puede abrir los resúmenes: ni tú ni nosotros. No hay forma de recuperarla.',
    'Por eso, guarda ahora un archivo de copia de la clave, en un lugar seguro, como un gestor de contraseñas.',
  ],
  warning:
    'Cualquier persona que tenga un archivo de copia de la clave y su frase de contraseña puede leer los resúmenes. No le envíes ninguno de los dos a nadie.',
  download: 'Descargar el archivo de copia de la clave',
  fileName: 'copia-clave-terapeuta.json',
  id: (kid: string) => `ID de la clave: ${kid}`,
};

export const openCopy: Localised<typeof en.openCopy> = {
  pageName: 'Abrir un resumen',
  heading: 'Abrir un resumen que te enviaron',
  lead: 'Todo ocurre en este navegador. El resumen no se sube a ningún sitio.',
  file: 'Elige el archivo que te envió tu cliente (opcional)',
  fileHint: 'Un archivo .json o .txt.',
  paste: 'O pega el texto de su mensaje (opcional)',
  keyStored: (count: number) =>
    count === 1
      ? 'Se usará la clave que tienes en este navegador.'
      : `Se probarán las ${count} claves que tienes en este navegador.`,
  noKeyStored: 'No hay ninguna clave en este navegador. Elige tu archivo de copia de la clave.',
  keyFile: 'Archivo de copia de la clave (opcional)',
  keyFileHint:
    'Solo hace falta en otro navegador u otra computadora, o si borraste los datos de este.',
  open: 'Abrir el resumen',
  opening: 'Abriendo…',
  errors: {
    empty: 'Elige el archivo, o pega el texto, que te envió tu cliente',
    'too-long':
      'Esto es mucho más grande que cualquier resumen. Comprueba que elegiste el archivo correcto',
    'not-a-summary':
      'Esto no es un resumen de esta app. Comprueba que elegiste el archivo correcto',
    'unknown-version':
      'Este resumen se hizo con una versión más nueva de esta app. Ábrelo allí, o pide que te lo envíen otra vez',
    damaged:
      'Este resumen se cambió o quedó cortado, así que no se puede abrir. Pide a tu cliente que te envíe el archivo otra vez',
    'no-matching-key':
      'Este resumen se bloqueó con otra clave. Elige el archivo de copia de la clave de cuando hiciste el enlace',
    'bad-key-file': 'Esto no es un archivo de copia de la clave de esta app, o está dañado',
    'no-key': 'No hay ninguna clave en este navegador. Elige tu archivo de copia de la clave',
  },
  resultTitle: 'Resumen de tu cliente',
  forName: (name: string) => `Para ${name}`,
  created: (date: string) => `Creado el ${date}`,
  print: 'Imprimir',
  another: 'Abrir otro resumen',
  privacy:
    'Trata este resumen como cualquier otro expediente clínico. Al cerrar esta pestaña, desaparece de la pantalla. No se guarda nada, salvo que elijas guardarlo.',
};

/** The opened summary speaks to the therapist: each part sent, under its name for them. */
export const openedSectionNames: Localised<typeof en.openedSectionNames> = {
  concerns: 'En qué quiere ayuda tu cliente',
  details: 'Más sobre cada tema',
  relationship: 'Su relación',
  safety: 'Si se siente a salvo con su pareja',
  health: 'Salud y cuerpo',
  goals: 'Sus metas, y lo que quiere que sepas',
  preferences: 'Lo que busca en su terapeuta',
  custom: 'Tus preguntas y sus respuestas',
};

/** "Who is this link for?" on the builder: any client, or one client named in the link. */
export const builderAudienceCopy: Localised<typeof en.builderAudienceCopy> = {
  legend: '¿Para quién es este enlace?',
  hint: 'Un enlace para cualquier cliente puede ir en tu sitio web o en un correo de siempre. Un enlace para un solo cliente lo saluda por su nombre.',
  labels: {
    everyone: 'Cualquier cliente',
    one: 'Un solo cliente',
  },
  hints: {
    everyone: 'No lleva datos de ningún cliente.',
    one: 'Ve el nombre o las iniciales que escribas, y la fecha si la pones.',
  },
  client: 'Nombre o iniciales del cliente',
  clientHint:
    'Las iniciales son más privadas: el enlace puede quedar mucho tiempo en su correo o su chat. Por ejemplo: A.B.',
  clientError: 'Escribe el nombre o las iniciales del cliente, o elige “Cualquier cliente”',
};

/** What the builder keeps: the form in this tab, and the last link in this browser. */
export const builderKeptCopy: Localised<typeof en.builderKeptCopy> = {
  kept: 'Esta pestaña guarda lo que escribes, así que no pierdes nada si recargas la página. Este navegador también guarda los datos del último enlace que hiciste, pero nunca el nombre ni la fecha de un cliente. “Borrar todo” quita las dos cosas.',
  notKept:
    'Elegiste no guardar nada, así que este formulario se pierde si la página se recarga, y no se guarda el último enlace.',
  restored:
    'Recuperamos lo que escribiste antes de que la página se recargara, menos estas partes:',
  restoredCheck: 'Vuelve a llenarlas antes de hacer el enlace.',
  unreadable:
    'No pudimos leer lo que escribiste antes de que la página se recargara, así que el formulario empieza vacío. Lo sentimos.',
  fieldNames: {
    audience: 'Para quién es el enlace',
    client: 'El nombre o las iniciales del cliente',
    date: 'La fecha de la consulta',
    name: 'Tu nombre',
    licences: 'Tu licencia',
    licenceOther: 'Tu otra licencia',
    states: 'Los estados donde tienes licencia',
    aasect: 'Tu respuesta sobre AASECT',
    practice: 'El nombre de tu consultorio',
    country: 'Tu país',
    website: 'Tu sitio web',
    contact: 'Cómo pueden contactarte',
    welcome: 'Tu mensaje de bienvenida',
    sections: 'Las partes del resumen que pediste',
    questions: 'Tus preguntas',
    returnMode: 'Cómo te llega el resumen',
  },
  questionLost: (n: number) => `Pregunta ${n}`,
  lastHeading: 'Tu último enlace',
  lastLead: (date: string) =>
    `Este navegador guardó los datos del último enlace que hiciste, el ${date}: tus datos, tus preguntas y cómo te llegan los resúmenes. Nunca guarda el nombre ni la fecha de un cliente.`,
  lastLeadUndated:
    'Este navegador guardó los datos del último enlace que hiciste: tus datos, tus preguntas y cómo te llegan los resúmenes. Nunca guarda el nombre ni la fecha de un cliente.',
  use: 'Empezar con tu último enlace',
  forget: 'Olvidar tu último enlace',
  used: 'El formulario ya tiene los datos de tu último enlace. Revísalos, y luego agrega los datos de este cliente si el enlace es para un solo cliente.',
  usedLost:
    'Algunos datos de tu último enlace no se pudieron leer, así que estas partes están vacías:',
  forgotten: 'Los datos de tu último enlace ya no están en este navegador.',
  lastUnreadable:
    'La copia de tu último enlace en este navegador estaba dañada, así que la quitamos. Se guardará el próximo enlace que hagas.',
};

/** A link made for one client, as the client sees it. */
export const clientLinkCopy: Localised<typeof en.clientLinkCopy> = {
  madeFor: (name: string, client: string) => `${name} hizo este enlace para ${client}.`,
  summaryFor: (client: string) => `Este resumen es para ${client}.`,
};

/**
 * Summaries the therapist keeps in this browser: the locked file as the client sent it, listed
 * on the open page, opened again with the key. Names stay neutral when the link named no client.
 */
export const keptCopy: Localised<typeof en.keptCopy> = {
  keep: 'Guardar en este navegador',
  explain:
    'Al guardarlo, el resumen se queda en esta computadora, bloqueado tal como te lo envió tu cliente. Solo tu clave puede abrirlo otra vez, así que aparece aquí solo mientras tu clave esté en este navegador. Para quitarlo, bórralo de la lista de esta página. “Borrar todo” y la salida rápida también borran todos los resúmenes guardados.',
  keptNow: (another: string) =>
    `Guardado en este navegador. Elige “${another}” para verlo en la lista de resúmenes guardados.`,
  keepErrors: {
    'already-kept': 'Este resumen ya está guardado en este navegador.',
    full: (max: number) =>
      `Este navegador ya guarda ${max} resúmenes, el máximo posible. Borra uno que ya no necesites y luego guarda este.`,
    'too-big':
      'Ya no hay espacio para más resúmenes en este navegador. Borra uno que ya no necesites y vuelve a intentarlo.',
    'not-saved':
      'Este navegador no quiso guardar el resumen. Puede que no tenga espacio. Aún puedes imprimirlo o descargarlo.',
    unavailable:
      'Este navegador no deja que la app guarde nada, como pasa en algunas ventanas privadas. Aún puedes imprimir el resumen o descargarlo.',
    newer:
      'Los resúmenes guardados aquí son de una versión más nueva de esta app, así que este no se puede añadir. Abre esta página en esa versión.',
  },
  download: 'Descargar como texto',
  fileName: (date: string) => `resumen-cliente-${date}.md`,
  remove: 'Borrar de este navegador',
  confirmRemove: (name: string) =>
    `¿Borrar “${name}” de este navegador? No se puede deshacer. Si aún tienes el archivo que te envió tu cliente, puedes abrirlo otra vez.`,
  confirmYes: 'Sí, bórralo',
  confirmNo: 'No, no lo borres',
  removed: (name: string) => `Se borró “${name}” de este navegador.`,
  back: 'Volver a los resúmenes guardados',
  listHeading: 'Resúmenes guardados en este navegador',
  listLead:
    'Siguen bloqueados con tu clave en esta computadora. Abre uno para leerlo o imprimirlo. Borra uno, o todos, cuando ya no los necesites.',
  loading: 'Abriendo los resúmenes guardados…',
  unnamed: (n: number) => `Resumen ${n}`,
  damagedName: (n: number) => `Resumen dañado ${n}`,
  client: 'Cliente',
  received: 'Recibido',
  consultation: 'Fecha de la consulta',
  notGiven: 'Sin indicar',
  open: 'Abrir',
  locked: 'Bloqueado: ábrelo con tu clave',
  lockedHint:
    'La clave con la que se bloqueó este resumen no está abierta ahora en este navegador. El resumen sigue guardado y se abrirá aquí cuando tu clave lo esté.',
  damaged: 'Este no se puede abrir: lo que se guardó aquí cambió o quedó cortado. Puedes borrarlo.',
  newer:
    'Los resúmenes guardados aquí son de una versión más nueva de esta app. Ábrelos en esa versión, o bórralos todos.',
  empty: 'Ahora no hay resúmenes guardados en este navegador.',
  removeAll: 'Borrar todos los resúmenes guardados',
  confirmRemoveAll: (count: number) =>
    count === 1
      ? '¿Borrar el 1 resumen guardado de este navegador? No se puede deshacer.'
      : `¿Borrar los ${count} resúmenes guardados de este navegador? No se puede deshacer.`,
  confirmAllYes: 'Sí, bórralos todos',
  confirmAllNo: 'No, no los borres',
  removedAll: 'Se borraron todos los resúmenes guardados de este navegador.',
};

export const keyListCopy: Localised<typeof en.keyListCopy> = {
  heading: 'Claves en este navegador',
  intro:
    'Cada clave tiene un ID corto. El archivo de copia de una clave lleva su ID en el nombre, y la página para abrir resúmenes lo usa para decirte qué clave necesita un resumen.',
  made: (date: string) => `Creada el ${date}.`,
  newest: 'Los enlaces nuevos usan esta clave: es la más nueva.',
  older: 'Una clave anterior: abre los resúmenes de enlaces que enviaste antes.',
  locked: 'Bloqueada con una frase de contraseña.',
  unlockedHere: 'Bloqueada, y desbloqueada en esta pestaña.',
  damagedKey: (id: string) => `No se pudo leer la clave ${id}.`,
  damagedNoId: 'No se pudo leer una clave, ni siquiera su ID.',
  damagedWayOn:
    'No se borró nada. Para abrir un resumen enviado para esa clave, usa su archivo de copia.',
  newHeading: 'Crear una clave nueva',
  newIntro: [
    'Crea una clave nueva si tu clave o su archivo de copia pueden estar en manos de otra persona, por ejemplo si perdiste tu portátil o te lo robaron.',
    'Así, los enlaces nuevos usan la clave nueva. Los enlaces que ya enviaste siguen usando su clave anterior, y solo esa clave abre sus resúmenes.',
    'Por eso, guarda aquí las claves anteriores, y guarda también sus archivos de copia.',
  ],
  newStart: 'Crear una clave nueva',
  confirmHeading: '¿Crear una clave nueva ahora?',
  confirmText:
    'Los enlaces que enviaste antes siguen funcionando con su clave anterior. Solo los enlaces que hagas desde ahora usan la nueva.',
  confirmPassphrase: 'Tu frase del bloqueo, para la clave nueva',
  confirmPassphraseHint:
    'Tus claves están bloqueadas aquí, así que la clave nueva se bloquea con la misma frase.',
  confirm: 'Sí, crear una clave nueva',
  cancel: 'Cancelar',
  making: 'Creando la clave…',
  madeNew: (id: string) =>
    `La clave nueva ${id} está lista, y los enlaces nuevos la usan. Para tener un enlace con ella, pulsa “${builderCopy.update}”. Luego descarga una copia protegida de ella.`,
  errors: {
    'needs-passphrase': 'Escribe la frase de contraseña del bloqueo',
    'wrong-passphrase':
      'Esa frase no abre las claves de este navegador. Revisa si hay errores al escribir o si están activadas las mayúsculas',
    'not-kept':
      'Este navegador no pudo guardar una clave nueva (la navegación privada puede impedirlo). Tus otras claves siguen igual',
  },
};

export const keyBackupCopy: Localised<typeof en.keyBackupCopy> = {
  intro:
    'El archivo de copia se bloquea con una frase de contraseña que eliges ahora. Para usar el archivo necesitas el archivo y la frase. Guárdalos en sitios distintos: por ejemplo, el archivo en una memoria USB y la frase en un gestor de contraseñas.',
  whichKey: 'Qué clave copiar',
  keyChoice: (id: string, date: string) => `Clave ${id}, creada el ${date}`,
  newestHint: 'La más nueva: la usan los enlaces nuevos.',
  passphrase: 'Frase de contraseña del archivo de copia',
  passphraseHint: (min: number) =>
    `Al menos ${min} caracteres. Cuatro o más palabras que vayas a recordar funcionan bien, como una frase corta.`,
  confirm: 'Escribe otra vez la frase de la copia',
  show: 'Mostrar las frases',
  strength: {
    'too-short': (min: number) => `Aún es muy corta: usa al menos ${min} caracteres.`,
    fair: 'Es bastante larga. Con más palabras es más difícil de adivinar.',
    good: 'Buena longitud.',
  },
  errors: {
    empty: 'Escribe una frase de contraseña para el archivo de copia',
    'too-short': (min: number) => `Usa al menos ${min} caracteres en la frase`,
    'confirm-empty': 'Escribe la frase otra vez para comprobarla',
    different: 'Las dos frases no son iguales',
  },
  download: 'Descargar la copia protegida',
  downloading: 'Bloqueando la copia…',
  downloaded: (fileName: string) =>
    `Se descargó ${fileName}. Guárdalo, y también su frase, en un lugar seguro.`,
  failed:
    'Este navegador no pudo hacer el archivo de copia. Inténtalo otra vez, o usa otro navegador.',
  needsUnlock:
    'Tus claves están bloqueadas en este navegador. Para hacer una copia, primero desbloquéalas más abajo.',
  backupFileName: (id: string) => `clave-terapeuta-${id}.json`,
};

export const keyLockCopy: Localised<typeof en.keyLockCopy> = {
  heading: 'Bloquear las claves de este navegador (opcional)',
  intro: [
    'Puedes bloquear con una frase de contraseña las claves que se guardan en este navegador. Así, este navegador te la pide antes de abrir un resumen.',
    'Es más seguro si otra persona usa esta computadora.',
    'Pero si olvidas la frase, las claves de aquí no sirven. Entonces solo un archivo de copia de la clave puede abrir tus resúmenes.',
    'Un archivo de copia tiene su propia frase, que eliges al descargarlo. Puedes usar la misma que para el bloqueo, o una distinta.',
    'Cuando escribes la frase, las claves quedan desbloqueadas en esta pestaña hasta que la cierres. Nunca se guardan desbloqueadas.',
  ],
  passphrase: 'Frase de contraseña del bloqueo',
  passphraseHint: (min: number) =>
    `Al menos ${min} caracteres. Cuatro o más palabras que vayas a recordar funcionan bien.`,
  confirm: 'Escribe otra vez la frase del bloqueo',
  lock: 'Bloquear las claves',
  locking: 'Bloqueando…',
  lockedNow:
    'Listo: las claves de este navegador están bloqueadas. Quedan desbloqueadas en esta pestaña hasta que la cierres.',
  lockedStatus: 'Las claves de este navegador están bloqueadas.',
  unlockedStatus: 'Las claves de este navegador están bloqueadas, y desbloqueadas en esta pestaña.',
  unlockPassphrase: 'Tu frase de contraseña del bloqueo',
  unlockHint: 'La frase que elegiste al bloquear las claves.',
  unlock: 'Desbloquear en esta pestaña',
  unlocking: 'Desbloqueando…',
  unlockedNow:
    'Desbloqueadas. Las claves quedan desbloqueadas en esta pestaña hasta que la cierres.',
  remove: 'Quitar el bloqueo',
  removedNow:
    'Se quitó el bloqueo. Las claves de este navegador ya no piden una frase de contraseña.',
  errors: {
    empty: 'Escribe la frase de contraseña del bloqueo',
    'wrong-passphrase':
      'Esa frase no abre las claves de este navegador. Revisa si hay errores al escribir o si están activadas las mayúsculas',
    'not-kept': 'Este navegador no pudo guardar el cambio. Tus claves siguen como estaban',
  },
};

export const openKeyCopy: Localised<typeof en.openKeyCopy> = {
  storePassphrase: 'Frase de contraseña de las claves de este navegador',
  storePassphraseHint:
    'Tus claves están bloqueadas aquí. Escribe la frase que elegiste. Después quedan desbloqueadas en esta pestaña hasta que la cierres.',
  filePassphrase: 'Frase de contraseña del archivo de copia (opcional)',
  filePassphraseHint:
    'Solo para un archivo de copia protegido: la frase que elegiste al descargarlo. Los archivos de copia anteriores no tienen.',
  damagedHere: (count: number) =>
    count === 1
      ? 'No se pudo leer una clave guardada en este navegador. No se borró nada. Para abrir un resumen enviado para ella, usa su archivo de copia.'
      : `No se pudieron leer ${count} claves guardadas en este navegador. No se borró nada. Para abrir un resumen enviado para una de ellas, usa su archivo de copia.`,
  errors: {
    'no-key': (id: string) => `${openCopy.errors['no-key']}: el que tiene ${id} en el nombre`,
    'no-matching-key': (id: string) =>
      `Este resumen se bloqueó con la clave ${id}, y este navegador no la tiene. Elige el archivo de copia que tiene ${id} en el nombre: ese abrirá el resumen`,
    'other-key-file': (fileId: string, id: string) =>
      `Este archivo de copia es de la clave ${fileId}, pero el resumen necesita la clave ${id}. Elige el archivo de copia que tiene ${id} en el nombre`,
    'store-locked':
      'La clave de este resumen está bloqueada en este navegador. Escribe la frase de contraseña de las claves de este navegador',
    'store-wrong-passphrase':
      'Esa frase no desbloquea las claves de este navegador. Revisa si hay errores al escribir o si están activadas las mayúsculas, o usa el archivo de copia',
    'not-a-key-file':
      'Esto no es un archivo de copia de la clave de esta app. Comprueba que elegiste el archivo correcto',
    damaged:
      'Este archivo de copia de la clave está dañado o cortado, así que no se puede usar. Prueba con otra copia',
    'needs-passphrase':
      'Este archivo de copia está protegido. Escribe la frase que elegiste al descargarlo',
    'wrong-passphrase':
      'Esa frase no abre este archivo de copia. Revisa si hay errores al escribir o si están activadas las mayúsculas. Un archivo que se cambió tampoco se abre',
  },
  oldFileHeading: 'Haz una copia protegida de esta clave',
  oldFile:
    'Abriste este resumen con un archivo de copia antiguo. No tiene frase de contraseña, así que cualquiera que tenga una copia puede leer tus resúmenes. Haz ahora una copia protegida. Luego borra el archivo antiguo y sus copias, por ejemplo en tu correo o en tus descargas.',
};
