import type { ConcernId } from '../../questionnaire/ids.ts';
import type { ConcernThemeId } from '../../questionnaire/concern-themes.ts';

export interface ConcernCopy {
  /** The checkbox label, in the user's own voice where it reads naturally. */
  label: string;
  /** A few words that fit inside a sentence: "help with {short}". */
  short: string;
  /** A plain gloss of a term in the label, shown under the checkbox. */
  hint?: string;
  /** The label in the shared couples view, where it cannot say "I": only when it differs. */
  shared?: string;
}

/** A concern's label as the shared couples view shows it. */
export const sharedConcernLabel = (id: ConcernId): string =>
  concernCopy[id].shared ?? concernCopy[id].label;

export const concernCopy: Record<ConcernId, ConcernCopy> = {
  'low-desire': { label: 'Low or lost desire for sex', short: 'low desire' },
  'desire-discrepancy': {
    label: 'We want sex at different amounts',
    short: 'wanting different amounts of sex',
  },
  'sexless-relationship': {
    label: 'Little or no sex in our relationship',
    short: 'a relationship with little or no sex',
  },
  'erectile-difficulty': {
    label: 'Getting or keeping an erection',
    short: 'erection trouble',
  },
  'early-ejaculation': {
    label: 'Coming sooner than I would like',
    short: 'early ejaculation',
    shared: 'Coming sooner than wanted',
  },
  'delayed-ejaculation': {
    label: 'Finding it hard or impossible to ejaculate',
    short: 'delayed ejaculation',
  },
  'orgasm-difficulty': {
    label: 'Finding it hard or impossible to reach orgasm',
    short: 'trouble reaching orgasm',
  },
  'sexual-pain': { label: 'Pain during or after sex', short: 'pain during sex' },
  'arousal-difficulty': {
    label: 'Finding it hard to become or stay aroused',
    short: 'trouble getting aroused',
  },
  'sexual-anxiety': {
    label: 'Worry, pressure or nerves around sex',
    short: 'anxiety or pressure around sex',
  },
  communication: {
    label: 'Talking about sex and what I need feels hard',
    short: 'talking about sex and needs',
    shared: 'Talking about sex and needs feels hard',
  },
  reconnection: {
    label: 'Wanting to feel close again and find new ways to connect',
    short: 'reconnecting as partners',
  },
  enhancement: {
    label: 'No problem as such: I want more pleasure and confidence',
    short: 'growing pleasure and confidence',
    shared: 'No problem as such: wanting more pleasure and confidence',
  },
  'affair-recovery': {
    label: 'Healing after an affair or broken trust',
    short: 'recovering from an affair',
  },
  'sexual-trauma': {
    label: 'Healing from sexual trauma or a painful sexual past',
    short: 'healing from sexual trauma',
  },
  'abuse-recovery': {
    label: 'Recovering from an abusive relationship',
    short: 'healing after abuse',
  },
  'intimacy-blocks': {
    label: 'Something inside holds me back from closeness',
    short: 'inner blocks to closeness',
    shared: 'Something inside holds back closeness',
  },
  shame: {
    label: 'Shame or guilt about sex from family, faith or culture',
    short: 'shame or guilt about sex',
  },
  'body-image': {
    label: "How I feel about my body, or my partner's",
    short: 'body image',
    shared: 'How you feel about your body, or a partner’s',
  },
  postpartum: {
    label: 'Changes after pregnancy or giving birth',
    short: 'changes after pregnancy and birth',
  },
  menopause: {
    label: 'Changes with menopause or perimenopause',
    short: 'menopause changes',
  },
  aging: { label: 'Intimacy changing as we get older', short: 'sex and closeness as we age' },
  'illness-disability': {
    label: 'Cancer, illness, disability or injury that affects sex',
    short: 'sex with an illness or disability',
  },
  'kink-interests': {
    label: 'Exploring kink, BDSM or less common interests',
    short: 'kink and less common interests',
  },
  'interest-mismatch': {
    label: 'One of us is more adventurous than the other',
    short: 'liking different things in sex',
  },
  'opening-relationship': {
    label: 'Opening up our relationship',
    short: 'opening a relationship',
    hint: 'Consensual non-monogamy means more than one partner, with everyone’s agreement.',
  },
  'gender-identity': {
    label: 'Exploring gender identity, expression or roles',
    short: 'exploring gender identity',
  },
  'sexual-orientation': {
    label: 'Exploring my sexual orientation or identity',
    short: 'exploring sexual orientation',
    shared: 'Exploring sexual orientation or identity',
  },
  'partner-choice': {
    label: 'Choosing partners well and building steady relationships',
    short: 'choosing partners and building steady relationships',
  },
  'parenting-talk': {
    label: 'Talking with my children about sex and bodies',
    short: 'talking with children about sex',
    shared: 'Talking with children about sex and bodies',
  },
  'compulsive-behavior': {
    label: 'Sexual behaviour that feels out of my control',
    short: 'sex that feels out of control',
    shared: 'Sexual behaviour that feels out of control',
  },
};

export interface ConcernThemeCopy {
  legend: string;
  hint: string;
}

export const concernThemeCopy: Record<ConcernThemeId, ConcernThemeCopy> = {
  connection: {
    legend: 'Desire and closeness',
    hint: 'Wanting sex, feeling close, and talking about it.',
  },
  body: {
    legend: 'How your body responds',
    hint: 'Arousal, erections, orgasm, pain and nerves.',
  },
  past: {
    legend: 'Trust, the past and how you feel about yourself',
    hint: 'Things that happened, and feelings that stay with you.',
  },
  'life-changes': {
    legend: 'Life changes and health',
    hint: 'Birth, menopause, getting older, illness or injury.',
  },
  identity: {
    legend: 'Who you are, what you like, and who you love',
    hint: 'Who you are, what you enjoy, and how you build relationships.',
  },
};
