import type * as en from '../en/couples.ts';
import type { Localised } from '../catalogue.ts';
import type { PartnerCodeError } from '../../questionnaire/partner-code.ts';
import { plural } from '../format.ts';

// Spanish words for couples: taking turns on one device, partner codes, and the shared comparison.
// Page titles stay neutral: they show in the browser's history on a shared computer.
// Both partners together are spoken to in the plural of "ustedes" (read alike in Latin America and
// Spain); "cada persona" and "los dos" keep the words free of either partner's gender.

/** "Persona", not "Pareja": "Pareja A" could be read as a whole couple. */
export const defaultNames: Localised<typeof en.defaultNames> = { a: 'Persona A', b: 'Persona B' };

export const factsCopy: Localised<typeof en.factsCopy> = {
  title: 'Por turnos',
  heading: 'Antes de empezar por turnos',
  lead: 'Primero, unas cosas que comparten. Después, cada persona responde las preguntas por su cuenta, una después de la otra.',
  privacyNote:
    'Cuando una persona termina, sus respuestas se ocultan antes de que empiece la otra. Cada persona puede marcar respuestas como “solo para mí”, y esas nunca se muestran a la otra.',
  namesLegend: '¿Qué nombres usamos?',
  namesHint: 'Basta con un nombre o un apodo. Si quedan vacíos, diremos “Persona A” y “Persona B”.',
  nameA: 'Primera persona (opcional)',
  nameB: 'Segunda persona (opcional)',
  nameTooLong: 'Escribe 40 caracteres como máximo',
  status: '¿Qué describe mejor su relación?',
  statusHint: 'Respondan esto entre los dos. No hay una respuesta correcta.',
  statusError: 'Elijan lo que mejor describa su relación, o “Prefiero no decirlo”',
  length: '¿Cuánto tiempo llevan en pareja? (opcional)',
  continue: 'Continuar',
};

export const turnCopy: Localised<typeof en.turnCopy> = {
  title: 'Pasar el dispositivo',
  firstHeading: (a: string) => `${a} empieza`,
  first: (a: string, b: string) =>
    `${b}, por favor, no mires mientras ${a} responde. Lleva unos 10 minutos.`,
  passHeading: (next: string) => `Pasa el dispositivo a ${next}`,
  hidden: (done: string) => `Las respuestas de ${done} ya están ocultas.`,
  pass: (next: string, done: string) =>
    `${next}, es tu turno. ${done}, por favor, no mires mientras ${next} responde.`,
  bothHeading: 'Ya terminaron los dos',
  both: (a: string, b: string) =>
    `Las respuestas de ${a} y de ${b} ya están ocultas. Ahora pueden ver a la vez lo que comparten y de qué podrían hablar.`,
  bothNote: 'En la siguiente página está solo lo que cada persona decidió compartir.',
  start: (next: string) => `Soy ${next}, empezar mi turno`,
  compare: 'Mostrar lo que compartimos',
  whoseAnswers: (name: string) => `Respuestas de ${name}`,
};

export const safetyStepCopy: Localised<typeof en.safetyStepCopy> = {
  sharedHeading: 'Lo que dijeron entre los dos',
  sharedStatus: 'Su relación',
  sharedLength: 'Tiempo en pareja',
  privateNote: 'La siguiente pregunta es solo para ti. Tu respuesta nunca se muestra a tu pareja.',
};

export const markCopy: Localised<typeof en.markCopy> = {
  title: 'Qué compartir',
  heading: 'Elige qué compartir',
  lead: (other: string) =>
    `Para cada respuesta, elige quién la ve. ${other} solo ve lo que compartes. Lo que es “solo para mí” queda fuera de todo lo que compartas.`,
  alwaysPrivate:
    'Tus respuestas sobre salud y medicamentos, y sobre si te sientes a salvo, siempre son privadas. Nunca se muestran a tu pareja.',
  ifBothExplained: (other: string) =>
    `“Solo si los dos lo nombramos” quiere decir que ${other} lo ve solo si también lo nombró. Si no lo nombró, nunca sabrá que tú sí.`,
  concerns: 'Temas',
  goals: 'Metas',
  affirming: 'Lo que busco en mi terapeuta',
  choices: {
    share: 'Compartir',
    'if-both': 'Solo si los dos lo nombramos',
    private: 'Solo para mí',
  },
  texts: 'Lo que escribí y es solo para mí (opcional)',
  textsHint: 'Lo que escribiste es privado, a menos que lo desmarques.',
  textLabels: {
    otherConcern: 'Otra cosa que nombraste',
    betterLooksLike: 'Cómo sería “mejor”',
    therapistShouldKnow: 'Lo que quieres que sepa tu terapeuta',
  },
  tooManyIfBoth: (max: number) =>
    `Puedes elegir “solo si los dos lo nombramos” para ${max} respuestas como máximo. Para el resto, elige “compartir” o “solo para mí”.`,
  nothing: 'No elegiste temas ni metas, así que no hay nada que marcar. Puedes seguir.',
  continue: 'Guardar y continuar',
  defaultOther: 'Tu pareja',
  /** The same, inside a sentence. */
  defaultOtherInline: 'tu pareja',
};

