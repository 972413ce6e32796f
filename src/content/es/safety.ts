import type * as en from '../en/safety.ts';
import type { Localised } from '../catalogue.ts';
import type { Contact } from '../content-schemas.ts';

// Help that is shown first and never buried. Names, numbers and text lines are exactly as
// DOMAIN.md gives them (US services); everyone also sees the line for outside the US.

export const outsideUsLine: Localised<typeof en.outsideUsLine> =
  'Fuera de EE. UU.: llama al número de emergencias de donde vives.';

/** Said with the domestic-abuse lines of every country. */
export const unsafeRelationshipNotes: Localised<typeof en.unsafeRelationshipNotes> = [
  'Primero va la ayuda solo para ti. La terapia de pareja no es una buena idea mientras haya abuso o control coercitivo: cuando alguien usa amenazas, reglas o miedo para controlar a su pareja.',
  'Si alguien revisa tu teléfono o tu computadora, quizá te convenga usar un dispositivo que esa persona no vea.',
];
export const sexualAssaultNote: Localised<typeof en.sexualAssaultNote> =
  'Puedes contar tanto o tan poco como quieras.';
export const trustedAdultLine: Localised<typeof en.trustedAdultLine> =
  'Hablar con una persona adulta de confianza puede ayudar mucho: tu madre o tu padre, alguien de tu familia, alguien que te da clases o la persona que da orientación en tu escuela.';

const call988: Contact = { label: 'Llamar al 988', kind: 'call', value: '988', href: 'tel:988' };
const text988: Contact = {
  label: 'Enviar un mensaje al 988',
  kind: 'text',
  value: '988',
  href: 'sms:988',
};

export const safetyCopy: Localised<typeof en.safetyCopy> = {
  crisis: {
    title: '¿Necesitas ayuda ahora?',
    when: 'Si todo te supera, si sientes que no hay esperanza o si no te sientes a salvo, no tienes que esperar. Alguien puede hablar contigo ahora mismo.',
    lines: [
      '988 Suicide & Crisis Lifeline (la línea de ayuda para crisis): llama o envía un mensaje de texto al 988, a cualquier hora, de día o de noche.',
      'Cuando llames al 988, marca el 1 si eres una persona veterana, o marca el 2 para hablar en español.',
      'The Trevor Project, para personas LGBTQ+ menores de 25 años: llama al 1-866-488-7386.',
    ],
    contacts: [
      call988,
      text988,
      {
        label: 'Llamar a The Trevor Project',
        kind: 'call',
        value: '1-866-488-7386',
        href: 'tel:+18664887386',
      },
    ],
    outsideUs: outsideUsLine,
  },
  'unsafe-relationship': {
    title: 'Si no te sientes a salvo',
    when: 'Nos contaste que alguien te da miedo o te hace sentir en peligro. Mereces sentirte a salvo. La ayuda es gratuita y privada.',
    lines: [
      'National Domestic Violence Hotline (la línea nacional contra la violencia doméstica): llama al 1-800-799-7233, o envía START por mensaje de texto al 88788.',
      'Para personas sordas o con dificultades para oír, la línea TTY (teléfono de texto) es el 1-800-787-3224.',
      ...unsafeRelationshipNotes,
    ],
    contacts: [
      {
        label: 'Llamar a la National Domestic Violence Hotline',
        kind: 'call',
        value: '1-800-799-7233',
        href: 'tel:+18007997233',
      },
      {
        label: 'TTY (teléfono de texto)',
        kind: 'tty',
        value: '1-800-787-3224',
        href: 'tel:+18007873224',
      },
      { label: 'Mensaje de texto', kind: 'text', value: 'START al 88788', href: 'sms:88788' },
    ],
    outsideUs: outsideUsLine,
  },
  'sexual-assault': {
    title: 'Apoyo después de un trauma sexual',
    when: 'Elegiste sanar de un trauma sexual. Hay apoyo para ti cuando lo quieras, tanto si pasó hace poco como si pasó hace mucho tiempo.',
    lines: [
      'RAINN: llama al 1-800-656-4673 (HOPE) o usa su chat en línea.',
      'Es gratuito y confidencial, y puedes contar tanto o tan poco como quieras.',
    ],
    contacts: [
      {
        label: 'Llamar a RAINN',
        kind: 'call',
        value: '1-800-656-4673 (HOPE)',
        href: 'tel:+18006564673',
      },
      {
        label: 'Chat en línea de RAINN',
        kind: 'chat',
        value: 'rainn.org',
        href: 'https://www.rainn.org',
      },
    ],
    outsideUs: outsideUsLine,
  },
  'postpartum-support': {
    title: 'Apoyo durante el embarazo y con un bebé',
    when: 'Mencionaste un embarazo o tener un bebé. En esta etapa es común sentir emociones muy fuertes, y hay apoyo para ti.',
    lines: [
      'Postpartum Support International: llama o envía un mensaje de texto al 1-800-944-4773.',
    ],
    contacts: [
      {
        label: 'Llamar a Postpartum Support International',
        kind: 'call',
        value: '1-800-944-4773',
        href: 'tel:+18009444773',
      },
      {
        label: 'Enviar un mensaje a Postpartum Support International',
        kind: 'text',
        value: '1-800-944-4773',
        href: 'sms:+18009444773',
      },
    ],
    outsideUs: outsideUsLine,
  },
  minor: {
    title: 'Esta app es para personas adultas',
    when: 'Esta app está hecha para personas de 18 años o más, así que no te vamos a preguntar nada más.',
    lines: [
      trustedAdultLine,
      'Si no te sientes a salvo o todo te supera, puedes llamar o enviar un mensaje de texto al 988 en cualquier momento.',
    ],
    contacts: [call988, text988],
    outsideUs: outsideUsLine,
  },
};
