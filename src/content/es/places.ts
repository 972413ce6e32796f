import type * as en from '../en/places.ts';
import type { Localised } from '../catalogue.ts';
import type { Contact } from '../content-schemas.ts';
import { formatList } from '../format.ts';

// Where the person lives. Names, numbers and web addresses are exactly as DOMAIN.md gives them
// ("Where the person lives"). Where it names a service without a number, we name the service
// and never guess a number.

export const placePanelCopy: Localised<typeof en.placePanelCopy> = {
  heading: 'Dónde vives',
  showingFor: (name: string) =>
    `Las líneas de ayuda, lo que conviene revisar y los directorios de aquí son para ${name}.`,
  showingOther:
    'Todavía no tenemos tu país en la lista, así que aquí tienes qué buscar en cualquier lugar.',
  notSaid:
    'No nos has dicho dónde vives, así que primero te mostramos las líneas de ayuda de EE. UU. Las de otros países están aquí cerca.',
  legend: '¿Dónde vives?',
  change: 'Cambiar dónde vives',
  choose: 'Elegir dónde vives',
  save: 'Mostrar la ayuda para este lugar',
  saved: (name: string) => `Ahora ves la ayuda para ${name}.`,
  savedNotSaid: 'Ahora ves las líneas de ayuda de EE. UU., con las de otros países aquí cerca.',
  checkHeading: 'Qué revisar',
  therapistIn: (name: string, country: string) => `${name} atiende en: ${country}.`,
  therapistElsewhere: 'Tú vives en otro lugar, así que pregunta si te puede atender donde vives.',
  /** In a couple's shared view, when the partners live in different places. */
  // formatList joins with "y", or "e" before a sound like "i" ("el Reino Unido e Irlanda").
  bothPlaces: (first: string, second: string) =>
    `Viven en lugares distintos: ${formatList([first, second])}. Esto es lo que conviene revisar en cada uno.`,
  onePlace: (name: string) => `Los dos viven en ${name}. Esto es lo que conviene revisar allí.`,
};

/** The one disclosure shown when no country is chosen. */
export const otherPlacesCopy: Localised<typeof en.otherPlacesCopy> = {
  summary: '¿En otro lugar?',
  intro: 'Si vives fuera de EE. UU., estas son las líneas que puedes usar en su lugar.',
  emergency: 'Emergencias',
  crisis: 'Alguien con quien hablar',
  domesticAbuse: 'Si no te sientes a salvo en casa',
  sexualViolence: 'Después de violencia sexual',
  elsewhere: 'En cualquier otro lugar: llama al número de emergencias de donde vives.',
};

const call = (label: string, value: string, digits: string): Contact => ({
  label,
  kind: 'call',
  value,
  href: `tel:${digits}`,
});
const text = (label: string, value: string, digits: string): Contact => ({
  label,
  kind: 'text',
  value,
  href: `sms:${digits}`,
});
const web = (label: string, address: string): Contact => ({
  label,
  kind: 'web',
  value: address,
  href: `https://${address}`,
});