export const lookAwayCopy: Localised<typeof en.lookAwayCopy> = {
  title: 'Vista privada',
  heading: (name: string) => `Esta es la vista privada de ${name}`,
  body: (name: string, other: string) =>
    `${other}, por favor, no mires. ${name}, esta página muestra todas tus respuestas y sugerencias, también lo que marcaste “solo para mí”.`,
  confirm: (name: string) => `Soy ${name}, mostrar mi vista`,
  hide: 'Ocultar mi vista',
  passcodeNote: 'Si pusiste un código de acceso al final de tu turno, lo vas a necesitar ahora.',
};

export const finishTurnCopy: Localised<typeof en.finishTurnCopy> = {
  heading: 'Cuando termines',
  body: (other: string) =>
    `Tus respuestas se ocultarán y será el turno de ${other}. Puedes volver a tu propia vista más tarde, desde la página que comparten.`,
  bodyLast: 'Tus respuestas se ocultarán. Después, los dos podrán ver lo que comparten.',
  button: 'Terminé, ocultar mis respuestas',
  privateCount: (count: number) =>
    count === 0
      ? 'No marcaste nada como solo para ti.'
      : `Marcaste ${count} ${plural(count, { one: 'cosa', other: 'cosas' })} como solo para ti. ${plural(count, { one: 'Se queda', other: 'Se quedan' })} en privado.`,
  ifBothCount: (count: number, other: string) =>
    `Elegiste “solo si los dos lo nombramos” para ${count} ${plural(count, { one: 'cosa', other: 'cosas' })}. ${other} ${plural(count, { one: 'la verá', other: 'verá cada una' })} solo si también la nombró.`,
  changeMarks: 'Cambiar lo que compartes',
  passcodeHeading: 'Bloquea tu propia vista (opcional)',
  passcodeLead:
    'Un código de acceso bloquea tus propias respuestas y sugerencias en este dispositivo, para que solo tú puedas abrirlas después. Si lo olvidas, nadie puede recuperarlo, pero podrás seguir viendo lo que comparten.',
  passcode: 'Código de acceso para mi propia vista (opcional)',
  passcodeHint: (other: string) =>
    `Al menos 4 caracteres. Elige algo que ${other} no pueda adivinar.`,
  confirm: 'Escribe el código de acceso otra vez',
  show: 'Mostrar el código de acceso',
  working: 'Ocultando tus respuestas…',
  errors: {
    'too-short': 'Usa al menos 4 caracteres para tu código de acceso, o deja el campo vacío',
    'confirm-missing': 'Escribe tu código de acceso otra vez, para saber que está bien',
    different: 'Los dos códigos de acceso no son iguales. Escríbelos otra vez',
  },
};

