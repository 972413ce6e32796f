import type * as en from '../en/referrals.ts';
import type { Localised } from '../catalogue.ts';

// Things to check beside therapy. Calm and practical: these are common next steps, not warnings.

export const referralCopy: Localised<typeof en.referralCopy> = {
  'hormone-check': {
    title: 'Un control de hormonas',
    what: 'Un control sencillo con tu médico, casi siempre un análisis de sangre, para ver tus niveles de hormonas.',
    why: 'Las hormonas pueden influir en el deseo. En la terapia sexual no se hacen análisis ni tratamientos de hormonas, así que un médico se encarga de esa parte.',
  },
  'medication-review': {
    title: 'Una revisión de tus medicinas',
    what: 'Una charla con quien te receta tus medicinas, para ver si alguna de ellas podría afectar tu vida sexual.',
    why: 'Algunos antidepresivos, algunas medicinas para la presión arterial y las medicinas con hormonas, incluidos los anticonceptivos hormonales, pueden afectar el deseo, la excitación o el orgasmo. Muchas veces hay otras opciones. Por favor, no dejes ninguna medicina sin hablar antes con quien te la recetó.',
  },
  'pelvic-floor-pt': {
    title: 'Fisioterapia de piso pélvico',
    what: 'Una persona experta en fisioterapia que trabaja con los músculos de la base de la pelvis.',
    why: 'Si los músculos de la pelvis están muy tensos o débiles, pueden causar dolor u otros cambios durante el sexo. La fisioterapia de piso pélvico puede ayudar, y muchas veces trabaja en equipo con la terapia sexual.',
  },
  'urology-sexual-medicine': {
    title: 'Urología o medicina sexual',
    what: 'Un médico que conoce el lado físico de las erecciones y la eyaculación.',
    why: 'Un médico puede revisar el lado físico. Muchas veces hay tratamientos sencillos que ayudan.',
  },
  'gynecology-menopause': {
    title: 'Ginecología o especialistas en menopausia',
    what: 'Un médico que sabe de vulvas, vaginas, hormonas y menopausia.',
    why: 'El dolor, la sequedad y otros cambios muchas veces tienen tratamiento médico. Por ejemplo, la sequedad y el dolor después de la menopausia se pueden tratar.',
  },
  'alcohol-review': {
    title: 'Beber menos alcohol',
    what: 'Mirar cuánto bebes, por tu cuenta o con un médico.',
    why: 'El alcohol puede afectar el deseo, la excitación, las erecciones y el orgasmo. Beber menos suele ayudar, y un médico puede apoyarte si te cuesta reducirlo.',
  },
  'physical-activity': {
    title: 'Moverte un poco más',
    what: 'Sumar a tu semana algo de movimiento que disfrutes, como caminar, bailar o nadar.',
    why: 'Moverte ayuda a la circulación de la sangre, a tu energía, a tu ánimo y a cómo te sientes en tu cuerpo. Todo eso puede ayudar en el sexo.',
  },
  'oncology-team': {
    title: 'Tu equipo médico o una clínica de salud sexual',
    what: 'Los médicos y el personal de enfermería que te atienden por tu enfermedad o condición de salud, o una clínica especializada en salud sexual.',
    why: 'Conocen tu tratamiento y pueden ayudarte con los cambios del cuerpo que afectan el sexo. Es normal hablar de esto con ellos.',
  },
};
