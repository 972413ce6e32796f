import type * as en from '../en/start.ts';
import type { Localised } from '../catalogue.ts';

export const startCopy: Localised<typeof en.startCopy> = {
  pageTitle: 'Inicio',
  title: 'Prepárate para una primera consulta',
  lead: 'Responde unas preguntas a tu ritmo. Te sugeriremos qué tipo de terapeuta buscar y qué preguntar en una primera llamada gratuita, para que llegues con tus ideas en orden.',
  timeNeeded: 'Se tarda unos 10 minutos. Puedes saltarte lo que prefieras no responder.',
  aboutHeading: 'Qué es la terapia sexual, y qué no es',
  about: [
    'Es terapia de conversación sobre sexo, intimidad y relaciones, con una persona formada en terapia.',
    'En una sesión nunca hay desnudos, contacto físico ni actividad sexual. Nunca.',
    'Es para cualquier persona: gente sin pareja, gente con pareja y parejas. No necesitas tener un “problema” para ir.',
    'Las tareas, si las hay, se hacen en casa, en privado y a tu ritmo.',
  ],
  privacyHeading: 'Tus respuestas se quedan contigo',
  privacy: [
    'Todo lo que escribes se queda en este dispositivo. No se envía nada a ninguna parte, y no hay cuentas.',
    'Puedes borrar tus respuestas cuando quieras, y salir rápido de esta página con el botón para salir.',
  ],
  /** Tras una salida rápida: las respuestas guardadas siguen cerradas hasta que la persona las abre. */
  saved: {
    heading: 'Hay respuestas guardadas en este dispositivo',
    body: 'Siguen cerradas hasta que decidas abrirlas.',
    locked: 'Vas a necesitar tu frase de contraseña para abrirlas.',
    continue: 'Continuar donde lo dejaste',
    startAgain: 'Borrarlas y empezar de nuevo',
  },
  formHeading: 'Antes de empezar',
  who: {
    legend: '¿Quién va a responder?',
    options: {
      individual: { label: 'Solo yo' },
      'couple-together': {
        label: 'Mi pareja y yo, en este mismo dispositivo',
        hint: 'Cada persona responde por turnos. Lo que se marque como privado sigue siendo privado.',
      },
      'couple-apart': {
        label: 'Mi pareja y yo, cada quien en su dispositivo',
        hint: 'Cada persona responde por su cuenta, y después se comparte un código para comparar.',
      },
    },
    error: 'Elige quién va a responder',
  },
  age: {
    legend: '¿Tienes 18 años o más?',
    hint: 'Esta guía está escrita para personas adultas.',
    yes: 'Sí, tengo 18 años o más',
    no: 'No, tengo menos de 18 años',
    error: 'Dinos si tienes 18 años o más',
  },
  startButton: 'Empezar',
  importHeading: '¿Ya empezaste en otro lugar?',
  importHint:
    'Si antes guardaste tus respuestas en un archivo, puedes abrirlo aquí. El archivo se queda en este dispositivo.',
  importLabel: 'Abrir un archivo de respuestas guardado',
  importUnavailable:
    'No se pudo abrir el archivo ahora. Vuelve a cargar la página e inténtalo otra vez.',
  importKeptNote: 'Nada de lo que ya habías escrito cambió.',
};
