import type * as en from '../en/guides.ts';
import type { Localised } from '../catalogue.ts';

// Short guides shown with the results, as data so the UI renders them as lists.

/** Shown with every set of results. */
export const resultsDisclaimer: Localised<typeof en.resultsDisclaimer> =
  'Son sugerencias sobre qué buscar y qué preguntar, no un diagnóstico.';

export const firstSessionGuide: Localised<typeof en.firstSessionGuide> = {
  id: 'first-session',
  title: 'Cómo es una primera sesión',
  intro:
    'La terapia sexual es un tipo de terapia de conversación. Esto es lo que suele pasar, para que nada te tome por sorpresa.',
  sections: [
    {
      id: 'in-the-room',
      heading: 'En la sesión',
      items: [
        {
          id: 'talk-only',
          text: 'Solo se habla. En una sesión nunca hay desnudos, ni contacto físico, ni actividad sexual.',
        },
        {
          id: 'getting-to-know-you',
          text: 'Tu terapeuta te preguntará qué te trae a terapia, y también por tu salud, tus medicinas y tus relaciones.',
        },
        {
          id: 'your-story',
          text: 'También puede preguntarte por los mensajes sobre el sexo que recibiste al crecer, cómo te sientes con tu cuerpo, tu orientación y tu identidad, y cualquier cosa difícil que te haya pasado, como que te hicieran daño o te presionaran para tener sexo.',
        },
        {
          id: 'a-plan',
          text: 'Después, tu terapeuta puede ponerle nombre a lo que pasa (un diagnóstico) y hacer un plan contigo.',
        },
        {
          id: 'your-pace',
          text: 'Tú eliges qué contar y cuándo. Está bien decir: “Todavía no quiero hablar de eso”.',
        },
        {
          id: 'learning',
          text: 'Muchas veces aprenderás cómo funcionan el cuerpo y el deseo. Solo saber qué es común puede ser un gran alivio.',
        },
      ],
    },
    {
      id: 'between-sessions',
      heading: 'Entre sesiones',
      items: [
        {
          id: 'homework',
          text: 'Casi todas las personas reciben ejercicios para probar en casa, en privado. Al principio son ejercicios para hablar. Más adelante pueden pasar al contacto y la cercanía, a tu ritmo.',
        },
        {
          id: 'sensate-focus',
          text: 'Uno de los más comunes es la focalización sensorial (sensate focus): ejercicios de caricias lentas que avanzan paso a paso. Se hacen en casa, nunca en una sesión.',
        },
        {
          id: 'review',
          text: 'En la siguiente sesión hablan de cómo te fue con los ejercicios, y el plan cambia para adaptarse a ti.',
        },
        {
          id: 'body-side',
          text: 'Tu terapeuta también puede sugerirte ir al médico o a fisioterapia de piso pélvico, para la parte del cuerpo.',
        },
      ],
    },
    {
      id: 'levels-of-help',
      heading: 'La ayuda viene por niveles',
      items: [
        {
          id: 'permission',
          text: 'Permiso: escuchar que es normal y que está bien hablar de esto.',
        },
        {
          id: 'information',
          text: 'Algo de información: datos claros sobre lo que pasa.',
        },
        {
          id: 'suggestions',
          text: 'Sugerencias concretas: ideas prácticas para probar en tu situación.',
        },
        {
          id: 'deeper-therapy',
          text: 'Terapia más profunda: sesiones regulares durante un tiempo. Muchas personas solo necesitan los primeros niveles.',
        },
      ],
    },
    {
      id: 'finding-a-fit',
      heading: 'Encontrar a la persona adecuada',
      items: [
        {
          id: 'free-consultation',
          text: 'La mayoría de terapeutas ofrece una llamada gratuita corta, muchas veces de 15 a 20 minutos, para ver si encajan contigo.',
        },
        {
          id: 'a-few-tries',
          text: 'Puede que necesites varias de estas llamadas para encontrar a la persona adecuada. Es normal, y vale la pena.',
        },
        {
          id: 'good-fit',
          text: 'Alguien que encaja contigo respeta tus límites, escucha tus metas y nunca te juzga. Busca a alguien que confíe en lo que sabe hacer y que tenga curiosidad por conocerte.',
        },
        {
          id: 'bring-a-list',
          text: 'Llevar una lista de tus medicinas y de lo que ya has probado hace que la primera sesión sea más útil.',
        },
      ],
    },
  ],
};

