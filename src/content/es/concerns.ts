import type * as en from '../en/concerns.ts';
import type { Localised } from '../catalogue.ts';

// `short` fits inside a sentence after "con" ("ayuda con {short}"), and into the questions'
// {concern}. It carries no leading "el", so "de {short}" and "a {short}" never need "del"/"al".

/** A concern's label as the shared couples view shows it. */
export const sharedConcernLabel: Localised<typeof en.sharedConcernLabel> = (id) =>
  concernCopy[id].shared ?? concernCopy[id].label;

export const concernCopy: Localised<typeof en.concernCopy> = {
  'low-desire': { label: 'Poco o ningún deseo sexual', short: 'poco deseo sexual' },
  'desire-discrepancy': {
    label: 'Queremos sexo con distinta frecuencia',
    short: 'diferencias de deseo en la pareja',
  },
  'sexless-relationship': {
    label: 'Poco o nada de sexo en nuestra relación',
    short: 'una relación con poco o nada de sexo',
  },
  'erectile-difficulty': {
    label: 'Lograr o mantener una erección',
    short: 'problemas de erección',
  },
  'early-ejaculation': {
    label: 'Eyacular antes de lo que me gustaría',
    short: 'eyaculación precoz',
    shared: 'Eyacular antes de lo deseado',
  },
  'delayed-ejaculation': {
    label: 'Dificultad para eyacular, o no poder hacerlo',
    short: 'eyaculación retardada',
  },
  'orgasm-difficulty': {
    label: 'Dificultad para llegar al orgasmo, o no poder llegar',
    short: 'dificultad para llegar al orgasmo',
  },
  'sexual-pain': { label: 'Dolor durante o después del sexo', short: 'dolor durante el sexo' },
  'arousal-difficulty': {
    label: 'Dificultad para excitarse o mantener la excitación',
    short: 'dificultad para excitarse',
  },
  'sexual-anxiety': {
    label: 'Preocupación, presión o nervios en torno al sexo',
    short: 'ansiedad o presión en torno al sexo',
  },
  communication: {
    label: 'Me cuesta hablar de sexo y de lo que necesito',
    short: 'comunicación sobre sexo y necesidades',
    shared: 'Cuesta hablar de sexo y de lo que se necesita',
  },
  reconnection: {
    label: 'Querer sentir cercanía otra vez y encontrar nuevas formas de conectar',
    short: 'reconexión como pareja',
  },
  enhancement: {
    label: 'Ningún problema en sí: quiero más placer y confianza',
    short: 'más placer y confianza en el sexo',
    shared: 'Ningún problema en sí: ganas de más placer y confianza',
  },
  'affair-recovery': {
    label: 'Sanar después de una infidelidad o de una pérdida de confianza',
    short: 'recuperación tras una infidelidad',
  },
  'sexual-trauma': {
    label: 'Sanar de un trauma sexual o de un pasado sexual doloroso',
    short: 'recuperación tras un trauma sexual',
  },
  'abuse-recovery': {
    label: 'Recuperarse de una relación abusiva',
    short: 'recuperación tras el abuso',
  },
  'intimacy-blocks': {
    label: 'Algo dentro de mí me frena ante la intimidad',
    short: 'bloqueos internos ante la intimidad',
    shared: 'Algo por dentro frena la intimidad',
  },
  shame: {
    label: 'Vergüenza o culpa sobre el sexo, por la familia, la fe o la cultura',
    short: 'vergüenza o culpa sobre el sexo',
  },
  'body-image': {
    label: 'Cómo me siento con mi cuerpo, o con el de mi pareja',
    short: 'imagen corporal',
    shared: 'Cómo se siente cada persona con su cuerpo, o con el de su pareja',
  },
  postpartum: {
    label: 'Cambios después del embarazo o el parto',
    short: 'cambios tras el embarazo y el parto',
  },
  menopause: {
    label: 'Cambios con la menopausia o la perimenopausia',
    short: 'cambios con la menopausia',
  },
  aging: { label: 'La intimidad cambia con los años', short: 'sexo e intimidad con los años' },
  'illness-disability': {
    label: 'Cáncer, enfermedad, discapacidad o lesión que afecta la vida sexual',
    short: 'sexo con una enfermedad o discapacidad',
  },
  'kink-interests': {
    label: 'Explorar el kink, el BDSM u otros gustos menos comunes',
    short: 'kink y gustos menos comunes',
  },
  'interest-mismatch': {
    label: 'En la pareja, a una persona le gusta probar más cosas que a la otra',
    short: 'gustos distintos en el sexo',
  },
  'opening-relationship': {
    label: 'Abrir nuestra relación',
    short: 'abrir una relación',
    hint: 'La no monogamia consensuada es tener más de una pareja, con el acuerdo de todas las personas.',
  },
  'gender-identity': {
    label: 'Explorar la identidad de género, su expresión o los roles',
    short: 'explorar la identidad de género',
  },
  'sexual-orientation': {
    label: 'Explorar mi orientación sexual o mi identidad',
    short: 'explorar la orientación sexual',
    shared: 'Explorar la orientación sexual o la identidad',
  },
  'partner-choice': {
    label: 'Elegir bien a las parejas y construir relaciones estables',
    short: 'elegir pareja y construir relaciones estables',
  },
  'parenting-talk': {
    label: 'Hablar con mis hijos de sexo y del cuerpo',
    short: 'hablar de sexo con los hijos',
    shared: 'Hablar con los hijos de sexo y del cuerpo',
  },
  'compulsive-behavior': {
    label: 'Conducta sexual que siento fuera de mi control',
    short: 'conducta sexual que se siente fuera de control',
    shared: 'Conducta sexual que se siente fuera de control',
  },
};

export const concernThemeCopy: Localised<typeof en.concernThemeCopy> = {
  connection: {
    legend: 'Deseo y cercanía',
    hint: 'Querer sexo, sentir cercanía y hablar de ello.',
  },
  body: {
    legend: 'Cómo responde tu cuerpo',
    hint: 'Excitación, erecciones, orgasmo, dolor y nervios.',
  },
  past: {
    legend: 'La confianza, el pasado y cómo te sientes contigo',
    hint: 'Cosas que pasaron, y sentimientos que se quedan contigo.',
  },
  'life-changes': {
    legend: 'Cambios de vida y salud',
    hint: 'Parto, menopausia, los años, enfermedad o lesiones.',
  },
  identity: {
    legend: 'Quién eres, qué te gusta y a quién amas',
    hint: 'Quién eres, qué disfrutas y cómo construyes tus relaciones.',
  },
};
