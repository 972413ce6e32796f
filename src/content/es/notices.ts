import type * as en from '../en/notices.ts';
import type { Localised } from '../catalogue.ts';

// Spanish words for the notices that say when something saved could not all be read back.
export const noticeCopy: Localised<typeof en.noticeCopy> = {
  loadNotice: {
    unreadable:
      'No pudimos leer las respuestas guardadas en esta pestaña, así que empiezas de cero. Lo sentimos.',
    'newer-version':
      'Tus respuestas guardadas vienen de una versión más nueva de esta app, así que no pudimos abrirlas aquí. Empiezas de cero.',
    partlyRestored:
      'Algunas respuestas guardadas no se pudieron leer, o cambiaron después de guardarse, así que conservamos el resto. Revisa otra vez estas partes:',
    partlyRestoredFromFile:
      'Algunas respuestas de tu archivo no se pudieron leer, o cambiaron después de guardarlo, así que conservamos el resto. Revisa otra vez estas partes:',
    dismiss: 'Entendido, ocultar este mensaje',
  },
  sessionNotice: {
    couple:
      'Una parte de su sesión en pareja guardada en esta pestaña no se pudo leer, o cambió, así que conservamos el resto. Conviene revisar otra vez estas partes:',
    link: 'Una parte de lo que guardaste para el enlace de tu terapeuta no se pudo leer, así que conservamos el resto:',
    owner: (name: string, part: string) => `Respuestas de ${name}: ${part}`,
    partnerOwner: (part: string) => `Respuestas de tu pareja, de su código: ${part}`,
    partnerOwnerAll:
      'Respuestas de tu pareja, de su código. Pide su código otra vez, o vuelve a escribirlo.',
    parts: {
      names: 'sus nombres',
      facts: 'lo que respondieron entre los dos (su relación)',
      progress: 'en qué paso iban',
      marks:
        'lo que estaba marcado “solo para mí”. Por seguridad, ahora todas estas respuestas quedan privadas',
      linkAnswers: 'las respuestas a las preguntas de tu terapeuta',
      ownName: 'tu nombre',
      record: 'todas sus respuestas. Por favor, responde esta parte otra vez',
    },
    linkParts: {
      link: (name: string | null) =>
        `${name ? `Los datos de ${name}` : 'Los datos de tu terapeuta'}, y tus respuestas a sus preguntas. Si todavía los quieres, abre el enlace otra vez.`,
      answer: (question: number) => `Tu respuesta a la pregunta ${question} de tu terapeuta`,
      questionsDone: 'Si terminaste las preguntas de tu terapeuta',
      unknown: 'Una respuesta que no reconocimos',
    },
    // The same names as the couples pages use when a partner gave none.
    defaultNames: { a: 'Persona A', b: 'Persona B' },
  },
  fieldNames: {
    all: 'todas las respuestas',
    unknown: 'una respuesta que no reconocimos',
    who: 'quién está respondiendo',
    concerns: 'en qué te gustaría recibir ayuda',
    primaryConcern: 'lo que más importa',
    concernDetails: 'los detalles de tus temas',
    relationship: 'tu relación',
    partnerTakingPart: 'si tu pareja participa',
    feelsUnsafe:
      'la pregunta sobre si te sientes a salvo (hasta que la respondas otra vez, la tomamos como “Prefiero no decirlo”)',
    health: 'salud y cuerpo',
    affirming: 'lo que te importa en tu terapeuta',
    goals: 'tus metas',
    concernsNotSure: 'si todavía no lo sabes',
    concernsPreferNotToSay: 'si prefieres no decirlo',
    otherConcern: 'cualquier otra cosa en la que te gustaría recibir ayuda',
    relationshipLength: 'cuánto tiempo llevas en tu relación',
    healthSkipped: 'la página de salud y cuerpo',
    healthPreferNotToSay: 'la página de salud y cuerpo',
    betterLooksLike: 'cómo sería estar mejor',
    therapistShouldKnow: 'lo que tu terapeuta debería saber',
    sessionFormat: 'cómo te gustaría tener las sesiones',
    therapistGender: 'el género de tu terapeuta',
    budget: 'cómo pagarías',
    location: 'tu ciudad o zona',
    country: 'el país donde vives',
    language: 'el idioma que prefieres',
    questionNotes: 'tus notas sobre las preguntas para hacer',
    answered: 'qué páginas terminaste',
    ageConfirmed: 'tu respuesta sobre tu edad',
    notebook: 'parte de tus notas de las llamadas con terapeutas',
  },
};
