import type { SpecialtyCatalogue } from '../content-schemas.ts';
import type { SearchId, SpecialtyId } from '../../rules/ids.ts';
import type { LineAudience } from '../../rules/line-audiences.ts';

// What to look for in a therapist. Search words are the directory labels from DOMAIN.md, kept
// exactly as written there so people can type them in.

export const specialtyCopy: SpecialtyCatalogue = {
  'certified-sex-therapist': {
    title: 'A trained sex therapist',
    meaning:
      'A licensed therapist with extra training in sex and relationships. AASECT certification (CST) is one sign.',
    whyItMayFit:
      'We suggest this for everyone. Many therapists are kind and skilled, but not all of them are trained to talk about sex.',
    credentials: [
      'A state licence to practise therapy (for example LMFT, LMHC, LPC, LCSW or psychologist)',
      'AASECT Certified Sex Therapist (CST), or sex-therapy training from another group or a university',
    ],
    searchWords: ['Sex Therapy', 'AASECT directory'],
  },
  'couples-sex-therapy': {
    title: 'Couples and relationship work',
    meaning: 'A therapist who sees partners together and knows how to help both people feel heard.',
    whyItMayFit:
      'When something involves you both, it helps to see someone trained to work with the relationship.',
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
      'Experience with mindfulness, which means calm attention to the moment. Research shows it can help desire and arousal.',
    ],
    searchWords: ['Sex Therapy', 'Mindfulness-Based'],
  },
  'sexual-function': {
    title: 'How the body responds',
    meaning: 'Help with erections, coming and orgasm. A doctor often checks the body side too.',
    whyItMayFit:
      'These concerns usually have both a body side and a mind side. A therapist who works alongside doctors can help with both.',
    credentials: [
      'Sex-therapy training in erections, coming and orgasm',
      'Experience working with doctors and nurses',
    ],
    searchWords: ['Sex Therapy', "Men's Issues", "Women's Issues"],
  },
  'sexual-pain-pelvic': {
    title: 'Pain during sex',
    meaning:
      'Help with pain during or after sex. This therapist works with body specialists, such as a physical therapist or a gynaecologist.',
    whyItMayFit:
      'Pain during sex is common and can be treated. The best help usually comes from a therapist and a body specialist working as a team.',
    credentials: [
      'Sex-therapy training in sexual pain',
      'Experience working with pelvic-floor physical therapists and gynaecologists (doctors for the vulva, vagina and womb)',
    ],
    searchWords: ['Sex Therapy', 'Chronic Pain'],
  },
  'trauma-informed': {
    title: 'Trauma-informed care',
    meaning:
      'A therapist trained to help people heal from sexual trauma. You set the pace, so you feel safe and in control.',
    whyItMayFit:
      'Healing from the past is possible. Trauma-informed care means you set the pace and nothing is rushed.',
    credentials: [
      'Training in ways to heal from trauma. Some use eye movements (EMDR), some work on thoughts (cognitive processing therapy), and some work through the body (somatic).',
      'Sex-therapy training, so sex and closeness can be part of the healing',
    ],
    searchWords: ['Sexual Abuse', 'Trauma and PTSD', 'EMDR', 'Somatic'],
  },
  'abuse-recovery': {
    title: 'Recovery from an abusive relationship',
    meaning: 'Help just for you, to heal after abuse, feel safe, and build healthy bonds later.',
    whyItMayFit:
      'If someone has hurt you, or you do not feel safe now, help just for you comes first. Look for someone who understands abuse.',
    credentials: [
      'Experience with abuse and coercive control. That is when someone uses threats, rules or fear to control a partner.',
      'Training in trauma-focused methods',
    ],
    searchWords: ['Domestic Abuse', 'Domestic Violence', 'Trauma and PTSD'],
  },
  'affair-recovery': {
    title: 'Healing after an affair',
    meaning: 'Help to work through an affair or broken trust, and decide together what comes next.',
    whyItMayFit:
      'Trust can be rebuilt. A therapist who knows this work can help you both talk about it without a fight.',
    credentials: [
      'Couples training. Emotionally focused therapy helps partners feel safe and close again. The Gottman method helps couples talk and fight less.',
      'Experience with infidelity and trust repair',
    ],
    searchWords: ['Infidelity', 'Gottman Method', 'Emotionally Focused'],
  },
  'anxiety-performance': {
    title: 'Worry and pressure around sex',
    meaning: 'Help with nerves, pressure to perform, and feeling shy about your body during sex.',
    whyItMayFit:
      'Worry can get in the way of pleasure. CBT (cognitive behavioural therapy) works on worried thoughts. It can help you feel calm and present.',
    credentials: ['Training in CBT or other ways to treat worry', 'Sex-therapy training'],
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
      'Help with sex and closeness when you live with cancer, a long-term illness, a disability, pain or an injury.',
    whyItMayFit:
      'Health changes can change how sex feels and what is possible. A therapist who knows this area can help you find what works now.',
    credentials: [
      'Experience with long-term illness, cancer or disability',
      'Willingness to work with your medical team',
    ],
    searchWords: ['Chronic Illness', 'Cancer'],
  },
  'kink-aware': {
    title: 'Kink-aware',
    meaning:
      'A therapist who sees kink, BDSM and less common interests as valid. They talk about them without judgement.',
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
      'A therapist who supports consensual non-monogamy. That means open relationships, polyamory and other ways to have more than one partner, where everyone agrees. Polyamory means more than one loving bond at a time.',
    whyItMayFit:
      'You deserve help that respects the kind of relationship you choose, and does not push you to change it.',
    credentials: ['Experience with open and polyamorous relationships'],
    searchWords: ['Open Relationships Non-Monogamy', 'Polyamorous and Open Relationships'],
  },
  'lgbtq-affirming': {
    title: 'LGBTQ+ affirming',
    meaning: 'A therapist who welcomes and understands gay, lesbian, bi, queer and other people.',
    whyItMayFit:
      'Feeling understood matters. An affirming therapist supports who you are and never tries to change it.',
    credentials: ['Experience and training with LGBTQ+ clients'],
    searchWords: ['LGBTQ+', 'Queer Allied', 'Bisexual', 'Gay', 'Lesbian'],
  },
  'gender-affirming': {
    title: 'Gender affirming',
    meaning:
      'A therapist who knows about gender identity and transition, and supports you as you are.',
    whyItMayFit:
      'Exploring gender is a valid journey. An affirming therapist gives you space to explore without pressure.',
    credentials: ['Experience with trans and non-binary people, and people exploring gender'],
    searchWords: ['Transgender', 'Non-Binary Allied'],
  },
  'faith-culture-sensitive': {
    title: 'Respect for faith and culture',
    meaning:
      'A therapist who respects your faith and culture. They can help with guilt or shame about sex that you learned growing up.',
    whyItMayFit:
      'Your values matter. A sensitive therapist helps you find a way forward that fits who you are.',
    credentials: ['Experience with faith, culture and religious sexual shame'],
    searchWords: ['Spirituality', "the directory's faith filter"],
  },
  'sexuality-education': {
    title: 'Sexuality education',
    meaning:
      'A sex educator or therapist who helps parents talk with children about bodies and sex.',
    whyItMayFit:
      'Talking with children about sex can feel awkward. The right guide can help you find words that fit their age.',
    credentials: ['AASECT Certified Sexuality Educator, or similar training'],
    searchWords: ['Parenting', 'AASECT Certified Sexuality Educator'],
  },
  'compulsive-behavior': {
    title: 'Sexual behaviour that feels out of control',
    meaning: 'Help when sex feels hard to control or gets in the way of life. No shaming labels.',
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
    credentials: ['Experience with dating and the patterns in how we bond'],
    searchWords: ['Relationship Issues', 'Dating'],
  },
};

