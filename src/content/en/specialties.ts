import type { SpecialtyCatalogue, SpecialtyCopy } from '../content-schemas.ts';
import { any, concern, health, reasonsName, type Condition } from '../../rules/predicates.ts';
import type { SpecialtyItem } from '../../rules/evaluate.ts';

// What to look for in a therapist. Search words are the directory labels from DOMAIN.md, kept
// exactly as written there so people can type them in.

export const specialtyCopy: SpecialtyCatalogue = {
  'certified-sex-therapist': {
    title: 'A trained sex therapist',
    meaning:
      'A licensed therapist who has extra training in sex and relationships, such as AASECT certification (CST).',
    whyItMayFit:
      'We suggest this for everyone. Many therapists are kind and skilled, but not all of them are trained to talk about sex.',
    credentials: [
      'A state licence to practise therapy (for example LMFT, LMHC, LPC, LCSW or psychologist)',
      'AASECT Certified Sex Therapist (CST), or sex-therapy training from another certifying body or a university',
    ],
    searchWords: ['Sex Therapy', 'AASECT directory'],
  },
  'couples-sex-therapy': {
    title: 'Couples and relationship work',
    meaning: 'A therapist who sees partners together and knows how to help both people feel heard.',
    whyItMayFit:
      'When something involves both of you, it helps to have someone trained to work with the relationship itself.',
    credentials: [
      'An LMFT licence, or added training in couples therapy',
      'Training in sex therapy as well as couples work',
    ],
    searchWords: [
      'Relationship Issues',
      'Marital and Premarital',
      'Emotionally Focused',
      'Gottman Method',
    ],
  },
  'desire-intimacy': {
    title: 'Desire and closeness',
    meaning:
      'Help with wanting sex, feeling turned on, feeling close, and finding a pace that works for both partners.',
    whyItMayFit:
      'Changes in desire are very common. A therapist who knows this area can help you understand what is going on and try new ways to connect.',
    credentials: [
      'Sex-therapy training that covers desire and arousal',
      'Experience with mindfulness-based approaches',
    ],
    searchWords: ['Sex Therapy', 'Mindfulness-Based'],
  },
  'sexual-function': {
    title: 'How the body responds',
    meaning:
      'Help with erections, ejaculation and orgasm, often together with a doctor who checks the body side.',
    whyItMayFit:
      'These concerns usually have both a body side and a mind side. A therapist who works alongside doctors can help with both.',
    credentials: [
      'Sex-therapy training in erection, ejaculation and orgasm concerns',
      'Experience working with doctors and other health providers',
    ],
    searchWords: ['Sex Therapy', "Men's Issues", "Women's Issues"],
  },
  'sexual-pain-pelvic': {
    title: 'Pain during sex',
    meaning:
      'Help with pain during or after sex, working alongside pelvic-floor physical therapists and gynaecologists.',
    whyItMayFit:
      'Pain during sex is common and can be treated. The best help usually comes from a therapist and a body specialist working as a team.',
    credentials: [
      'Sex-therapy training in sexual pain',
      'Experience working with pelvic-floor physical therapists and gynaecologists',
    ],
    searchWords: ['Sex Therapy', 'Chronic Pain'],
  },
  'trauma-informed': {
    title: 'Trauma-informed care',
    meaning:
      'A therapist trained to help people heal from sexual trauma, at a pace that keeps you feeling safe and in control.',
    whyItMayFit:
      'Healing from the past is possible. Trauma-informed care means you set the pace and nothing is rushed.',
    credentials: [
      'Training in trauma-focused methods, such as EMDR, cognitive processing therapy or somatic approaches',
      'Sex-therapy training, so sex and closeness can be part of the healing',
    ],
    searchWords: ['Sexual Abuse', 'Trauma and PTSD', 'EMDR', 'Somatic'],
  },
  'abuse-recovery': {
    title: 'Recovery from an abusive relationship',
    meaning:
      'One-to-one help to heal after abuse, feel safe, and build healthy relationships in the future.',
    whyItMayFit:
      'When a relationship has hurt you, or does not feel safe now, working one to one with someone who understands abuse comes first.',
    credentials: [
      'Experience with domestic abuse and coercive control',
      'Training in trauma-focused methods',
    ],
    searchWords: ['Domestic Abuse', 'Domestic Violence', 'Trauma and PTSD'],
  },
  'affair-recovery': {
    title: 'Healing after an affair',
    meaning: 'Help to work through an affair or broken trust, and decide together what comes next.',
    whyItMayFit:
      'Trust can be rebuilt, and a therapist who knows this work can help you both talk about it without it turning into a fight.',
    credentials: [
      'Couples-therapy training, such as Emotionally Focused Therapy or the Gottman Method',
      'Experience with infidelity and trust repair',
    ],
    searchWords: ['Infidelity', 'Gottman Method', 'Emotionally Focused'],
  },
  'anxiety-performance': {
    title: 'Worry and pressure around sex',
    meaning:
      'Help with nerves, pressure to perform, and feeling self-conscious about your body during sex.',
    whyItMayFit:
      'Worry can get in the way of pleasure. Practical methods like CBT can help you feel more relaxed and present.',
    credentials: [
      'Training in cognitive behavioural therapy (CBT) or other anxiety treatments',
      'Sex-therapy training',
    ],
    searchWords: ['Anxiety', 'Cognitive Behavioral (CBT)', 'Sex Therapy'],
  },
  'life-transitions': {
    title: 'Life changes',
    meaning: 'Help with how sex and closeness change at big stages of life.',
    whyItMayFit:
      'Big life changes affect the body and the relationship. A therapist who knows your stage of life can help you adjust.',
    credentials: [
      'Experience with pregnancy and the time after a birth',
      'Perinatal mental health training (PMH-C). Perinatal means the time around pregnancy and birth.',
      'Experience with menopause',
      'Experience with sex and closeness in later life',
    ],
    searchWords: [
      'Pregnancy, Prenatal, Postpartum',
      "Women's Issues",
      'Elderly Persons Disorders',
      'perinatal certification (PMH-C)',
    ],
  },
  'medical-sexuality': {
    title: 'Sex and health conditions',
    meaning:
      'Help with sex and closeness when living with cancer, a long-term illness, a disability, pain or an injury.',
    whyItMayFit:
      'Health changes can change how sex feels and what is possible. A therapist who knows this area can help you find what works now.',
    credentials: [
      'Experience with chronic illness, cancer or disability',
      'Willingness to work with your medical team',
    ],
    searchWords: ['Chronic Illness', 'Cancer'],
  },
  'kink-aware': {
    title: 'Kink-aware',
    meaning:
      'A therapist who sees kink, BDSM and less common interests as valid and talks about them without judgement.',
    whyItMayFit:
      'You deserve a therapist who understands your interests and does not treat them as a problem.',
    credentials: [
      'Listed with the NCSF Kink Aware Professionals directory',
      'Ask whether they see themselves as kink-friendly, kink-aware or kink-knowledgeable',
    ],
    searchWords: [
      'Sex-Positive, Kink Allied',
      'NCSF Kink Aware Professionals (graded kink-friendly / aware / knowledgeable)',
    ],
  },
  'cnm-affirming': {
    title: 'Open to non-monogamy',
    meaning:
      'A therapist who supports open, polyamorous and other consensual non-monogamous relationships.',
    whyItMayFit:
      'You deserve help that respects the relationship shape you choose, without pushing you towards one kind.',
    credentials: ['Experience with consensual non-monogamy and polyamory'],
    searchWords: ['Open Relationships Non-Monogamy', 'Polyamorous and Open Relationships'],
  },
  'lgbtq-affirming': {
    title: 'LGBTQ+ affirming',
    meaning:
      'A therapist who welcomes and understands lesbian, gay, bisexual, queer and other identities.',
    whyItMayFit:
      'Feeling understood matters. An affirming therapist supports who you are and never tries to change it.',
    credentials: ['Experience and training with LGBTQ+ clients'],
    searchWords: ['LGBTQ+', 'Queer Allied', 'Bisexual', 'Gay', 'Lesbian'],
  },
  'gender-affirming': {
    title: 'Gender affirming',
    meaning:
      'A therapist with experience in gender identity, expression and transition, who supports you as you are.',
    whyItMayFit:
      'Exploring gender is a valid journey. An affirming therapist gives you space to explore without pressure.',
    credentials: ['Experience with trans, non-binary and gender-exploring clients'],
    searchWords: ['Transgender', 'Non-Binary Allied'],
  },
  'faith-culture-sensitive': {
    title: 'Respect for faith and culture',
    meaning:
      'A therapist who respects your faith and culture and can help with guilt or shame about sex you may have learned growing up.',
    whyItMayFit:
      'Your values matter. A sensitive therapist helps you find a way forward that fits who you are.',
    credentials: ['Experience with faith, culture and religious sexual shame'],
    searchWords: ['Spirituality', "the directory's faith filter"],
  },
  'sexuality-education': {
    title: 'Sexuality education',
    meaning:
      'A sexuality educator or therapist who helps parents talk with children about bodies and sex.',
    whyItMayFit:
      'Talking with children about sex can feel awkward. The right guide can help you find words that fit their age.',
    credentials: ['AASECT Certified Sexuality Educator, or similar training'],
    searchWords: ['Parenting', 'AASECT Certified Sexuality Educator'],
  },
  'compulsive-behavior': {
    title: 'Sexual behaviour that feels out of control',
    meaning:
      'Help when sexual behaviour feels hard to control or gets in the way of life, without shaming labels.',
    whyItMayFit:
      'Therapists see this in different ways. Asking how they work helps you find one whose approach feels right to you.',
    credentials: [
      'Experience with sexual behaviour that feels out of control',
      'Ask which model they use, and why',
    ],
    searchWords: ["Sexual Addiction (the directory's label)", 'ask which model they use'],
  },
  'dating-relationships': {
    title: 'Dating and relationships',
    meaning: 'Help with choosing partners well and building steady, healthy relationships.',
    whyItMayFit:
      'You do not need a partner to start. Working on patterns now can make future relationships feel better.',
    credentials: ['Experience with dating, relationship patterns and attachment'],
    searchWords: ['Relationship Issues', 'Dating'],
  },
};