export const compareCopy: Localised<typeof en.compareCopy> = {
  title: 'Lo que comparten',
  heading: 'Lo que comparten y en qué se diferencian',
  lead: 'Esta página muestra solo lo que cada persona decidió compartir. Lo que una persona guardó solo para sí no aparece aquí.',
  you: 'Tú',
  yourPartner: 'Tu pareja',
  // The page writes "Los dos" (this without the "…") before each label below.
  bothHeading: 'Los dos…',
  bothConcerns: 'nombraron estos temas',
  bothGoals: 'quieren',
  bothAffirming: 'buscan terapeuta con experiencia y respeto hacia',
  bothNothing:
    'Esta vez no eligieron los mismos temas. Es algo común, y un buen punto de partida para hablar.',
  differHeading: 'Lo ven de forma distinta',
  differLead:
    'Es habitual que en una pareja se vean las cosas de forma distinta. Nada de esto es culpa de nadie. Simplemente es útil saberlo.',
  differNothing: 'No encontramos diferencias claras en lo que compartieron.',
  priority: 'Lo que más importa ahora',
  bother: (topic: string) => `Cuánto le pesa “${topic}” a cada persona`,
  wants: (topic: string) => `“${topic}”`,
  // The name can be "Tú" (apart, on your own device), so no verb takes it as its subject.
  wantsNote: (name: string) =>
    `Lo nombró solo una persona: ${name}. Es muy común que en una pareja se quieran cosas distintas, y en terapia los dos pueden tener voz.`,
  namedByOne: 'Temas que nombró solo una persona',
  goalsOfOne: 'Metas que eligió solo una persona',
  meeting: 'Cómo prefieren tener las sesiones',
  therapistGender: 'Con quién prefieren hacer terapia',
  talkHeading: 'Vale la pena hablarlo antes de la consulta',
  talkLead: 'Elijan uno o dos. No hace falta estar de acuerdo en todo antes.',
  suggestionsHeading: 'Qué buscar entre los dos',
  suggestionsLead: 'Lo más útil primero. No hace falta que quien elijan cumpla todos los puntos.',
  featured: 'Para empezar',
  linkedTo: 'Relacionado con:',
  byBoth: 'los dos',
  questionsHeading: 'Preguntas para hacer en pareja',
  questionsLead: 'Háganlas en una primera llamada gratuita, antes de elegir terapeuta.',
  privateViewsHeading: 'La vista de cada persona',
  privateViewsLead:
    'Cada persona puede ver sus propias respuestas completas y sus sugerencias. Túrnense, y que la otra persona no mire.',
  privateViewLink: (name: string) => `Vista privada de ${name}`,
  actionsHeading: 'Imprimir o guardar lo que comparten',
  actionsLead: 'La versión impresa y el archivo tienen solo lo que hay en esta página.',
  print: 'Imprimir o guardar como PDF',
  download: 'Descargar como archivo de texto',
  fileName: 'lo-que-compartimos.md',
  otherCode: 'Usar otro código de tu pareja',
  replyPending:
    'Lo que alguno de ustedes guardó como “solo si los dos lo nombramos” aparece aquí cuando intercambien los códigos de respuesta.',
  replyLink: 'Intercambiar códigos de respuesta',
  ownView: 'Ver tu propio resumen completo (solo en este dispositivo)',
  missing: 'Todavía no hay nada que comparar.',
  startAgain: 'Ir al inicio',
};

export const promptCopy: Localised<typeof en.promptCopy> = {
  'different-wants':
    'Puede que quieran cosas distintas. ¿Qué sería un primer paso justo para los dos?',
  'different-priorities':
    'Cada persona puso algo distinto en primer lugar. ¿Puede cada una decir por qué lo suyo le importa?',
  'different-bother':
    'Algo le pesa más a una de las dos personas. ¿Cómo puede la otra mostrar que lo toma en serio?',
  'pause-pressure':
    'En terapia sexual, a veces se propone dejar el sexo a un lado por un tiempo, para quitar presión. ¿Cómo se sentiría cada persona con eso?',
  trust: '¿Qué ayudaría a cada persona a sentir que puede empezar a confiar otra vez?',
  opening: '¿Qué espera cada persona, y qué le preocupa, cuando piensa en abrir su relación?',
  'named-by-one':
    'Una persona nombró algo que la otra no. Pregunten por ello con curiosidad, sin culpar.',
  practical:
    'Pónganse de acuerdo en cómo quieren tener las sesiones, y con quién se sentirían a gusto los dos.',
  'what-better-looks-like': '¿Cómo sería “mejor” para cada persona, dentro de seis meses?',
  'what-to-share':
    '¿Qué quiere decir cada persona delante de la otra, y qué preferiría contar a solas a su terapeuta?',
};

