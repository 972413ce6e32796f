import type * as en from '../en/help.ts';
import type { Localised } from '../catalogue.ts';

export const helpCopy: Localised<typeof en.helpCopy> = {
  pageTitle: 'Ayuda',
  title: '¿Necesitas ayuda ahora?',
  lead: 'No tienes que pasar por esto sin compañía. Estos servicios son gratuitos, confidenciales y abiertos a cualquier persona.',
  emergency:
    'Si estás en peligro ahora mismo, llama al 911 en EE. UU., o al número de emergencias de tu zona.',
  more: 'Más apoyo',
  backToStart: 'Volver al inicio',
};