const birth = any(concern('postpartum'), health('pregnancy-postpartum'));
const menopause = any(concern('menopause'), health('menopause'));

/** Lines that fit only some people, with the answers that call for each. Others always show. */
const onlyFor: Partial<Record<SpecialtyItem['id'], Record<string, Condition>>> = {
  'life-transitions': {
    'Experience with pregnancy and the time after a birth': birth,
    'Perinatal mental health training (PMH-C). Perinatal means the time around pregnancy and birth.':
      birth,
    'Experience with menopause': menopause,
    'Experience with sex and closeness in later life': concern('aging'),
    'Pregnancy, Prenatal, Postpartum': birth,
    "Women's Issues": any(birth, menopause),
    'Elderly Persons Disorders': concern('aging'),
    'perinatal certification (PMH-C)': birth,
  },
};

/** The copy for one suggestion, with only the lines its reasons call for. */
export function specialtyCopyFor(item: Pick<SpecialtyItem, 'id' | 'reasons'>): SpecialtyCopy {
  const copy = specialtyCopy[item.id];
  const conditions = onlyFor[item.id];
  if (!conditions) return copy;
  const fits = (lines: readonly string[]) => {
    const kept = lines.filter((line) => {
      const condition = conditions[line];
      return condition === undefined || reasonsName(item.reasons, condition);
    });
    return kept.length > 0 ? kept : [...lines];
  };
  return { ...copy, credentials: fits(copy.credentials), searchWords: fits(copy.searchWords) };
}
