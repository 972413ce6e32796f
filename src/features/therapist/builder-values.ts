import type { CountryId } from '../../questionnaire/ids.ts';
import { builderAudienceCopy, builderCopy } from '../../content/therapist.ts';
import {
  cleanText,
  isRealDate,
  isSafeWebsite,
  linkLimits,
  stateCodes,
  type CustomQuestion,
  type LicenceId,
  type LinkSectionId,
  type QuestionKind,
  type ReturnMode,
  type StateCode,
  type TherapistLink,
} from '../../questionnaire/therapist-link.ts';
import type { FieldError } from '../../components/ui/error-summary.tsx';

// The builder's form values, and the pure step from them to a link: clean every string (strip
// control and bidi characters), check lengths and formats, and say what to fix, per field.

/** Who a link is for: any client (a link for a website), or one client, named in the link. */
export const audiences = ['everyone', 'one'] as const;
export type Audience = (typeof audiences)[number];

export interface QuestionValues {
  text: string;
  kind: QuestionKind;
  options: string;
}

export interface BuilderValues {
  audience: Audience;
  /** One client's name or initials, as they will see it. Used only for a one-client link. */
  client: string;
  name: string;
  licences: LicenceId[];
  licenceOther: string;
  states: string;
  aasect: 'yes' | 'no' | null;
  practice: string;
  /** Where they practise; empty when not given. */
  country: CountryId | '';
  website: string;
  contact: string;
  welcome: string;
  /** The consultation's date. Used only for a one-client link. */
  date: string;
  sections: LinkSectionId[];
  questions: QuestionValues[];
  returnMode: ReturnMode;
}

export const emptyBuilderValues = (): BuilderValues => ({
  audience: 'everyone',
  client: '',
  name: '',
  licences: [],
  licenceOther: '',
  states: '',
  aasect: null,
  practice: '',
  country: '',
  website: '',
  contact: '',
  welcome: '',
  date: '',
  sections: [],
  questions: [],
  returnMode: 'bring',
});

export const emptyQuestion = (): QuestionValues => ({ text: '', kind: 'short-text', options: '' });

export type LinkDraft = Omit<TherapistLink, 'publicKey'>;
export type BuildResult = { ok: true; draft: LinkDraft } | { ok: false; errors: FieldError[] };

const optional = (text: string) => (text === '' ? undefined : text);

function parseStates(text: string): { states: StateCode[]; bad?: string } {
  const codes = cleanText(text)
    .split(/[\s,;]+/)
    .map((code) => code.toUpperCase())
    .filter(Boolean);
  const bad = codes.find((code) => !(stateCodes as readonly string[]).includes(code));
  return { states: [...new Set(codes)] as StateCode[], bad };
}

function questionFrom(values: QuestionValues, index: number, errors: FieldError[]): CustomQuestion {
  const text = cleanText(values.text);
  const n = index + 1;
  if (text === '')
    errors.push({ fieldId: `question-${index}-text`, message: builderCopy.questionError(n) });
  else if (text.length > linkLimits.questionText) {
    errors.push({
      fieldId: `question-${index}-text`,
      message: builderCopy.tooLong(linkLimits.questionText),
    });
  }
  if (values.kind !== 'choice') return { kind: values.kind, text };
  const options = [
    ...new Set(
      values.options
        .split('\n')
        .map((line) => cleanText(line))
        .filter(Boolean),
    ),
  ];
  if (options.length < 2 || options.length > linkLimits.options) {
    errors.push({
      fieldId: `question-${index}-options`,
      message: builderCopy.optionsError(n, linkLimits.options),
    });
  } else if (options.some((option) => option.length > linkLimits.optionText)) {
    errors.push({
      fieldId: `question-${index}-options`,
      message: builderCopy.tooLong(linkLimits.optionText),
    });
  }
  return { kind: 'choice', text, options };
}

/**
 * Cleans and checks the form. Errors come in page order, each pointing at its field. A link for
 * everyone carries no client name and no date, even if some were typed before the choice changed.
 */
export function buildDraft(values: BuilderValues): BuildResult {
  const errors: FieldError[] = [];
  const capped = (id: string, text: string, max: number) => {
    if (text.length > max) errors.push({ fieldId: id, message: builderCopy.tooLong(max) });
    return text;
  };
  const forOne = values.audience === 'one';
  const client = forOne ? capped('client', cleanText(values.client), linkLimits.client) : '';
  if (forOne && client === '') {
    errors.push({ fieldId: 'client', message: builderAudienceCopy.clientError });
  }
  const date = forOne ? values.date.trim() : '';
  if (date !== '' && !isRealDate(date)) {
    errors.push({ fieldId: 'date', message: builderCopy.dateError });
  }
  const name = capped('name', cleanText(values.name), linkLimits.name);
  if (name === '') errors.push({ fieldId: 'name', message: builderCopy.nameError });
  const licenceOther = capped(
    'licence-other-name',
    cleanText(values.licenceOther),
    linkLimits.licenceOther,
  );
  const { states, bad } = parseStates(values.states);
  if (bad !== undefined) errors.push({ fieldId: 'states', message: builderCopy.statesError(bad) });
  if (values.aasect === null)
    errors.push({ fieldId: 'aasect-yes', message: builderCopy.aasectError });
  const practice = capped('practice', cleanText(values.practice), linkLimits.practice);
  const website = cleanText(values.website);
  if (website !== '' && (!isSafeWebsite(website) || website.length > linkLimits.website)) {
    errors.push({ fieldId: 'website', message: builderCopy.websiteError });
  }
  const contact = capped('contact', cleanText(values.contact), linkLimits.contact);
  const welcome = capped('welcome', cleanText(values.welcome, true), linkLimits.welcome);
  if (values.questions.length > linkLimits.questions) {
    errors.push({ fieldId: 'add-question', message: builderCopy.tooMany(linkLimits.questions) });
  }
  const questions = values.questions
    .slice(0, linkLimits.questions)
    .map((q, i) => questionFrom(q, i, errors));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      name,
      ...(client === '' ? {} : { client }),
      licences: [...new Set(values.licences)].slice(0, linkLimits.licences),
      licenceOther: optional(licenceOther),
      states: states.slice(0, linkLimits.states),
      aasect: values.aasect === 'yes',
      practice: optional(practice),
      ...(values.country === '' ? {} : { country: values.country }),
      website: optional(website),
      contact: optional(contact),
      welcome: optional(welcome),
      sections: [...new Set(values.sections)],
      questions,
      date: optional(date),
      returnMode: values.returnMode,
    },
  };
}
