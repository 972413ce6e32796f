import type * as en from '../en/intake.ts';
import type { Localised } from '../catalogue.ts';

export const intakeCopy: Localised<typeof en.intakeCopy> = {
  resume: {
    heading: 'Tienes respuestas a medias',
    body: 'Están guardadas en esta pestaña del navegador.',
    continue: 'Continuar',
    startAgain: 'Borrarlas y empezar de nuevo',
  },
  underEighteen: {
    thanks: 'Gracias por cuidarte. Nada de lo que escribiste se ha guardado en este dispositivo.',
    back: 'Volver al inicio',
  },
};
