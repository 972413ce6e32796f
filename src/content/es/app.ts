import type * as en from '../en/app.ts';
import type { Localised } from '../catalogue.ts';

// Spanish words for the page frame and the things every page shares.
export const appCopy: Localised<typeof en.appCopy> = {
  serviceName: 'Preparar la consulta',
  titleSuffix: 'Preparar la consulta',
  skipLink: 'Saltar al contenido principal',
  /** Names the header's links to help, for screen readers. */
  helpNav: 'Ayuda',
  needHelpNow: '¿Necesitas ayuda ahora?',
  exit: 'Salir de esta página',
  exitHint: 'O presiona la tecla Shift (Mayús) tres veces',
  footerNav: 'Sobre esta app',
  footerLinks: {
    notes: 'Mis notas',
    privacy: 'Privacidad',
    stayingSafe: 'Cómo protegerte en internet',
    deleteAnswers: 'Borrar todo',
    forTherapists: 'Para terapeutas',
  },
  footerNote: 'Tus respuestas se quedan en este dispositivo. No se envía nada a ningún sitio.',
  errorSummaryTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  continue: 'Continuar',
  back: 'Atrás',
  optional: '(opcional)',
  /** A question's words with the optional mark, as legends show them. */
  withOptional: (question: string) => `${question} (opcional)`,
  whyWeAsk: 'Por qué lo preguntamos:',
};

export const pageTitle: Localised<typeof en.pageTitle> = (name: string) =>
  `${name} – ${appCopy.titleSuffix}`;
