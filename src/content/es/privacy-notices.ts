import type * as en from '../en/privacy-notices.ts';
import type { Localised } from '../catalogue.ts';
import { plural } from '../format.ts';

// Words the page frame shows on every page (the exit button, storage notices). Kept apart from
// the privacy pages' words so the first load carries only these.

export const exitCopy: Localised<typeof en.exitCopy> = {
  /** Read out as the person presses Shift, so no one leaves by surprise. */
  shiftCount: (left) =>
    left === 1
      ? 'Presiona Mayús 1 vez más para salir de esta página.'
      : `Presiona Mayús ${left} veces más para salir de esta página.`,
  leaving: 'Saliendo de esta página.',
};

export const storageNoticeCopy: Localised<typeof en.storageNoticeCopy> = {
  forgotten: (days) =>
    `Tus respuestas guardadas se olvidaron porque nadie volvió en ${days} ${plural(days, { one: 'día', other: 'días' })}. Eso fue lo que elegiste. Puedes empezar de nuevo.`,
  'locked-unreadable':
    'No pudimos abrir las respuestas protegidas que estaban guardadas en este dispositivo, así que las quitamos. Lo sentimos. Puedes empezar de nuevo.',
  'not-opened':
    'No pudimos abrir ahora las respuestas guardadas en este navegador. Siguen ahí, a salvo. Vuelve a cargar la página para intentarlo otra vez. Hasta entonces, las respuestas nuevas no se guardarán.',
  'settings-reset': (days) =>
    `No pudimos leer cómo querías guardar tus respuestas, así que las guardamos en este dispositivo por ${days} ${plural(days, { one: 'día', other: 'días' })}. Puedes cambiarlo en la página de Privacidad.`,
  noSave: 'Elegiste no guardar tus respuestas. Si recargas o cierras esta página, se pierden.',
  changeLink: 'Cambiar cómo se guardan las respuestas',
  dismiss: 'Entendido, ocultar este mensaje',
};
