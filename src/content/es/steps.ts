import type * as en from '../en/steps.ts';
import type { Localised } from '../catalogue.ts';

/** Nombres de página: también son el título de la pestaña, así que son neutros en un equipo compartido. */
export const stepNames: Localised<typeof en.stepNames> = {
  concerns: 'En qué te gustaría recibir ayuda',
  details: 'Un poco más de detalle',
  relationship: 'Tu relación',
  health: 'Salud y cuerpo',
  goals: 'Lo que esperas',
  preferences: 'Tus preferencias',
};

export const stepCaption: Localised<typeof en.stepCaption> = (position, total) =>
  `Paso ${position} de ${total}`;

export const concernsCopy: Localised<typeof en.concernsCopy> = {
  heading: '¿Con qué te gustaría recibir ayuda?',
  hint: 'Elige todo lo que encaje, aunque tengas dudas. Puedes cambiarlo más tarde.',
  why: 'Esto nos ayuda a sugerirte el tipo de terapeuta adecuado y las preguntas que conviene hacer.',
  notSure: 'Todavía no lo sé',
  preferNot: 'Prefiero no decirlo por ahora',
  preferNotHint: 'Aun así, recibirás consejos generales para elegir bien a tu terapeuta.',
  notSureHint: 'No pasa nada. En terapia te pueden ayudar a encontrar las palabras.',
  otherLegend: 'Algo más',
  other: 'Otra cosa',
  otherLabel: 'Cuéntanos en pocas palabras (opcional)',
  error: 'Elige al menos un tema, o elige “Todavía no lo sé” o “Prefiero no decirlo por ahora”',
  otherTooLong: 'Escribe 200 caracteres o menos',
};

