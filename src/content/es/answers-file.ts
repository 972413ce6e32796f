import type * as en from '../en/answers-file.ts';
import type { Localised } from '../catalogue.ts';

export const answersFileCopy: Localised<typeof en.answersFileCopy> = {
  problems: {
    'too-large':
      'Este archivo es demasiado grande para ser un archivo de respuestas. Elige el archivo que guardó esta app.',
    'not-json':
      'No se pudo leer este archivo. Puede estar dañado, o puede que no sea un archivo guardado por esta app.',
    'wrong-format':
      'Esto no parece un archivo guardado por esta app. Elige el archivo de respuestas que guardó.',
    'newer-version':
      'Este archivo lo guardó una versión más nueva de esta app, así que no se puede abrir aquí.',
    'nothing-readable':
      'No se pudo leer ninguna de las respuestas de este archivo. Puede estar dañado. Si tienes otra copia, elígela.',
    empty: 'El archivo está vacío. Elige el archivo de respuestas que guardó esta app.',
  },
};
