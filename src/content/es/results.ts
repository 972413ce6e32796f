import type * as en from '../en/results.ts';
import type { Localised } from '../catalogue.ts';
import { plural } from '../format.ts';

export const resultsCopy: Localised<typeof en.resultsCopy> = {
  title: 'El resumen para tu consulta',
  pageName: 'Tu resumen',
  lead: 'Tu plan para una primera llamada gratuita, y qué buscar al elegir terapeuta.',
  nextStepsHeading: 'Tus próximos pasos',
  nextSteps: {
    lookFor: (titles: string) =>
      `Busca terapeutas que ofrezcan ${titles}. Las palabras de búsqueda de abajo sirven en los directorios en línea.`,
    book: 'Reserva una primera llamada gratuita con dos o tres terapeutas. Es normal hablar con varias personas hasta dar con quien encaje contigo.',
    ask: 'Empieza por las preguntas de arriba, y márcalas a medida que avances.',
    doctor: (titles: string) => `Consulta con un médico u otro profesional sobre ${titles}.`,
  },
  safetyHeading: 'Apoyo que puedes encontrar hoy',
  specialtiesHeading: 'Qué buscar al elegir terapeuta',
  specialtiesLead: 'Lo más útil primero. No hace falta que quien elijas cumpla todos los puntos.',
  whyToggle: 'Por qué te lo sugerimos',
  searchWords: 'Palabras para buscar en directorios de terapeutas',
  credentials: 'Formación y credenciales que conviene comprobar',
  questionsHeading: 'Preguntas para hacer en una consulta gratuita',
  questionsLead:
    'La mayoría de terapeutas ofrecen una llamada corta y gratuita, a menudo de 15 a 20 minutos, para ver si encajan contigo. Elige las preguntas que más te importan. Puedes marcar, cambiar, quitar y añadir preguntas.',
  referralsHeading: 'Qué consultar con un médico',
  referralsLead:
    'En terapia sexual se trabaja junto con médicos y fisioterapeutas. Estas revisiones pueden ayudar.',
  goals: 'Lo que te gustaría cambiar',
  better: 'Cómo sería estar mejor',
  know: 'Lo que quieres que sepa tu terapeuta',
  other: 'Otra cosa que mencionaste',
  actionsHeading: 'Guardar o imprimir tu resumen',
  print: 'Imprimir o guardar como PDF',
  copy: 'Copiar el resumen como texto',
  copied: 'Resumen copiado. Puedes pegarlo en una nota o en un correo para ti.',
  copyFailed: 'No se pudo copiar en este navegador. Usa “Descargar el resumen”.',
  downloadSummary: 'Descargar el resumen (archivo de texto)',
  downloadAnswers: 'Descargar mis respuestas (para abrirlas otra vez más tarde)',
  summaryFileName: 'resumen-para-la-consulta.md',
  changeAnswers: 'Cambiar tus respuestas',
  rank: (position: number) => `Sugerencia ${position}`,
};

export const checklistCopy: Localised<typeof en.checklistCopy> = {
  edit: 'Editar',
  editLabel: 'Editar esta pregunta',
  save: 'Guardar',
  cancel: 'Cancelar',
  remove: 'Quitar',
  removed: 'Pregunta quitada.',
  restored: 'Las preguntas quitadas volvieron.',
  saved: 'Pregunta guardada.',
  added: 'Pregunta añadida.',
  restore: (count: number) =>
    `Recuperar ${count} ${plural(count, { one: 'pregunta quitada', other: 'preguntas quitadas' })}`,
  ownHeading: 'Tus propias preguntas',
  addLabel: 'Añade una pregunta propia',
  addButton: 'Añadir pregunta',
  emptyError: 'Primero escribe una pregunta',
  tooLong: 'Escribe 200 caracteres como máximo',
  limit: 'Ya añadiste todas las preguntas que caben en esta lista.',
  question: 'Pregunta',
};