export const detailsCopy: Localised<typeof en.detailsCopy> = {
  heading: 'Cuéntanos un poco más',
  hint: 'Tu terapeuta puede preguntarte por esto en una primera sesión. Pensarlo ahora puede ayudarte. Todas las preguntas de aquí son opcionales.',
  nothingToAdd: 'No elegiste ningún tema, así que aquí no hay nada que añadir. Puedes seguir.',
  duration: '¿Desde hace cuánto tiempo pasa esto?',
  durationLabels: {
    'under-6-months': 'Menos de 6 meses',
    '6-to-12-months': 'De 6 a 12 meses',
    '1-to-5-years': 'De 1 a 5 años',
    'over-5-years': 'Más de 5 años',
    always: 'Desde que tengo memoria',
    'not-sure': 'No lo sé',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  scope: '¿Pasa siempre, o solo a veces?',
  scopeHint:
    'Por ejemplo: solo con una pareja, solo cuando estás a solas, o solo en ciertos momentos.',
  scopeLabels: {
    'every-situation': 'Siempre',
    'some-situations': 'Solo a veces',
    'not-sure': 'No lo sé',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  bother: '¿Cuánto te molesta?',
  botherLabels: {
    'a-little': 'Un poco',
    somewhat: 'Algo',
    'a-lot': 'Mucho',
    'very-much': 'Muchísimo',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  wishes: '¿Qué te gustaría recibir de tu terapeuta?',
  wishesHint: 'Esto es algo para explorar, no un problema que arreglar. Elige lo que encaje.',
  wishLabels: {
    'room-to-explore': 'Espacio para explorar, a mi ritmo',
    'clear-information': 'Información clara y de confianza',
    'feel-accepted': 'Que me acepten tal como soy',
    'practical-ideas': 'Ideas para probar',
    'help-talking-with-others': 'Ayuda para hablarlo con la gente cercana',
    'not-sure': 'Todavía no lo sé',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  /** Se muestra en la página de revisión, junto a lo que la persona eligió. */
  wishesShort: 'De tu terapeuta:',
  primary: '¿Qué es lo más importante para ti ahora?',
  primaryHint: 'Lo pondremos primero en tu resumen. Puedes saltarte esta pregunta.',
  primaryEqual: 'Importan más o menos igual',
  /** Separa “Importan más o menos igual” de los temas. */
  or: 'o',
};

export const relationshipCopy: Localised<typeof en.relationshipCopy> = {
  heading: 'Tu relación',
  status: '¿Qué te describe mejor ahora?',
  statusHint: 'En terapia se pregunta esto para entender tu situación. No hay respuesta correcta.',
  statusLabels: {
    single: 'Sin pareja',
    dating: 'Saliendo con alguien',
    partnered: 'En una relación',
    married: 'En matrimonio o en unión civil',
    'multiple-partners': 'En más de una relación',
    separated: 'En una separación o una ruptura',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  statusError: 'Elige lo que mejor te describe, o elige “Prefiero no decirlo”',
  partner: '¿Te va a acompañar una pareja a la consulta?',
  partnerHint:
    'Hay terapeutas que atienden a la pareja en conjunto, así que esto nos ayuda a sugerir el tipo adecuado.',
  partnerLabels: {
    yes: 'Sí',
    no: 'No, voy a ir por mi cuenta',
    'not-applicable': 'Todavía no lo sé',
  },
  length: '¿Cuánto tiempo lleva la relación? (opcional)',
  lengthLabels: {
    'under-1-year': 'Menos de un año',
    '1-to-5-years': 'De 1 a 5 años',
    '5-to-15-years': 'De 5 a 15 años',
    'over-15-years': 'Más de 15 años',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  unsafe: '¿Alguna vez sientes miedo de una pareja, o de alguien con quien estuviste?',
  unsafeSingle:
    '¿Hay alguien, como una expareja o un familiar, que ahora te haga sentir miedo o en peligro?',
  unsafeSingleHint:
    'Te lo preguntamos para mostrarte primero la ayuda adecuada. Tu respuesta se queda en este dispositivo.',
  unsafeHint:
    'Te lo preguntamos para indicarte primero la ayuda adecuada. Tu respuesta se queda en este dispositivo y nunca se comparte con una pareja.',
  unsafeLabels: {
    yes: 'Sí',
    no: 'No',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  unsafeError: 'Elige una respuesta, o elige “Prefiero no decirlo”',
  unsafeSupport:
    'Gracias por contárnoslo. Mereces estar a salvo. Tu resumen te mostrará con quién puedes hablar hoy, gratis y de forma confidencial.',
  unsafeSupportLink: 'Mira con quién puedes hablar ahora',
};

export const healthCopy: Localised<typeof en.healthCopy> = {
  heading: 'Salud y cuerpo',
  optionalNote: 'Todo este paso es opcional.',
  why: 'La salud, los medicamentos y los hábitos pueden afectar el deseo y la excitación. Saberlo nos ayuda a sugerirte cosas que conviene revisar en una consulta médica.',
  legend: '¿Alguna de estas cosas tiene que ver contigo? (opcional)',
  hint: 'Elige todas las que correspondan.',
  groups: {
    'life-stage': 'Etapa de la vida',
    conditions: 'Problemas de salud',
    medicines: 'Medicamentos',
    habits: 'Hábitos',
  },
  labels: {
    'pregnancy-postpartum': 'Embarazo, o un parto en el último año o dos',
    menopause: 'Menopausia o perimenopausia',
    cancer: 'Cáncer, ahora o en el pasado',
    'chronic-illness':
      'Una enfermedad de larga duración, como diabetes o una enfermedad del corazón',
    disability: 'Una discapacidad o una lesión',
    'chronic-pain': 'Dolor de larga duración',
    antidepressants: 'Antidepresivos o medicamentos para la ansiedad',
    'blood-pressure-medication': 'Medicamentos para la presión arterial',
    'hormonal-medication':
      'Medicamentos hormonales, como la pastilla anticonceptiva o la terapia hormonal',
    alcohol: 'Bebo más alcohol de lo que quisiera',
    'low-activity': 'Últimamente me muevo poco',
  },
  none: 'Nada de esto',
  preferNot: 'Prefiero no decirlo',
  or: 'o',
  exclusiveError:
    'Elige lo que corresponda, o “Nada de esto”, o “Prefiero no decirlo”, pero no ambas cosas',
  skip: 'Saltar este paso',
};

export const goalsCopy: Localised<typeof en.goalsCopy> = {
  heading: 'Lo que esperas',
  legend: '¿Qué te gustaría cambiar? (opcional)',
  hint: 'Elige todas las que correspondan.',
  // Sin "me" ni "mi" donde la vista compartida de la pareja usa la misma etiqueta.
  labels: {
    'understand-what-is-happening': 'Entender qué está pasando',
    'feel-less-anxious': 'Sentir menos preocupación o presión',
    'more-desire': 'Sentir más deseo',
    'more-pleasure': 'Disfrutar más del sexo',
    'less-pain': 'Tener menos dolor',
    'talk-more-openly': 'Hablar de sexo con más confianza',
    'feel-closer': 'Sentir más cercanía con una pareja',
    'rebuild-trust': 'Reconstruir la confianza',
    'agree-as-partners': 'Encontrar puntos en común como pareja',
    'feel-at-ease-with-body': 'Sentirme más a gusto en mi cuerpo',
    'let-go-of-shame': 'Soltar la vergüenza o la culpa',
    'heal-from-the-past': 'Sanar del pasado',
    'explore-identity': 'Explorar quién soy',
    'healthier-relationships': 'Construir relaciones más sanas',
    'not-sure-yet': 'Todavía no lo sé',
  },
  /** Etiquetas para la vista compartida de la pareja, donde una meta no puede decir "yo" ni "mi". */
  sharedLabels: {
    'feel-at-ease-with-body': 'Sentirse más a gusto en el propio cuerpo',
    'explore-identity': 'Explorar la propia identidad',
    'not-sure-yet': 'Aún no está claro',
  },
  better: '¿Cómo sería “mejor” para ti? (opcional)',
  betterHint: 'Basta con una o dos frases. Por ejemplo: “Volvemos a reírnos.”',
  know: '¿Hay algo que quieras que sepa tu terapeuta? (opcional)',
  knowHint: 'Lo que cuesta decir en voz alta puede ser más fácil de escribir.',
  tooLong: 'Escribe 2000 caracteres o menos',
};

export const preferencesCopy: Localised<typeof en.preferencesCopy> = {
  heading: 'Tus preferencias',
  hint: 'Todas las preguntas de aquí son opcionales. Te ayudan a filtrar en los directorios de terapeutas.',
  format: '¿Cómo prefieres reunirte? (opcional)',
  formatLabels: {
    'in-person': 'En persona',
    video: 'Por video',
    either: 'Cualquiera de las dos',
  },
  affirming:
    '¿Es importante para ti que tu terapeuta tenga experiencia con alguno de estos temas y te acoja sin juzgar? (opcional)',
  affirmingHint: 'Elige los que te importen. No tienes que decir por qué.',
  affirmingHints: {
    cnm: 'Poliamor quiere decir más de una relación amorosa a la vez, con el acuerdo de todas las personas.',
  },
  affirmingLabels: {
    lgbtq: 'Personas y relaciones LGBTQ+',
    gender: 'Identidad de género y transición',
    kink: 'Kink y BDSM',
    cnm: 'Relaciones abiertas y poliamor',
    'faith-culture': 'La fe o la cultura propias',
  },
  gender: '¿Prefieres que tu terapeuta sea de algún género en particular? (opcional)',
  genderLabels: {
    woman: 'Una mujer',
    man: 'Un hombre',
    'non-binary': 'Una persona no binaria',
    'no-preference': 'Sin preferencia',
  },
  budget: '¿Cómo podrías pagar? (opcional)',
  budgetHint: 'Elige todas las que correspondan.',
  budgetLabels: {
    insurance: 'Seguro médico',
    'sliding-scale': 'Una tarifa más baja según tus ingresos (escala móvil o “sliding scale”)',
    'self-pay': 'Pago por mi cuenta',
    'not-sure': 'Todavía no lo sé',
  },
  location: 'Tu ciudad, pueblo o estado (opcional)',
  locationHint:
    'En EE. UU., cada estado da su propia licencia para hacer terapia, incluso para sesiones por video. Por ejemplo: Ohio.',
  locationHintElsewhere:
    'Así puedes preguntar si un terapeuta te puede atender donde vives, incluso por video. Por ejemplo: Leeds, o Toronto.',
  language: '¿En qué idioma te gustaría tener las sesiones? (opcional)',
  languageHint: 'Por ejemplo: inglés, español.',
  tooLong: 'Escribe 200 caracteres o menos',
};