/**
 * Lines that fit only some people, with who each is for (rules/line-audiences.ts decides from the
 * answers). Every other line shows to everyone.
 */
export const specialtyLineAudiences: Partial<
  Record<SpecialtyId, Record<string, readonly LineAudience[]>>
> = {
  'life-transitions': {
    'Experience with pregnancy and the time after a birth': ['birth'],
    'Perinatal mental health training (PMH-C). Perinatal means the time around pregnancy and birth.':
      ['birth'],
    'Experience with menopause': ['menopause'],
    'Experience with sex and closeness in later life': ['later-life'],
    'Pregnancy, Prenatal, Postpartum': ['birth'],
    "Women's Issues": ['birth', 'menopause'],
    'Elderly Persons Disorders': ['later-life'],
    'perinatal certification (PMH-C)': ['birth'],
  },
};

/**
 * Words to add to any of the searches above, when the answers ask for them (a language filter).
 * DOMAIN.md names no directory's filter labels for languages, so the card names the filter in
 * general words, as it does for faith.
 */
export const searchCopy: Record<
  SearchId,
  { title: string; meaning: string; searchWords: readonly string[] }
> = {
  'language-spanish': {
    title: 'Sessions in Spanish',
    meaning:
      'Look for a therapist who offers sessions in Spanish. Use these words with any of the searches above.',
    searchWords: ['Spanish', "the directory's language filter"],
  },
};
