import type * as en from '../en/plan.ts';
import type { Localised } from '../catalogue.ts';
import type { AffirmingNeed, HealthItem } from '../../questionnaire/ids.ts';
import { concernCopy } from './concerns.ts';
import { formatList, plural } from '../format.ts';

// The plan at the top of the summary: what to ask first, how to open the call, what to listen
// for, and what to bring. Words only; the rules (src/rules/shortlist-table.ts, listen-for.ts)
// choose and order.

export const planCopy: Localised<typeof en.planCopy> = {
  startHeading: 'Empieza con estas',
  startLead:
    'Una llamada gratuita es corta. Estas preguntas son las que más te importan, así que hazlas primero.',
  therapistWhy: (name) => `${name} preguntó esto. Ten tu respuesta a mano.`,
  moveOut: 'Preguntar después',
  moveIn: 'Preguntar primero',
  movedOut: 'Se movió a más preguntas.',
  movedIn: 'Se agregó a “Empieza con estas”.',
  emptyShortlist:
    'Todavía no hay preguntas aquí. Agrega algunas desde “Más preguntas que podrías hacer”.',
  openingHeading: 'Cómo empezar la llamada',
  openingLabel: 'Léelas en voz alta, o cámbialas por tus propias palabras.',
  openingReset: 'Volver a las palabras sugeridas',
  listenHeading: 'A qué prestar atención',
  goodHeading: 'Buenas señales',
  warningHeading: 'Razones para irte',
  moreHeading: 'Más preguntas que podrías hacer',
  moreSummary: (count) =>
    `Mostrar ${count} ${plural(count, { one: 'pregunta más', other: 'preguntas más' })}`,
  bringHeading: 'Qué llevar a tu primera sesión',
  ownWordsSubheading: 'Lo que nos contaste, con tus propias palabras',
  topicsRow: 'Con qué te gustaría recibir ayuda',
  wishesRow: (topic) => `Lo que te gustaría de tu terapeuta, sobre ${topic}`,
  actionsTopLabel: 'Imprimir o guardar este plan',
};

/** In a few words, why a question made the shortlist. Keyed by shortlist rule id (every
 * `main-topic-…` row shares the `main-topic` words). */
export const shortlistWhy: Localised<typeof en.shortlistWhy> = {
  'main-topic': 'Sobre lo que más te importa',
  'unsafe-one-to-one': 'Tu seguridad es lo primero',
  licence: 'Cualquier terapeuta necesita una licencia',
  training: 'Tener licencia no es lo mismo que tener formación en terapia sexual',
  'language-spanish': 'Quieres tus sesiones en español',
  couples: 'Vas en pareja, o se trata de tu relación',
  'affirming-lgbtq': 'Quieres a alguien que esté a gusto con las personas LGBTQ+',
  'affirming-gender': 'Quieres a alguien que esté a gusto con la identidad de género',
  'affirming-kink': 'Quieres a alguien que esté a gusto con el kink',
  'affirming-cnm': 'Quieres a alguien que esté a gusto con las relaciones abiertas',
  'affirming-faith': 'Tu fe o tu cultura importan aquí',
  'budget-insurance': 'Te gustaría usar tu seguro',
  'budget-sliding-scale': 'Preguntaste por una tarifa más baja',
  'budget-self-pay': 'Piensas pagar por tu cuenta',
  video: 'Te gustarían sesiones por video',
  'body-teamwork': 'Puede que esto tenga un lado físico',
  medicines: 'Algunos medicamentos pueden afectar la vida sexual',
  approach: 'Para saber cómo trabaja',
  cost: 'Para saber el costo antes de empezar',
};

