import type * as en from '../en/question-text.ts';
import type { Localised } from '../catalogue.ts';
import { concernCopy } from './concerns.ts';
import { questionCopyByCountry } from './place-credentials.ts';
import { questionCopy, sharedQuestionCopy } from './questions.ts';
import { formatList } from '../format.ts';

// El mismo marcador que en inglés: las preguntas españolas lo llevan tal cual.
export const concernPlaceholder: Localised<typeof en.concernPlaceholder> = '{concern}';

/** Una pregunta a medida nombra uno o dos temas; con más, pregunta con palabras generales. */
export const maxNamedConcerns: Localised<typeof en.maxNamedConcerns> = 2;

export const questionTopicCopy: Localised<typeof en.questionTopicCopy> = {
  'licence-training': { heading: 'Licencia y formación' },
  'your-concern': { heading: 'Con qué quieres ayuda' },
  approach: { heading: 'Su forma de trabajar' },
  safety: { heading: 'Tu seguridad' },
  couples: { heading: 'El trabajo con parejas' },
  body: { heading: 'El lado físico' },
  inclusivity: { heading: 'Que te entiendan' },
  practical: { heading: 'Costo, tiempo y privacidad' },
};

/** "a" o "a y b". */
export const listConcerns: Localised<typeof en.listConcerns> = (concerns) =>
  formatList(concerns.map((id) => concernCopy[id].short));

/** Las palabras de una pregunta para el lugar del elemento: la licencia se pregunta en los términos de ese país. */
export const questionCopyFor: Localised<typeof en.questionCopyFor> = (item) => {
  const place = item.place;
  const local = place && place !== 'us' && place !== 'not-said' ? questionCopyByCountry[place] : {};
  return { ...questionCopy[item.id], ...local[item.id] };
};

/**
 * Las palabras de una pregunta, con los temas de la persona donde la pregunta los nombra.
 * `shared` da las palabras de la vista de la pareja, que dice "nosotros", nunca "yo".
 */
export const questionText: Localised<typeof en.questionText> = (item, shared = false) => {
  const copy = shared
    ? { ...questionCopyFor(item), ...sharedQuestionCopy[item.id] }
    : questionCopyFor(item);
  if (!copy.text.includes(concernPlaceholder)) return copy.text;
  if (item.concerns.length === 0 || item.concerns.length > maxNamedConcerns) {
    return copy.fallback ?? copy.text;
  }
  return copy.text.replace(concernPlaceholder, listConcerns(item.concerns));
};
