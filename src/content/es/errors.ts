import type * as en from '../en/errors.ts';
import type { Localised } from '../catalogue.ts';

export const errorCopy: Localised<typeof en.errorCopy> = {
  notFoundTitle: 'Página no encontrada',
  notFoundBody:
    'No pudimos encontrar esa página. Puede que la dirección tenga un error, o que la página se haya movido.',
  notFoundStart: 'Ir al inicio',
  notFoundContinue: 'Continuar donde lo dejaste',
  crashTitle: 'Algo salió mal',
  crashBody:
    'Tus respuestas siguen aquí. Vuelve a intentarlo, o guarda una copia de tus respuestas por si acaso.',
  retry: 'Intentar de nuevo',
  download: 'Descargar mis respuestas',
};