export const signCopy: Localised<typeof en.signCopy> = {
  'safety-asked': 'Te pregunta por tu seguridad, y primero te ofrece ayuda individual.',
  'both-heard': 'Escucha a los dos por igual, incluso cuando quieren cosas distintas.',
  'heard-not-judged': 'Sentiste que te escuchaba, y que no te juzgaba.',
  'plain-answers':
    'Respondió con claridad sobre su licencia, su formación y su experiencia con tu tema.',
  'approach-fits': 'Cómo trabaja, y los ejercicios entre sesiones, te parecen bien.',
  'practical-fits': 'El costo y los horarios te funcionan.',
  'gut-feeling': 'Tu instinto te dice que podrías hablar con esa persona.',
  'change-orientation':
    'Cualquier insinuación de cambiar tu orientación o tu identidad de género. Eso es una razón para irte.',
  'kink-as-problem': 'Trata el kink en sí como el problema, o te hace sentir vergüenza por él.',
  'shaming-cnm': 'Trata una relación abierta como algo malo en sí.',
  'shaming-faith': 'Se burla de tu fe o de tu cultura, o te presiona para que la dejes.',
  'shaming-who-you-are': 'Te hace sentir vergüenza por quién eres o por lo que disfrutas.',
  'pushes-couples-work': 'Insiste en sesiones de pareja antes de que te sientas a salvo.',
  'touch-or-nudity':
    'Cualquier mención de tocar, desnudarse o tener sexo en una sesión. La terapia sexual es solo conversación.',
  'quick-cure': 'Promete una cura rápida o garantizada.',
  'no-licence': 'No puede decirte qué licencia tiene.',
  'no-confidentiality-or-fees': 'No quiere decir cómo protege tu privacidad, ni cuánto cuesta.',
};

// Fits "alguien que …": the opening speaks of the therapist, not to them, so it needs neither
// tú nor usted.
const affirmingWords: Record<AffirmingNeed, string> = {
  lgbtq: 'acoja bien a las personas LGBTQ+',
  gender: 'esté a gusto con la identidad de género',
  kink: 'entienda el kink',
  cnm: 'acepte la no monogamia',
  'faith-culture': 'respete la fe y la cultura',
};

/** Two or three sentences to open the call, from the answers. The person can rewrite them. */
export const openingSentences: Localised<typeof en.openingSentences> = (answers, therapistName) => {
  const we = answers.who !== 'individual';
  const topics = [
    ...(answers.primaryConcern ? [answers.primaryConcern] : []),
    ...answers.concerns.filter((id) => id !== answers.primaryConcern),
  ];
  const named = topics.slice(0, 2).map((id) => concernCopy[id].short);
  if (topics.length > 2) named.push('algunas otras cosas');
  const hello = therapistName ? `Hola, ${therapistName}. ` : 'Hola. ';
  const help =
    named.length > 0
      ? `${we ? 'Buscamos' : 'Busco'} ayuda con ${formatList(named)}.`
      : `${we ? 'Nos' : 'Me'} gustaría hablar del sexo y la intimidad en ${we ? 'nuestra' : 'mi'} vida.`;
  const lines = [hello + help];
  if (answers.affirming.length > 0) {
    const wants = formatList(answers.affirming.map((id) => affirmingWords[id]));
    lines.push(`${we ? 'Nos' : 'Me'} importa encontrar a alguien que ${wants}.`);
  }
  lines.push(
    we
      ? 'Nos gustaría hacer algunas preguntas para ver si esta es la terapia adecuada para nuestra pareja.'
      : 'Me gustaría hacer algunas preguntas para ver si encajamos bien.',
  );
  return lines.join(' ');
};

const medicineWords: Partial<Record<HealthItem, string>> = {
  antidepressants: 'tu antidepresivo o tu medicamento para la ansiedad',
  'blood-pressure-medication': 'tu medicamento para la presión arterial',
  'hormonal-medication': 'tu medicamento hormonal',
};

/** What to bring, carried over from the answers where they hold it. */
export const bringLines: Localised<typeof en.bringLines> = (answers) => {
  const named = answers.health.flatMap((item) => medicineWords[item] ?? []);
  return [
    named.length > 0
      ? `Una lista de todos los medicamentos que tomas, incluyendo ${formatList(named)}. Agrega los que compras sin receta y cualquier suplemento.`
      : 'Una lista de todos los medicamentos que tomas, también los que compras sin receta, y cualquier suplemento.',
    'Lo que ya probaste para esto, y cómo te fue.',
    'Cualquier estrés fuerte de los últimos tiempos, como el trabajo, el dinero, la familia o la salud.',
    'Una nota con tus preguntas y con lo que te gustaría cambiar.',
  ];
};

/** "Your next steps" when a therapist's link brought the person here. */
export const linkNextSteps: Localised<typeof en.linkNextSteps> = {
  consult: (name) =>
    `Tu llamada gratuita es con ${name}. Empieza con las preguntas de arriba, y márcalas a medida que avanzas.`,
  listen:
    'Después, piensa en las señales de arriba. Está bien decir que no es la persona adecuada.',
  ifNotFit: (titles) =>
    `Si no te parece bien, busca terapeutas que ofrezcan ${titles}. Las palabras de búsqueda de abajo te ayudan.`,
};
