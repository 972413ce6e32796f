import type * as en from '../en/reasons.ts';
import type { Localised } from '../catalogue.ts';
import type { SessionLanguage } from '../../questionnaire/session-language.ts';
import type { Fact } from '../../rules/reasons.ts';
import { concernCopy } from './concerns.ts';
import { countryInSentence } from './countries.ts';
import { formatList } from '../format.ts';

// Turns a reason into words a user understands: which of their answers led to a suggestion.

/** Fits "Mencionaste …". */
export const healthPhrases: Localised<typeof en.healthPhrases> = {
  'pregnancy-postpartum': 'un embarazo o un parto reciente',
  menopause: 'la menopausia o la perimenopausia',
  cancer: 'cáncer, ahora o en el pasado',
  'chronic-illness': 'una enfermedad de larga duración',
  disability: 'una discapacidad o una lesión',
  'chronic-pain': 'que vives con dolor constante',
  antidepressants: 'que tomas un antidepresivo',
  'blood-pressure-medication': 'que tomas un medicamento para la presión arterial',
  'hormonal-medication':
    'que tomas un medicamento hormonal, como anticonceptivos o terapia hormonal',
  alcohol: 'que el alcohol puede estar influyendo',
  'low-activity': 'que te mueves poco estos días',
};

/** Fits "Te gustaría que tu terapeuta …". */
export const affirmingPhrases: Localised<typeof en.affirmingPhrases> = {
  lgbtq: 'acepte y apoye a las personas LGBTQ+',
  gender: 'respete y apoye la identidad y la expresión de género',
  kink: 'entienda el kink',
  cnm: 'acepte la no monogamia',
  'faith-culture': 'respete la fe y la cultura',
};

/** A whole sentence about the relationship answer. */
export const relationshipSentences: Localised<typeof en.relationshipSentences> = {
  single: 'Dijiste que ahora no tienes pareja.',
  dating: 'Dijiste que estás saliendo con alguien.',
  partnered: 'Dijiste que tienes pareja.',
  married: 'Dijiste que estás en un matrimonio.',
  'multiple-partners': 'Dijiste que tienes más de una pareja.',
  separated: 'Dijiste que te separaste.',
  'prefer-not-to-say': 'Preferiste no decir nada sobre tu relación.',
};

export const whoSentences: Localised<typeof en.whoSentences> = {
  individual: 'Estás respondiendo esto para ti.',
  'couple-together': 'Tú y tu pareja están respondiendo esto en conjunto.',
  'couple-apart': 'Tú y tu pareja están respondiendo esto por separado.',
};

/** A sentence added after the facts for some rules, keyed by rule id. */
export const ruleNotes: Localised<typeof en.ruleNotes> = {
  'everyone-certified': 'Para todas las personas sugerimos terapeutas sexuales con formación.',
  'everyone-crisis': 'Aquí siempre hay ayuda si la necesitas.',
  'everyone-general-questions': 'Vale la pena hacerle estas preguntas a cualquier terapeuta.',
  'unsafe-relationship':
    'Cuando no te sientes a salvo, primero va la ayuda solo para ti. La terapia de pareja puede esperar.',
  'erection-check-up':
    'Los cambios en la erección pueden ser una señal temprana de un problema del corazón o de la circulación. Es más fácil de cuidar si se detecta pronto, así que un chequeo médico es bueno para tu salud en general.',
  'under-18-page': 'Esta app está hecha para personas adultas.',
  'country-not-said':
    'Por eso mostramos primero las líneas de ayuda de Estados Unidos, con las de otros países muy cerca.',
  'sessions-in-spanish':
    'Por eso sumamos el filtro de idioma del directorio a tus palabras de búsqueda, y una pregunta para la llamada.',
};

const quote = (text: string) => `“${text}”`;

/** A whole sentence for each language the language answer can ask for. */
const sessionsInSentences: Record<SessionLanguage, string> = {
  spanish: 'Te gustaría tener tus sesiones en español.',
};

/** The sentences for a list of facts, grouped so several concerns read as one sentence. */
export const factSentences: Localised<typeof en.factSentences> = (facts: readonly Fact[]) => {
  const sentences: string[] = [];
  const concerns: string[] = [];
  let hasPrimary = false;
  const health: string[] = [];
  const affirming: string[] = [];
  for (const fact of facts) {
    switch (fact.kind) {
      case 'concern':
        if (fact.primary) {
          hasPrimary = true;
          sentences.push(
            `Elegiste ${quote(concernCopy[fact.concern].label)} como lo que más te importa.`,
          );
        } else concerns.push(quote(concernCopy[fact.concern].label));
        break;
      case 'health':
        health.push(healthPhrases[fact.item]);
        break;
      case 'affirming':
        affirming.push(affirmingPhrases[fact.need]);
        break;
      case 'relationship':
        sentences.push(relationshipSentences[fact.relationship]);
        break;
      case 'partner-taking-part':
        sentences.push('Tu pareja está participando.');
        break;
      case 'feels-unsafe':
        sentences.push('Nos contaste que alguien te hace sentir miedo o que no estás a salvo.');
        break;
      case 'who':
        sentences.push(whoSentences[fact.who]);
        break;
      case 'country':
        sentences.push(
          fact.country === null
            ? 'No dijiste dónde vives.'
            : fact.country === 'other'
              ? 'Dijiste que vives en un lugar distinto de los países de nuestra lista.'
              : `Dijiste que vives en ${countryInSentence[fact.country]}.`,
        );
        break;
      case 'sessions-in':
        sentences.push(sessionsInSentences[fact.language]);
        break;
      case 'always':
      case 'under-18':
        break;
    }
  }
  if (concerns.length > 0) {
    sentences.push(`${hasPrimary ? 'También elegiste' : 'Elegiste'} ${formatList(concerns)}.`);
  }
  if (health.length > 0) sentences.push(`Mencionaste ${formatList(health)}.`);
  if (affirming.length > 0) {
    sentences.push(`Te gustaría que tu terapeuta ${formatList(affirming)}.`);
  }
  return sentences;
};

/** A reason in plain words, for example "Elegiste “Dolor durante o después del sexo” como lo que más te importa." */
export const reasonText: Localised<typeof en.reasonText> = (reason) => {
  const sentences = [...factSentences(reason.facts)];
  const note = ruleNotes[reason.ruleId];
  if (note !== undefined) sentences.push(note);
  return sentences.join(' ');
};