export const credentialsGuide: Localised<typeof en.credentialsGuide> = {
  id: 'credentials',
  title: 'Revisar las credenciales',
  intro:
    'En muchos estados, cualquiera puede decir que es terapeuta sexual. Unas pocas revisiones sencillas te ayudan a encontrar a alguien con buena formación.',
  sections: [
    {
      id: 'licences',
      heading: 'Una licencia estatal',
      items: [
        { id: 'lmft', text: 'LMFT: terapeuta matrimonial y familiar con licencia' },
        { id: 'lmhc', text: 'LMHC: profesional de consejería en salud mental con licencia' },
        { id: 'lpc', text: 'LPC: profesional de consejería con licencia' },
        { id: 'lcsw', text: 'LCSW: profesional del trabajo social clínico con licencia' },
        {
          id: 'psychologist',
          text: 'Profesional de la psicología con licencia (PhD o PsyD, con licencia estatal)',
        },
      ],
    },
    {
      id: 'sex-therapy-training',
      heading: 'Formación en terapia sexual',
      items: [
        {
          id: 'licence-is-not-enough',
          text: 'Una licencia significa que alguien puede dar terapia. No significa que tenga formación para ayudar con temas de sexo.',
        },
        {
          id: 'aasect',
          text: 'AASECT (American Association of Sexuality Educators, Counselors and Therapists, una asociación de profesionales de la sexualidad) es el grupo más grande de EE. UU. que certifica a terapeutas sexuales. Busca las letras CST después de su nombre.',
        },
        {
          id: 'other-bodies',
          text: 'También cuentan otros organismos que certifican y los certificados universitarios en sexualidad. Pregunta dónde hizo su formación.',
        },
        {
          id: 'check-the-cv',
          text: 'Pide su CV (una lista de sus estudios, su formación y sus trabajos), o búscalo en internet. Muestra su formación real, no solo un título.',
        },
      ],
    },
    {
      id: 'online',
      heading: 'Qué mirar en internet',
      items: [
        { id: 'website', text: 'Su sitio web' },
        { id: 'social-media', text: 'Sus redes sociales' },
        { id: 'testimonials', text: 'Lo que dicen sus clientes' },
        { id: 'media', text: 'Artículos, videos o pódcast que haya hecho' },
        { id: 'associations', text: 'Los grupos profesionales a los que pertenece' },
        { id: 'accreditation', text: 'Sus certificaciones' },
        { id: 'cv', text: 'Su CV' },
      ],
    },
  ],
};

export const couplesGuide: Localised<typeof en.couplesGuide> = {
  id: 'couples',
  title: 'Si van en pareja',
  intro:
    'La terapia de pareja pide habilidades propias, así que vale la pena revisar algunas cosas más.',
  sections: [
    {
      id: 'couples-training',
      heading: 'Qué buscar',
      items: [
        {
          id: 'lmft-or-training',
          text: 'Una licencia LMFT, o formación adicional en terapia de pareja además de en terapia sexual.',
        },
        {
          id: 'couples-methods',
          text: 'Experiencia con métodos para parejas, como la terapia focalizada en las emociones (que ayuda a que la pareja vuelva a sentirse a salvo y cerca) o el método Gottman (que ayuda a las parejas a hablar mejor y pelear menos).',
        },
        {
          id: 'both-heard',
          text: 'Alguien que les deje espacio a los dos, incluso cuando quieren cosas distintas.',
        },
        {
          id: 'safety-first',
          text: 'Si una de las dos personas no se siente a salvo, primero va la ayuda solo para esa persona. La terapia de pareja no es el paso adecuado mientras haya abuso o control coercitivo (usar amenazas, reglas o miedo para controlar a la pareja).',
        },
      ],
    },
  ],
};

export const guides: Localised<typeof en.guides> = [
  firstSessionGuide,
  credentialsGuide,
  couplesGuide,
];
