import type * as en from '../en/specialties.ts';
import type { Localised } from '../catalogue.ts';

// Qué buscar en terapeuta. Las palabras de búsqueda son las etiquetas de los directorios de
// DOMAIN.md (directorios en inglés): se quedan tal cual para poder escribirlas allí. Solo se
// traduce lo que explica una etiqueta, no la etiqueta misma.

export const specialtyCopy: Localised<typeof en.specialtyCopy> = {
  'certified-sex-therapist': {
    title: 'Terapeuta sexual con formación',
    meaning:
      'Terapeuta con licencia y con formación extra en sexo y relaciones. La certificación de AASECT (CST) es una señal de ello.',
    whyItMayFit:
      'Lo sugerimos para todo el mundo. Hay terapeutas muy amables y capaces que no tienen formación para hablar de sexo.',
    credentials: [
      'Una licencia estatal para dar terapia (por ejemplo LMFT, LMHC, LPC, LCSW o de psicología)',
      'AASECT Certified Sex Therapist (CST), o formación en terapia sexual de otra entidad o de una universidad',
    ],
    searchWords: ['Sex Therapy', 'directorio de AASECT'],
  },
  'couples-sex-therapy': {
    title: 'Trabajo con parejas y relaciones',
    meaning:
      'Terapeuta que atiende a la pareja en conjunto y sabe ayudar a que las dos personas se sientan escuchadas.',
    whyItMayFit:
      'Cuando algo tiene que ver con los dos, ayuda ver a alguien con formación para trabajar con la relación.',
    credentials: [
      'Una licencia LMFT, o formación extra en terapia de pareja',
      'Formación en terapia sexual, además de en terapia de pareja',
    ],
    searchWords: [
      'Relationship Issues',
      'Marital and Premarital',
      'Emotionally Focused',
      'Gottman Method',
    ],
  },
  'desire-intimacy': {
    title: 'Deseo y cercanía',
    meaning:
      'Ayuda con las ganas de tener sexo, la excitación, la cercanía y con encontrar un ritmo que les funcione a los dos.',
    whyItMayFit:
      'Los cambios en el deseo son muy comunes. Quien conoce bien este tema puede ayudarte a entender qué pasa y a probar nuevas formas de conectar.',
    credentials: [
      'Formación en terapia sexual que incluya el deseo y la excitación',
      'Experiencia con mindfulness, que es prestar atención al momento con calma. Los estudios muestran que puede ayudar con el deseo y la excitación.',
    ],
    searchWords: ['Sex Therapy', 'Mindfulness-Based'],
  },
  'sexual-function': {
    title: 'Cómo responde el cuerpo',
    meaning:
      'Ayuda con la erección, la eyaculación y el orgasmo. A menudo también se hace una revisión médica del lado físico.',
    whyItMayFit:
      'Estos temas suelen tener un lado físico y un lado mental. Quien trabaja junto con el equipo médico puede ayudar con los dos.',
    credentials: [
      'Formación en terapia sexual sobre la erección, la eyaculación y el orgasmo',
      'Experiencia de trabajo con personal médico y de enfermería',
    ],
    searchWords: ['Sex Therapy', "Men's Issues", "Women's Issues"],
  },
  'sexual-pain-pelvic': {
    title: 'Dolor durante el sexo',
    meaning:
      'Ayuda con el dolor durante o después del sexo. Este tipo de terapeuta trabaja con especialistas del cuerpo, como fisioterapia o ginecología.',
    whyItMayFit:
      'El dolor durante el sexo es común y tiene tratamiento. La mejor ayuda suele llegar cuando terapeuta y especialista del cuerpo trabajan en equipo.',
    credentials: [
      'Formación en terapia sexual sobre el dolor sexual',
      'Experiencia de trabajo con fisioterapia de suelo pélvico y con ginecología (medicina de la vulva, la vagina y el útero)',
    ],
    searchWords: ['Sex Therapy', 'Chronic Pain'],
  },
  'trauma-informed': {
    title: 'Atención informada sobre el trauma',
    meaning:
      'Terapeuta con formación para ayudar a sanar de un trauma sexual. Tú marcas el ritmo, para que sientas seguridad y control.',
    whyItMayFit:
      'Sanar del pasado es posible. La atención informada sobre el trauma significa que tú marcas el ritmo y no hay prisa.',
    credentials: [
      'Formación en formas de sanar del trauma. Algunas usan movimientos de los ojos (EMDR), otras trabajan con los pensamientos (terapia de procesamiento cognitivo) y otras trabajan a través del cuerpo (terapia somática).',
      'Formación en terapia sexual, para que el sexo y la cercanía puedan ser parte de la sanación',
    ],
    searchWords: ['Sexual Abuse', 'Trauma and PTSD', 'EMDR', 'Somatic'],
  },
  'abuse-recovery': {
    title: 'Recuperación de una relación abusiva',
    meaning:
      'Ayuda solo para ti, para sanar después del abuso, sentir seguridad y crear vínculos sanos más adelante.',
    whyItMayFit:
      'Si alguien te ha hecho daño, o no te sientes a salvo ahora, lo primero es la ayuda solo para ti. Busca a alguien que entienda el abuso.',
    credentials: [
      'Experiencia con el abuso y el control coercitivo. Es cuando alguien usa amenazas, reglas o miedo para controlar a su pareja.',
      'Formación en métodos centrados en el trauma',
    ],
    searchWords: ['Domestic Abuse', 'Domestic Violence', 'Trauma and PTSD'],
  },
  'affair-recovery': {
    title: 'Sanar después de una infidelidad',
    meaning:
      'Ayuda para superar una infidelidad o una confianza rota, y decidir en pareja qué viene después.',
    whyItMayFit:
      'La confianza se puede reconstruir. Quien conoce este trabajo puede ayudar a que los dos lo hablen sin pelear.',
    credentials: [
      'Formación en terapia de pareja. La terapia focalizada en las emociones ayuda a la pareja a volver a sentir seguridad y cercanía. El método Gottman ayuda a las parejas a hablar más y pelear menos.',
      'Experiencia con la infidelidad y con reparar la confianza',
    ],
    searchWords: ['Infidelity', 'Gottman Method', 'Emotionally Focused'],
  },
  'anxiety-performance': {
    title: 'Preocupación y presión con el sexo',
    meaning:
      'Ayuda con los nervios, la presión por “rendir” y la vergüenza por tu cuerpo durante el sexo.',
    whyItMayFit:
      'La preocupación puede quitarle espacio al placer. La TCC (terapia cognitivo-conductual, o CBT en inglés) trabaja con los pensamientos que preocupan. Puede ayudarte a sentir calma y a estar presente.',
    credentials: [
      'Formación en TCC (CBT) u otras formas de tratar la preocupación',
      'Formación en terapia sexual',
    ],
    searchWords: ['Anxiety', 'Cognitive Behavioral (CBT)', 'Sex Therapy'],
  },
  'life-transitions': {
    title: 'Cambios en la vida',
    meaning: 'Ayuda con cómo cambian el sexo y la cercanía en las grandes etapas de la vida.',
    whyItMayFit:
      'Los grandes cambios de la vida afectan al cuerpo y a la relación. Quien conoce tu etapa de la vida puede ayudarte a adaptarte.',
    credentials: [
      'Experiencia con el embarazo y el tiempo después de un parto',
      'Formación en salud mental perinatal (PMH-C). Perinatal quiere decir el tiempo alrededor del embarazo y el parto.',
      'Experiencia con la menopausia',
      'Experiencia con el sexo y la cercanía al envejecer',
    ],
    searchWords: [
      'Pregnancy, Prenatal, Postpartum',
      "Women's Issues",
      'Elderly Persons Disorders',
      'certificación perinatal (PMH-C)',
    ],
  },
  'medical-sexuality': {
    title: 'El sexo y los problemas de salud',
    meaning:
      'Ayuda con el sexo y la cercanía cuando vives con cáncer, una enfermedad de larga duración, una discapacidad, dolor o una lesión.',
    whyItMayFit:
      'Los cambios de salud pueden cambiar cómo se siente el sexo y lo que es posible. Quien conoce este tema puede ayudarte a encontrar lo que funciona ahora.',
    credentials: [
      'Experiencia con enfermedades de larga duración, cáncer o discapacidad',
      'Ganas de trabajar junto con tu equipo médico',
    ],
    searchWords: ['Chronic Illness', 'Cancer'],
  },
  'kink-aware': {
    title: 'Con conocimiento del kink',
    meaning:
      'Terapeuta que ve el kink, el BDSM y los intereses menos comunes como algo válido. Habla de ellos sin juzgar.',
    whyItMayFit: 'Mereces a alguien que entienda tus intereses y no los trate como un problema.',
    credentials: [
      'Aparece en el directorio NCSF Kink Aware Professionals',
      'Pregunta si se considera kink-friendly, kink-aware o kink-knowledgeable',
    ],
    searchWords: [
      'Sex-Positive, Kink Allied',
      'NCSF Kink Aware Professionals (con niveles: kink-friendly / aware / knowledgeable)',
    ],
  },
  'cnm-affirming': {
    title: 'Apoyo a la no monogamia',
    meaning:
      'Terapeuta que apoya la no monogamia consensuada. Son las relaciones abiertas, el poliamor y otras formas de tener más de una pareja, con el acuerdo de todas las personas. Poliamor quiere decir más de un vínculo amoroso a la vez.',
    whyItMayFit:
      'Mereces ayuda que respete el tipo de relación que eliges, y que no te presione para cambiarlo.',
    credentials: ['Experiencia con relaciones abiertas y poliamorosas'],
    searchWords: ['Open Relationships Non-Monogamy', 'Polyamorous and Open Relationships'],
  },
  'lgbtq-affirming': {
    title: 'Terapia afirmativa LGBTQ+',
    meaning:
      'Terapeuta que acoge y entiende a personas gay, lesbianas, bisexuales, queer y de otras identidades.',
    whyItMayFit:
      'Sentir que te entienden importa. Quien trabaja de forma afirmativa apoya quién eres y nunca intenta cambiarlo.',
    credentials: ['Experiencia y formación con clientes LGBTQ+'],
    searchWords: ['LGBTQ+', 'Queer Allied', 'Bisexual', 'Gay', 'Lesbian'],
  },
  'gender-affirming': {
    title: 'Terapia afirmativa de género',
    meaning: 'Terapeuta que sabe de identidad de género y de transición, y te apoya tal como eres.',
    whyItMayFit:
      'Explorar el género es un camino válido. Quien trabaja de forma afirmativa te da espacio para explorar sin presión.',
    credentials: [
      'Experiencia con personas trans y no binarias, y con personas que exploran su género',
    ],
    searchWords: ['Transgender', 'Non-Binary Allied'],
  },
  'faith-culture-sensitive': {
    title: 'Respeto por la fe y la cultura',
    meaning:
      'Terapeuta que respeta tu fe y tu cultura. Puede ayudarte con la culpa o la vergüenza sobre el sexo que aprendiste al crecer.',
    whyItMayFit:
      'Tus valores importan. Quien tiene esta sensibilidad te ayuda a encontrar un camino que encaje con quién eres.',
    credentials: ['Experiencia con la fe, la cultura y la vergüenza sexual por motivos religiosos'],
    searchWords: ['Spirituality', 'el filtro de fe del directorio'],
  },
  'sexuality-education': {
    title: 'Educación sexual',
    meaning:
      'Especialista en educación sexual o terapeuta que ayuda a las familias a hablar con sus hijos sobre el cuerpo y el sexo.',
    whyItMayFit:
      'Hablar de sexo con los hijos puede resultar incómodo. La guía adecuada puede ayudarte a encontrar palabras que vayan con su edad.',
    credentials: ['AASECT Certified Sexuality Educator, o una formación parecida'],
    searchWords: ['Parenting', 'AASECT Certified Sexuality Educator'],
  },
  'compulsive-behavior': {
    title: 'Conducta sexual que se siente fuera de control',
    meaning:
      'Ayuda cuando el sexo se siente difícil de controlar o interfiere con tu vida. Sin etiquetas que avergüencen.',
    whyItMayFit:
      'Cada terapeuta ve esto a su manera. Preguntar cómo trabaja te ayuda a encontrar un enfoque que te parezca bien.',
    credentials: [
      'Experiencia con conducta sexual que se siente fuera de control',
      'Pregunta qué modelo usa, y por qué',
    ],
    searchWords: ['Sexual Addiction (así lo llama el directorio)', 'pregunta qué modelo usa'],
  },
  'dating-relationships': {
    title: 'Citas y relaciones',
    meaning: 'Ayuda para elegir bien a tus parejas y construir relaciones estables y sanas.',
    whyItMayFit:
      'No necesitas tener pareja para empezar. Trabajar ahora en tus patrones puede hacer que tus próximas relaciones se sientan mejor.',
    credentials: ['Experiencia con las citas y con los patrones en cómo nos vinculamos'],
    searchWords: ['Relationship Issues', 'Dating'],
  },
};

