import type * as en from '../en/privacy.ts';
import type { Localised } from '../catalogue.ts';
import { PASSPHRASE_MIN } from '../../storage/storage-settings.ts';

export const storageModeCopy: Localised<typeof en.storageModeCopy> = {
  session: {
    label: 'Guardarlas solo en esta pestaña',
    hint: 'Tus respuestas se olvidan cuando cierras esta pestaña. Es lo más seguro en un dispositivo compartido.',
    short: 'Tus respuestas se guardan solo en esta pestaña. Se olvidan cuando la cierras.',
  },
  device: {
    label: 'Guardarlas en este dispositivo',
    hint: 'Puedes cerrar el navegador y volver más tarde. Cualquier persona que use este dispositivo y este navegador podría verlas, a menos que las protejas con una frase de contraseña.',
    short: 'Tus respuestas se guardan en este dispositivo.',
  },
  none: {
    label: 'No guardarlas',
    hint: 'No se guarda nada en este dispositivo. Si recargas o cierras esta página, tus respuestas se pierden.',
    short: 'Tus respuestas no se guardan. Si recargas o cierras esta página, se pierden.',
  },
};

export const storageFormCopy: Localised<typeof en.storageFormCopy> = {
  heading: 'Cómo guardar tus respuestas',
  change: 'Cambiar cómo se guardan tus respuestas',
  legend: '¿Dónde guardamos tus respuestas?',
  hint: 'Puedes cambiar esto cuando quieras en la página de Privacidad.',
  daysLabel: 'Olvidar mis respuestas si no vuelvo en este número de días',
  daysHint: 'Escribe un número del 1 al 365.',
  daysError: 'Escribe un número de días del 1 al 365',
  lockLabel: 'Proteger mis respuestas con una frase de contraseña',
  lockHint:
    'Así nadie puede leerlas sin ella. Nunca guardamos tu frase de contraseña, así que no podemos ayudarte a recuperarla.',
  keepLockLabel: 'Mantener mi frase de contraseña actual',
  passphraseLabel: 'Frase de contraseña',
  passphraseHint: `Al menos ${PASSPHRASE_MIN} caracteres. Unas cuantas palabras que vayas a recordar funcionan bien. Puedes pegarla.`,
  passphraseError: `Escribe una frase de contraseña de al menos ${PASSPHRASE_MIN} caracteres`,
  confirmLabel: 'Escribe la frase de contraseña otra vez',
  confirmError: 'Las dos frases de contraseña no son iguales',
  showPassphrase: 'Mostrar la frase de contraseña',
  save: 'Guardar esta opción',
  saving: 'Guardando…',
  saved: 'Se guardó.',
  deviceUnavailable:
    'Este navegador no nos deja guardar en este dispositivo, así que tus respuestas se quedan solo en esta pestaña.',
  forgetOn: (date) => `Si no vuelves, se olvidarán el ${date}.`,
  locked: 'Están protegidas con tu frase de contraseña.',
  /** After a quick exit, changing how answers are kept waits until they are open again. */
  closed:
    'Tus respuestas guardadas están cerradas por ahora. Para cambiar cómo se guardan, primero ábrelas con “Continuar donde lo dejaste” en la página de inicio.',
  closedLink: 'Ir a la página de inicio',
};
