import { LINK_STEP_POSITION } from '../../questionnaire/steps.ts';

// Neutral paths (they show in browser history). The link's own page is `/from#<code>`.
export const LINK_PATH = '/from';
/** The therapist's questions come as one more step after the six. */
export const LINK_QUESTIONS_PATH = `/prepare/${LINK_STEP_POSITION}`;
export const CHECK_PATH = '/prepare/check';
export const SUMMARY_PATH = '/prepare/summary';
export const SEND_PATH = '/prepare/send';
export const BUILDER_PATH = '/for-therapists';
export const OPEN_PATH = '/for-therapists/open';