export const shareCopy: Localised<typeof en.shareCopy> = {
  title: 'Compartir con tu pareja',
  heading: 'Crea un código para tu pareja',
  lead: 'El código para tu pareja lleva las respuestas que decidiste compartir. Envíaselo como quieras, por ejemplo en un mensaje. Tu pareja lo pega en su dispositivo para ver lo que compartes.',
  whatIsIn: 'Qué lleva tu código',
  holds: (topics: number, goals: number) =>
    `${topics} ${plural(topics, { one: 'tema', other: 'temas' })} y ${goals} ${plural(goals, { one: 'meta', other: 'metas' })} que decidiste compartir, con tus datos y preferencias.`,
  neverHolds:
    'Nunca lleva nada marcado “solo para mí”, ni tus respuestas sobre salud, ni tu respuesta sobre si te sientes a salvo.',
  unsafeNote:
    'Nos dijiste que no siempre te sientes a salvo. No tienes que compartir nada. Tu propio resumen muestra con quién puedes hablar, gratis y de forma confidencial.',
  name: 'Tu nombre o un apodo (opcional)',
  nameHint: 'Para que tu pareja sepa que el código es tuyo.',
  nameTooLong: 'Escribe 40 caracteres como máximo',
  passphrase: 'Frase de contraseña (opcional)',
  passphraseHint:
    'Una frase de contraseña bloquea el código, para que solo quien la sepa pueda abrirlo. Decídanla entre los dos, en persona o por teléfono. No la envíes en el mismo mensaje que el código.',
  create: 'Crear el código para mi pareja',
  creating: 'Creando tu código…',
  codeLabel: 'El código para tu pareja',
  codeHint: (chars: number) => `${chars} caracteres. Cópialo completo.`,
  copy: 'Copiar el código',
  copied: 'Código copiado. Puedes pegarlo en un mensaje para tu pareja.',
  copyFailed: 'No se pudo copiar en este navegador. Selecciona el código y cópialo.',
  qrAlt: 'Código QR con el código para tu pareja',
  qrHint:
    'Tu pareja puede escanearlo con la cámara del teléfono y después pegar el texto que aparece.',
  qrTooLong:
    'Este código es demasiado largo para un código QR. Copia el texto, o marca como “solo para mí” parte de lo que escribiste.',
  qrFailed: 'Aquí no se pudo crear el código QR. Copia el texto.',
  sealedNote: 'Bloqueado con tu frase de contraseña.',
  ifBothNote:
    'Lo que guardaste como “solo si los dos lo nombramos” va en el código solo de forma cerrada, y tu pareja no puede leerlo. Solo puede saber de lo que también nombró.',
  twoSwaps:
    'Van a intercambiar dos códigos: primero sus códigos de pareja y luego los códigos de respuesta. Los códigos de respuesta encuentran lo que los dos nombraron, sin mostrarles el resto.',
  nextHeading: 'Siguiente paso',
  next: 'Ya tengo el código de mi pareja',
  ownView: 'Ver tu propio resumen completo',
  changeMarks: 'Cambiar lo que es solo para mí',
};

export const importCopy: Localised<typeof en.importCopy> = {
  title: 'El código de tu pareja',
  heading: 'Pega el código de tu pareja',
  lead: 'Pega el código que te envió tu pareja. Si el código no funciona, no se pierde nada de lo que escribiste aquí.',
  code: 'El código de tu pareja',
  codeHint:
    'Empieza por CP y un número. No importan los saltos de línea, los espacios ni las comillas del mensaje.',
  passphrase: 'Frase de contraseña (solo si tu pareja usó una)',
  passphraseHint: 'La frase de contraseña que decidieron entre los dos.',
  submit: 'Mostrar lo que compartimos',
  checking: 'Abriendo el código…',
  yourPartner: 'tu pareja',
  replaceNote: (name: string) =>
    `Ya abriste un código de ${name}. Un código nuevo ocupará su lugar.`,
  errors: {
    empty: 'Pega el código de tu pareja',
    'not-a-code':
      'Esto no parece un código de pareja. Un código de pareja empieza por CP y un número. Comprueba que copiaste el código completo.',
    'too-long':
      'Esto es demasiado largo para ser un código de pareja. Comprueba que pegaste solo el código.',
    'other-version':
      'Este código se hizo con otra versión de esta app. Pide a tu pareja que abra la app otra vez y cree un código nuevo.',
    damaged:
      'Parece que este código está cortado o cambiado. Pide a tu pareja que te lo envíe otra vez, y cópialo completo.',
    'needs-passphrase':
      'Este código está bloqueado con una frase de contraseña. Escribe la frase que decidieron entre los dos.',
    'wrong-passphrase':
      'La frase de contraseña no abre este código. Compruébala con tu pareja. Las mayúsculas y los espacios cuentan.',
    'own-code': 'Este es tu propio código. Pide a tu pareja su código, y envíale el tuyo.',
  } satisfies Record<PartnerCodeError, string>,
};

export const apartNextCopy: Localised<typeof en.apartNextCopy> = {
  heading: 'Compartir con tu pareja',
  body: 'Cuando quieras, crea un código para enviar a tu pareja. Solo lleva lo que decidiste compartir.',
  share: 'Crear un código para tu pareja',
  compare: 'Ver lo que comparten',
};