export const placeHelp: Localised<typeof en.placeHelp> = {
  us: {
    emergency: 'En una emergencia, llama al 911.',
    emergencyContacts: [call('Llamar al 911', '911', '911')],
    crisis: {
      lines: [
        '988 Suicide & Crisis Lifeline: llama o envía un mensaje de texto al 988, a cualquier hora, de día o de noche.',
      ],
      contacts: [
        call('Llamar al 988', '988', '988'),
        text('Enviar un mensaje al 988', '988', '988'),
      ],
    },
    domesticAbuse: {
      lines: [
        'National Domestic Violence Hotline: llama al 1-800-799-7233, o envía START por mensaje de texto al 88788.',
      ],
      contacts: [
        call('Llamar a la National Domestic Violence Hotline', '1-800-799-7233', '+18007997233'),
      ],
    },
    sexualViolence: {
      lines: ['RAINN: llama al 1-800-656-4673 (HOPE) o usa su chat en línea.'],
      contacts: [call('Llamar a RAINN', '1-800-656-4673 (HOPE)', '+18006564673')],
    },
    postpartum: {
      lines: [
        'Postpartum Support International: llama o envía un mensaje de texto al 1-800-944-4773.',
      ],
      contacts: [
        call('Llamar a Postpartum Support International', '1-800-944-4773', '+18009444773'),
      ],
    },
    minorLine:
      'Si no te sientes a salvo o todo te supera, puedes llamar o enviar un mensaje de texto al 988 en cualquier momento.',
  },
  ca: {
    emergency: 'En una emergencia, llama al 911.',
    emergencyContacts: [call('Llamar al 911', '911', '911')],
    crisis: {
      lines: [
        '9-8-8: llama o envía un mensaje de texto al 9-8-8, a cualquier hora, de día o de noche, en inglés o en francés.',
      ],
      contacts: [
        call('Llamar al 9-8-8', '9-8-8', '988'),
        text('Enviar un mensaje al 9-8-8', '9-8-8', '988'),
      ],
    },
    domesticAbuse: {
      lines: [
        'ShelterSafe.ca tiene la lista de todos los refugios de Canadá, con la línea de teléfono de 24 horas de cada uno, por zona.',
      ],
      contacts: [web('ShelterSafe.ca', 'sheltersafe.ca')],
    },
    sexualViolence: {
      lines: [
        'El centro de ayuda por agresión sexual más cercano puede ayudarte. Cada provincia tiene sus propios centros.',
      ],
      contacts: [],
    },
    postpartum: {
      lines: [
        'Todavía no tenemos en la lista un servicio solo para esto en Canadá. Si todo te supera, el 9-8-8 está ahí a cualquier hora, por llamada o mensaje de texto.',
      ],
      contacts: [
        call('Llamar al 9-8-8', '9-8-8', '988'),
        text('Enviar un mensaje al 9-8-8', '9-8-8', '988'),
      ],
    },
    minorLine:
      'Si no te sientes a salvo o todo te supera, puedes llamar o enviar un mensaje de texto al 9-8-8 en cualquier momento.',
  },
  uk: {
    emergency:
      'En una emergencia, llama al 999. Si no puedes hablar, llama al 999 y luego marca 55 en un celular.',
    emergencyContacts: [call('Llamar al 999', '999', '999')],
    crisis: {
      lines: ['Samaritans: llama al 116 123. Es gratis, a cualquier hora, de día o de noche.'],
      contacts: [call('Llamar a Samaritans', '116 123', '116123')],
    },
    domesticAbuse: {
      lines: [
        'National Domestic Abuse Helpline: llama al 0808 2000 247, a cualquier hora, de día o de noche.',
        'Men’s Advice Line: llama al 0808 801 0327.',
      ],
      contacts: [
        call('Llamar a la National Domestic Abuse Helpline', '0808 2000 247', '08082000247'),
        call('Llamar a la Men’s Advice Line', '0808 801 0327', '08088010327'),
      ],
    },
    sexualViolence: {
      lines: [
        'Rape Crisis England & Wales 24/7 Support Line: habla por teléfono o por chat, a cualquier hora, si tienes 16 años o más. Está en 247sexualabusesupport.org.uk.',
      ],
      contacts: [web('Rape Crisis 24/7 Support Line', '247sexualabusesupport.org.uk')],
    },
    postpartum: {
      lines: [
        'Todavía no tenemos en la lista un servicio solo para esto en el Reino Unido. Si todo te supera, Samaritans te atiende a cualquier hora en el 116 123.',
      ],
      contacts: [call('Llamar a Samaritans', '116 123', '116123')],
    },
    minorLine:
      'Si no te sientes a salvo o todo te supera, puedes llamar a Samaritans al 116 123 en cualquier momento.',
  },
  ie: {
    emergency: 'En una emergencia, llama al 112 o al 999.',
    emergencyContacts: [call('Llamar al 112', '112', '112'), call('Llamar al 999', '999', '999')],
    crisis: {
      lines: ['Samaritans: llama al 116 123.'],
      contacts: [call('Llamar a Samaritans', '116 123', '116123')],
    },
    domesticAbuse: {
      lines: [
        'Women’s Aid 24hr National Freephone Helpline: llama al 1800 341 900, gratis, a cualquier hora.',
      ],
      contacts: [call('Llamar a Women’s Aid', '1800 341 900', '1800341900')],
    },
    sexualViolence: {
      lines: [
        'National Rape Crisis Helpline: llama al 1800 77 88 88, a cualquier hora, de día o de noche.',
      ],
      contacts: [call('Llamar a la National Rape Crisis Helpline', '1800 77 88 88', '1800778888')],
    },
    postpartum: {
      lines: [
        'Todavía no tenemos en la lista un servicio solo para esto en Irlanda. Si todo te supera, Samaritans te atiende en el 116 123.',
      ],
      contacts: [call('Llamar a Samaritans', '116 123', '116123')],
    },
    minorLine: 'Si no te sientes a salvo o todo te supera, puedes llamar a Samaritans al 116 123.',
  },
  au: {
    emergency: 'En una emergencia, llama al 000.',
    emergencyContacts: [call('Llamar al 000', '000', '000')],
    crisis: {
      lines: ['Lifeline: llama al 13 11 14.'],
      contacts: [call('Llamar a Lifeline', '13 11 14', '131114')],
    },
    domesticAbuse: {
      lines: ['1800RESPECT: llama al 1800 737 732. También ayudan después de una agresión sexual.'],
      contacts: [call('Llamar a 1800RESPECT', '1800 737 732', '1800737732')],
    },
    sexualViolence: {
      lines: ['1800RESPECT: llama al 1800 737 732.'],
      contacts: [call('Llamar a 1800RESPECT', '1800 737 732', '1800737732')],
    },
    postpartum: {
      lines: [
        'Todavía no tenemos en la lista un servicio solo para esto en Australia. Si todo te supera, Lifeline te atiende en el 13 11 14.',
      ],
      contacts: [call('Llamar a Lifeline', '13 11 14', '131114')],
    },
    minorLine: 'Si no te sientes a salvo o todo te supera, puedes llamar a Lifeline al 13 11 14.',
  },
  nz: {
    emergency:
      'En una emergencia, llama al 111. Si no puedes hablar, llama al 111 y luego marca 55.',
    emergencyContacts: [call('Llamar al 111', '111', '111')],
    crisis: {
      lines: [
        '¿Necesitas hablar? Llama o envía un mensaje de texto al 1737. Es gratis, a cualquier hora.',
      ],
      contacts: [
        call('Llamar al 1737', '1737', '1737'),
        text('Enviar un mensaje al 1737', '1737', '1737'),
      ],
    },
    domesticAbuse: {
      lines: [
        'Línea de crisis de Women’s Refuge: llama al 0800 733 843, a cualquier hora, de día o de noche.',
      ],
      contacts: [call('Llamar a Women’s Refuge', '0800 733 843', '0800733843')],
    },
    sexualViolence: {
      lines: [
        'Safe to Talk: llama al 0800 044 334, o envía un mensaje de texto al 4334, a cualquier hora, de día o de noche.',
      ],
      contacts: [
        call('Llamar a Safe to Talk', '0800 044 334', '0800044334'),
        text('Enviar un mensaje a Safe to Talk', '4334', '4334'),
      ],
    },
    postpartum: {
      lines: [
        'Todavía no tenemos en la lista un servicio solo para esto en Nueva Zelanda. Si todo te supera, puedes llamar o enviar un mensaje de texto al 1737 a cualquier hora.',
      ],
      contacts: [
        call('Llamar al 1737', '1737', '1737'),
        text('Enviar un mensaje al 1737', '1737', '1737'),
      ],
    },
    minorLine:
      'Si no te sientes a salvo o todo te supera, puedes llamar o enviar un mensaje de texto al 1737 en cualquier momento.',
  },
  other: {
    emergency: 'En una emergencia, llama al número de emergencias de donde vives.',
    emergencyContacts: [],
    crisis: {
      lines: ['Una línea de ayuda para crisis de donde vives puede hablar contigo ahora mismo.'],
      contacts: [],
    },
    domesticAbuse: {
      lines: ['Un servicio contra el abuso doméstico de donde vives puede ayudarte.'],
      contacts: [],
    },
    sexualViolence: {
      lines: ['Un servicio de ayuda por agresión sexual de donde vives puede apoyarte.'],
      contacts: [],
    },
    postpartum: {
      lines: [
        'El apoyo durante el embarazo y con un bebé cambia según el país. Si todo te supera, una línea de ayuda para crisis de donde vives está ahí para ti.',
      ],
      contacts: [],
    },
    minorLine:
      'Si no te sientes a salvo o todo te supera, puedes contactar a una línea de ayuda para crisis de donde vives.',
  },
};
