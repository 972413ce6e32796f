import type * as en from '../en/countries.ts';
import type { Localised } from '../catalogue.ts';

// The country question, asked on the start page and on every results page. Kept apart from
// the help lines, so the start page loads only these few words.

/** The choices, as a person picks one. */
export const countryNames: Localised<typeof en.countryNames> = {
  us: 'Estados Unidos',
  ca: 'Canadá',
  uk: 'Reino Unido',
  ie: 'Irlanda',
  au: 'Australia',
  nz: 'Nueva Zelanda',
  other: 'En otro lugar',
};

/** Fits "… para {name}" and "Dijiste que vives en {name}". */
export const countryInSentence: Localised<typeof en.countryInSentence> = {
  us: 'Estados Unidos',
  ca: 'Canadá',
  uk: 'el Reino Unido',
  ie: 'Irlanda',
  au: 'Australia',
  nz: 'Nueva Zelanda',
  other: 'otro lugar',
};

export const countryQuestion: Localised<typeof en.countryQuestion> = {
  legend: '¿Dónde vives? (opcional)',
  hint: 'Las líneas de ayuda y la formación que conviene revisar cambian según el país. Solo usamos lo que elijas aquí, y se queda en este dispositivo.',
  notSay: 'Prefiero no decirlo',
};