export const privateViewCopy: Localised<typeof en.privateViewCopy> = {
  title: 'Vista privada',
  heading: (name: string) => `Respuestas y sugerencias de ${name}`,
  back: 'Volver a lo que comparten',
  questionsHeading: 'Preguntas para hacer en una consulta gratuita',
  safetyLeftOut: (help: string) =>
    `Para que siga siendo privada, esta vista deja fuera tu respuesta sobre si te sientes a salvo, y todo lo que viene de ella. Si quieres hablar con alguien, “${help}” está arriba en todas las páginas.`,
};

export const passcodeCopy: Localised<typeof en.passcodeCopy> = {
  heading: (name: string) => `${name}, escribe tu código de acceso`,
  body: 'Tu propia vista está bloqueada con el código de acceso que elegiste al final de tu turno.',
  label: 'Código de acceso',
  show: 'Mostrar el código de acceso',
  button: 'Abrir mi vista',
  working: 'Abriendo tu vista…',
  empty: 'Escribe tu código de acceso',
  'wrong-passcode':
    'Ese código de acceso no abrió esta vista. Revisa si hay errores al escribir o si está activado Bloq Mayús, y vuelve a intentarlo.',
  damaged: 'Esta vista no se puede abrir porque se cambió. Lo que comparten sigue ahí.',
  forgotHeading: '¿Olvidaste tu código de acceso?',
  forgotBody:
    'Nadie puede recuperarlo, ni siquiera nosotros. Tu propia vista sigue bloqueada, pero puedes seguir viendo lo que comparten.',
};

export const replyCopy: Localised<typeof en.replyCopy> = {
  title: 'Intercambiar códigos de respuesta',
  heading: 'Intercambien códigos de respuesta',
  lead: (name: string) =>
    `Ya tienes el código de pareja de ${name}. Ahora envíale tu código de respuesta y pega el suyo. Así se encuentra lo que los dos guardaron como “solo si los dos lo nombramos”. Ninguno ve lo que no coincide.`,
  yourReply: 'Tu código de respuesta',
  yourReplyHint: (chars: number) =>
    `${chars} caracteres. Envíalo completo, igual que enviaste tu código de pareja.`,
  making: 'Creando tu código de respuesta…',
  copy: 'Copiar el código de respuesta',
  copied: 'Código de respuesta copiado. Puedes pegarlo en un mensaje.',
  qrAlt: 'Código QR con tu código de respuesta',
  enterHeading: (name: string) => `Pega el código de respuesta de ${name}`,
  code: (name: string) => `Código de respuesta de ${name}`,
  codeHint:
    'Empieza por CR1-. No importan los saltos de línea, los espacios ni las comillas del mensaje.',
  submit: 'Mostrar lo que compartimos',
  checking: 'Revisando el código de respuesta…',
  skip: 'Ver lo que comparten hasta ahora',
  noOffer: (name: string) =>
    `El código de ${name} se hizo antes de que existiera “solo si los dos lo nombramos”, así que no hay nada que intercambiar. Ya puedes ver lo que comparten.`,
  noOfferLink: 'Ver lo que comparten',
  failed:
    'No se pudo crear tu código de respuesta aquí. Vuelve atrás y pega otra vez el código de tu pareja.',
  errors: {
    empty: 'Pega el código de respuesta de tu pareja',
    'not-a-code':
      'Esto no parece un código de respuesta. Un código de respuesta empieza por CR1-. Comprueba que lo copiaste completo.',
    'too-long':
      'Esto es demasiado largo para ser un código de respuesta. Comprueba que pegaste solo el código.',
    'other-version':
      'Este código de respuesta se hizo con otra versión de esta app. Pide a tu pareja que abra la app otra vez y cree uno nuevo.',
    damaged:
      'Parece que este código de respuesta está cortado, cambiado o hecho para otra persona. Pide a tu pareja que te lo envíe otra vez, y cópialo completo.',
    'partner-code-instead':
      'Este es un código de pareja, no un código de respuesta. Los códigos de pareja se pegan en la página anterior. Pide el código que empieza por CR1-.',
    'own-reply': 'Este es tu propio código de respuesta. Envíalo a tu pareja y pídele el suyo.',
    'for-older-code':
      'Esta respuesta se hizo para un código de pareja tuyo anterior. Envía a tu pareja tu código de pareja más nuevo y luego pide un código de respuesta nuevo.',
    'from-newer-code':
      'Tu pareja creó un código de pareja nuevo después del que pegaste. Pega primero su código de pareja nuevo y luego su código de respuesta.',
  },
};