/**
 * Líneas que solo encajan con algunas personas, con su público (rules/line-audiences.ts decide
 * según las respuestas). Las claves son las líneas españolas de arriba, letra por letra.
 */
export const specialtyLineAudiences: Localised<typeof en.specialtyLineAudiences> = {
  'life-transitions': {
    'Experiencia con el embarazo y el tiempo después de un parto': ['birth'],
    'Formación en salud mental perinatal (PMH-C). Perinatal quiere decir el tiempo alrededor del embarazo y el parto.':
      ['birth'],
    'Experiencia con la menopausia': ['menopause'],
    'Experiencia con el sexo y la cercanía al envejecer': ['later-life'],
    'Pregnancy, Prenatal, Postpartum': ['birth'],
    "Women's Issues": ['birth', 'menopause'],
    'Elderly Persons Disorders': ['later-life'],
    'certificación perinatal (PMH-C)': ['birth'],
  },
};

/**
 * Palabras para sumar a cualquiera de las búsquedas de arriba, cuando las respuestas las piden.
 * "Spanish" queda en inglés: es la palabra que usan los directorios en inglés.
 */
export const searchCopy: Localised<typeof en.searchCopy> = {
  'language-spanish': {
    title: 'Sesiones en español',
    meaning:
      'Busca terapeutas que den sesiones en español. Usa estas palabras con cualquiera de las búsquedas de arriba. En los directorios en inglés, el español se llama “Spanish”.',
    searchWords: ['Spanish', 'el filtro de idioma del directorio'],
  },
};
