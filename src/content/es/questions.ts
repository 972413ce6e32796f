import type * as en from '../en/questions.ts';
import type { Localised } from '../catalogue.ts';

// Preguntas para una consulta gratuita, con la voz de la persona y de tú a la terapeuta o al
// terapeuta. Una pregunta a medida lleva `{concern}`, que se llena con los temas de la persona
// en palabras sencillas (ver question-text.ts). Va siempre tras "con" o "en", que funcionan con
// o sin artículo.

export const questionCopy: Localised<typeof en.questionCopy> = {
  'licence-and-state': {
    text: '¿Qué licencia tienes, y en qué estado o estados?',
    why: 'En EE. UU., cada terapeuta necesita una licencia estatal, y debe incluir el estado donde vives.',
  },
  'video-across-state-lines': {
    text: '¿Puedes atenderme donde vivo, también por video?',
    why: 'Por lo general, solo se puede atender a clientes en los estados donde se tiene licencia, incluso por video.',
  },
  'disciplinary-history': {
    text: '¿Alguna vez una junta que otorga licencias ha tomado medidas contra tu licencia?',
    why: 'Es una pregunta justa, y también puedes consultarlo en el sitio web de la junta estatal que otorga licencias.',
  },
  'sex-therapy-training': {
    text: '¿Qué formación tienes en terapia sexual? ¿Tienes la certificación de AASECT, o de otra entidad?',
    why: 'Tener licencia no quiere decir tener formación para ayudar con el sexo.',
  },
  'share-of-practice': {
    text: '¿Qué parte de tu trabajo es terapia sexual?',
    why: 'Quien hace esto a menudo habla del tema con soltura y tiene más experiencia.',
  },
  'cv-and-training-list': {
    text: '¿Puedo ver tu CV o una lista de tu formación?',
    why: 'Un CV es una lista de los estudios, la formación y los trabajos de una persona. En muchos estados cualquiera puede llamarse terapeuta sexual, así que el CV muestra la formación real.',
  },
  'concern-experience': {
    text: '¿Con qué frecuencia ayudas con {concern}?',
    fallback: '¿Con qué frecuencia ayudas con temas como el mío?',
    why: 'La experiencia con este tema importa más que una larga lista de especialidades.',
  },
  'concern-what-helps': {
    text: '¿Cómo sueles trabajar con {concern}, y cuánto tiempo suele llevar?',
    fallback: '¿Cómo sueles trabajar con temas como el mío, y cuánto tiempo suele llevar?',
    why: 'Esto da una idea de su plan y de qué esperar.',
  },
  'concern-evidence': {
    text: '¿Cuáles de tus métodos para trabajar con {concern} tienen respaldo de la investigación?',
    fallback: '¿Cuáles de tus métodos tienen respaldo de la investigación?',
    why: 'Quien hace buena terapia explica con gusto por qué usa lo que usa.',
  },
  'concern-not-your-area': {
    text: 'Si esta no es tu área principal, ¿puedes recomendar a alguien con experiencia en {concern}?',
    fallback:
      'Si esta no es tu área principal, ¿puedes recomendar a alguien que conozca bien el tema?',
    why: 'Quien hace buena terapia te dirá con honestidad si otra persona puede encajar mejor.',
  },
  'pause-the-pressure': {
    text: '¿Podrías sugerir una pausa en el sexo durante un tiempo? ¿En qué ayudaría?',
    why: 'Hay terapeutas que piden dejar de tener sexo por un tiempo, para quitar la presión. Es útil saber si eso podría ser parte del plan.',
  },
  'affair-approach': {
    text: '¿Cómo ayudas a las personas a sanar después de una infidelidad o una confianza rota?',
    why: 'Reparar la confianza tiene sus propios métodos, y es útil oír cómo funcionan.',
  },
  'trauma-methods': {
    text: '¿Qué métodos centrados en el trauma usas, y cómo te aseguras de que yo tenga el control del ritmo?',
    why: 'Sanar de un trauma debe ser un proceso seguro, y eres tú quien marca el ritmo.',
  },
  'compulsive-model': {
    text: 'Hay terapeutas que ven la conducta sexual que se siente fuera de control como una adicción, y hay quienes no. ¿Tú cómo trabajas, y por qué?',
    why: 'En terapia no hay acuerdo sobre esto, así que es útil conocer su enfoque y ver si encaja contigo.',
  },
  'dating-patterns': {
    text: '¿Cómo ayudas a las personas a notar y cambiar los patrones en a quién eligen?',
    why: 'Así sabes cómo te ayudaría a construir relaciones más estables.',
  },
  'parenting-resources': {
    text: '¿Puedes ayudarme a encontrar palabras y recursos para hablar con mis hijos sobre el cuerpo y el sexo?',
    why: 'Hay terapeutas y especialistas en educación sexual con buenas herramientas para las familias.',
  },
  'approach-and-methods': {
    text: '¿Qué métodos usas más, y por qué?',
    why: 'Puede que oigas nombres como focalización sensorial o “sensate focus” (ejercicios de caricias lentas en casa), TCC o CBT (terapia cognitivo-conductual, que trabaja con los pensamientos que preocupan), mindfulness o el método Gottman (una forma de ayudar a las parejas a hablar más y pelear menos). Pregunta qué significan en la práctica.',
  },
  'what-a-session-looks-like': {
    text: '¿Qué pasa en una sesión típica, y en las primeras?',
    why: 'Saber qué esperar puede hacer más fácil la primera sesión.',
  },
  'talk-only-boundary': {
    text: '¿Me confirmas que las sesiones son solo para hablar, sin desnudos ni contacto físico?',
    why: 'La terapia sexual es una terapia de conversación. Las normas profesionales prohíben cualquier contacto sexual con clientes.',
  },
  homework: {
    text: '¿Qué pasa entre sesiones? ¿Tendré ejercicios para hacer en casa?',
    why: 'Casi toda terapia sexual incluye práctica en privado, en casa. A menudo empieza con hablar y pasa al contacto, a tu ritmo.',
  },
  'measuring-progress': {
    text: '¿Cómo sabremos si las cosas están mejorando?',
    why: 'Con metas claras, los dos pueden ver el avance.',
  },
  'giving-feedback': {
    text: '¿Qué hago si algo de nuestras sesiones no me está funcionando?',
    why: 'Quien hace buena terapia recibe bien tus comentarios y respeta tus límites.',
  },
  'how-long-therapy-lasts': {
    text: '¿Durante cuánto tiempo suele venir la gente a verte?',
    why: 'Esto te ayuda a planear tu tiempo y tu presupuesto.',
  },
  'individual-safety-first': {
    text: '¿Puedes atenderme a solas primero? ¿Y cómo ayudas a las personas a planear su seguridad?',
    why: 'Cuando no te sientes a salvo, la ayuda solo para ti va antes que cualquier trabajo en pareja.',
  },
  'couples-training': {
    text: '¿Qué formación tienes en terapia de pareja?',
    why: 'Trabajar con parejas pide sus propias habilidades, como una licencia LMFT o formación extra en terapia de pareja.',
  },
  'couples-individual-sessions': {
    text: '¿A veces nos atiendes por separado, además de en pareja?',
    why: 'Hay terapeutas que combinan sesiones en pareja y sesiones individuales. Es útil saberlo antes de empezar.',
  },
  'couples-secrets': {
    text: '¿Qué haces si una persona de la pareja te cuenta algo que la otra no sabe?',
    why: 'Cada terapeuta tiene sus reglas sobre los secretos, y es bueno conocerlas desde el principio.',
  },
  'couples-different-wants': {
    text: '¿Qué pasa si queremos cosas distintas de la terapia?',
    why: 'Es común que cada persona de la pareja quiera algo distinto. Quien hace buena terapia da lugar a los dos.',
  },
  'couples-safety-screening': {
    text: '¿Hablas con cada persona por separado para comprobar que los dos nos sentimos a salvo en casa?',
    why: 'En una terapia de pareja cuidadosa, se revisa la seguridad y si hay conductas de control antes del trabajo en pareja.',
  },
  'body-work-with-doctors': {
    text: '¿Trabajas con el equipo médico cuando hay un lado físico en {concern}?',
    fallback: '¿Trabajas con el equipo médico cuando las cosas tienen un lado físico?',
    why: 'En terapia sexual no se trata el cuerpo directamente, así que el trabajo en equipo con el personal médico importa.',
  },
  'body-pelvic-floor': {
    text: '¿Trabajas con fisioterapia de suelo pélvico?',
    why: 'Los músculos de la pelvis, si están muy tensos o débiles, pueden causar dolor. La fisioterapia de suelo pélvico puede ayudar, como parte del equipo.',
  },
  'body-prescriber': {
    text: '¿Puedes trabajar con quien me receta mis medicamentos?',
    why: 'Algunos medicamentos afectan el sexo, y quien los receta a menudo puede ayudar.',
  },
  'lgbtq-experience': {
    text: '¿Cuánta experiencia tienes con clientes LGBTQ+?',
    why: 'Mereces terapia con alguien que entienda tu vida sin que tengas que explicarla.',
  },
  'orientation-without-change': {
    text: '¿Apoyas a las personas que exploran su orientación, sin intentar cambiarla?',
    why: 'Las asociaciones profesionales se oponen a los intentos de cambiar la orientación. Quien hace buena terapia deja que tú marques el camino.',
  },
  'gender-diverse-experience': {
    text: '¿Has trabajado con personas trans, no binarias o que exploran su género?',
    why: 'Si tiene experiencia, puedes centrarte en tus metas en lugar de tener que enseñarle a tu terapeuta.',
  },
  'kink-level': {
    text: '¿Te describirías como kink-friendly, kink-aware o kink-knowledgeable?',
    why: 'Estos niveles muestran cuánto sabe de kink cada terapeuta: desde tener una mente abierta hasta conocerlo a fondo.',
  },
  'cnm-experience': {
    text: '¿Cómo trabajas con personas en relaciones abiertas o poliamorosas?',
    why: 'Mereces terapia que respete la forma en que funcionan tus relaciones.',
  },
  'faith-and-culture': {
    text: '¿Cómo incluyes la fe y la cultura en tu trabajo?',
    why: 'Tus valores y tu historia pueden ser parte de la terapia, no algo que dejar en la puerta.',
  },
  'sessions-in-spanish': {
    text: '¿Ofreces sesiones en español? ¿Es tu primer idioma o uno que aprendiste?',
    why: 'Quieres tus sesiones en español. Conviene saberlo antes de pedir una cita, y oír qué tan a gusto se siente con el idioma.',
  },
  fees: {
    text: '¿Cuánto cobras por cada sesión?',
    why: 'Saber el costo desde el principio te ayuda a planear.',
  },
  'sliding-scale': {
    text: '¿Ofreces tarifas según los ingresos (escala móvil) o tarifas más bajas?',
    why: 'En terapia es común bajar la tarifa a quien lo necesita.',
  },
  'insurance-superbills': {
    text: '¿Aceptas mi seguro, o me das superbills que pueda mandar a mi aseguradora?',
    why: 'Un superbill es un recibo que puede permitir que tu aseguradora te devuelva parte del costo.',
  },
  'cancellation-policy': {
    text: '¿Cuál es tu política de cancelación?',
    why: 'Es útil saber si pagarías por una sesión a la que no vayas.',
  },
  'session-length-frequency': {
    text: '¿Cuánto dura una sesión, y cada cuánto nos veríamos?',
    why: 'Esto afecta tanto tu tiempo como tu presupuesto.',
  },
  'video-sessions': {
    text: '¿Ofreces sesiones por video?',
    why: 'El video puede hacer más fácil que la terapia encaje en tu vida.',
  },
  confidentiality: {
    text: '¿Quién puede ver lo que comparto, y cuándo tendrías que contárselo a alguien más?',
    why: 'Lo que dices es privado, pero en terapia hay que informar de algunos riesgos. Es bueno conocer los límites.',
  },
  'records-privacy': {
    text: '¿Cómo mantienes seguras tus notas y tus registros?',
    why: 'Tus registros son personales, y es justo preguntar cómo se protegen.',
  },
};

/**
 * Las palabras de la vista compartida de la pareja, que habla en "nosotros" y nunca en "yo".
 * Solo están las preguntas cuyas palabras de siempre dicen "yo", "me" o "mi".
 */
export const sharedQuestionCopy: Localised<typeof en.sharedQuestionCopy> = {
  'concern-experience': { fallback: '¿Con qué frecuencia ayudas con temas como el nuestro?' },
  'concern-what-helps': {
    fallback: '¿Cómo sueles trabajar con temas como el nuestro, y cuánto tiempo suele llevar?',
  },
};
