import type * as en from '../en/check.ts';
import type { Localised } from '../catalogue.ts';

export const checkCopy: Localised<typeof en.checkCopy> = {
  title: 'Revisa tus respuestas',
  lead: 'Tómate un momento para revisar tus respuestas. Puedes cambiar cualquiera de ellas.',
  change: 'Cambiar',
  notAnswered: 'Sin responder',
  none: 'Ninguna opción',
  skipped: 'Omitido',
  rows: {
    concerns: 'Con qué te gustaría recibir ayuda',
    details: 'Detalles',
    primary: 'Lo que más importa',
    relationship: 'Tu relación',
    partner: 'Una pareja que viene contigo',
    length: 'Tiempo de relación',
    unsafe: 'Pregunta sobre seguridad',
    health: 'Salud y cuerpo',
    goals: 'Lo que te gustaría cambiar',
    better: 'Cómo sería estar mejor',
    know: 'Lo que tu terapeuta debería saber',
    format: 'Cómo reunirse',
    affirming: 'Experiencia que te importa',
    gender: 'Género de tu terapeuta',
    budget: 'Cómo podrías pagar',
    location: 'Ciudad, pueblo o estado',
    language: 'Idioma',
  },
  detailsJoin: ' · ',
  primaryEqual: 'Importan más o menos lo mismo',
  continue: 'Ver tu resumen',
};
