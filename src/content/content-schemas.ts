import { z } from 'zod/mini';
import { questionIds, questionTopicIds } from '../rules/question-ids.ts';
import { countryIds } from '../questionnaire/ids.ts';
import { referralIds, safetyIds, specialtyIds } from '../rules/ids.ts';

// The shape of each locale's results content. Schema first: the types below come from these
// schemas, and `z.record` over an enum needs every key, so a locale missing a string fails both
// the type check and the content-integrity test. Locale files import only the types, so zod is
// not pulled in by the content itself.

const text = z.string().check(z.trim(), z.minLength(1));
const textList = z.array(text).check(z.minLength(1));

export const specialtyCopySchema = z.object({
  /** A short title, a few words. */
  title: text,
  /** What it means, in plain words. */
  meaning: text,
  /** Why it may fit the person reading. */
  whyItMayFit: text,
  /** Credentials and training worth checking. */
  credentials: textList,
  /** Words to type into therapist directories, exactly as DOMAIN.md gives them. */
  searchWords: textList,
});
export type SpecialtyCopy = z.infer<typeof specialtyCopySchema>;
export const specialtyCatalogueSchema = z.record(z.enum(specialtyIds), specialtyCopySchema);
export type SpecialtyCatalogue = z.infer<typeof specialtyCatalogueSchema>;

export const referralCopySchema = z.object({ title: text, what: text, why: text });
export type ReferralCopy = z.infer<typeof referralCopySchema>;
export const referralCatalogueSchema = z.record(z.enum(referralIds), referralCopySchema);
export type ReferralCatalogue = z.infer<typeof referralCatalogueSchema>;

export const contactKinds = ['call', 'text', 'tty', 'chat', 'web'] as const;
export const contactSchema = z
  .object({
    label: text,
    kind: z.enum(contactKinds),
    /** What to dial, text or open, as people write it: "1-800-799-7233", "START to 88788". */
    value: text,
    /** A ready link: tel: for calls and TTY, sms: for texts, https: for a chat or a website. */
    href: z.optional(z.string().check(z.regex(/^(tel:\+?\d+|sms:\+?\d+|https:\/\/\S+)$/))),
  })
  .check(
    z.refine(
      (contact) =>
        contact.kind === 'chat' || contact.kind === 'web'
          ? contact.href === undefined || contact.href.startsWith('https://')
          : contact.href !== undefined &&
            contact.href.startsWith(contact.kind === 'text' ? 'sms:' : 'tel:'),
      { message: 'Calls and TTY link with tel:, texts with sms:, chats and websites with https:' },
    ),
  );
export type Contact = z.infer<typeof contactSchema>;

export const safetyCopySchema = z.object({
  title: text,
  /** Why this is shown, said gently. */
  when: text,
  /** The lines to show, with names and numbers exactly as DOMAIN.md gives them. */
  lines: textList,
  contacts: z.array(contactSchema),
  outsideUs: text,
});
export type SafetyCopy = z.infer<typeof safetyCopySchema>;
export const safetyCatalogueSchema = z.record(z.enum(safetyIds), safetyCopySchema);
export type SafetyCatalogue = z.infer<typeof safetyCatalogueSchema>;

/** One kind of help in one country: what to say, and what to tap. */
export const helpLineSchema = z.object({ lines: textList, contacts: z.array(contactSchema) });
export type HelpLine = z.infer<typeof helpLineSchema>;

/** A country's help, with names and numbers exactly as DOMAIN.md gives them, or none. */
export const placeHelpSchema = z.object({
  /** "In an emergency, call 999." Everyone sees it. */
  emergency: text,
  emergencyContacts: z.array(contactSchema),
  crisis: helpLineSchema,
  domesticAbuse: helpLineSchema,
  sexualViolence: helpLineSchema,
  postpartum: helpLineSchema,
  /** For someone under 18: where to turn when they feel unsafe or overwhelmed. */
  minorLine: text,
});
export type PlaceHelp = z.infer<typeof placeHelpSchema>;
export const placeHelpCatalogueSchema = z.record(z.enum(countryIds), placeHelpSchema);
export type PlaceHelpCatalogue = z.infer<typeof placeHelpCatalogueSchema>;

export const questionCopySchema = z.object({
  /** The question; a tailored one holds `{concern}`. */
  text,
  /** One line on why it is worth asking. */
  why: text,
  /** For a tailored question with no concern to name. */
  fallback: z.optional(text),
});
export type QuestionCopy = z.infer<typeof questionCopySchema>;
export const questionCatalogueSchema = z.record(z.enum(questionIds), questionCopySchema);
export type QuestionCatalogue = z.infer<typeof questionCatalogueSchema>;

export const questionTopicCopySchema = z.object({ heading: text });
export const questionTopicCatalogueSchema = z.record(
  z.enum(questionTopicIds),
  questionTopicCopySchema,
);
export type QuestionTopicCatalogue = z.infer<typeof questionTopicCatalogueSchema>;

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
export const guideItemSchema = z.object({ id: kebabId, text });
export const guideSectionSchema = z.object({
  id: kebabId,
  heading: text,
  items: z.array(guideItemSchema).check(z.minLength(1)),
});
export const guideSchema = z.object({
  id: kebabId,
  title: text,
  intro: text,
  sections: z.array(guideSectionSchema).check(z.minLength(1)),
});
export type GuideItem = z.infer<typeof guideItemSchema>;
export type GuideSection = z.infer<typeof guideSectionSchema>;
export type Guide = z.infer<typeof guideSchema>;
