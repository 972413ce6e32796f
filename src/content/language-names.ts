// Each language's own name, and the offer to switch to it, written in that language. These are
// not translated on purpose: a person looks for their own language in its own words, whatever
// language the page is in now. They load with the first script, so they stay few.

export interface LanguageOption {
  /** The language's name in itself: "English", "Español". */
  name: string;
  /** The `lang` of those words, for screen readers. */
  lang: string;
  /** Offered on a first visit when the browser prefers this language. */
  offer: { text: string; accept: string; decline: string };
  /** When this language's words would not load, in this language. */
  failed: string;
}

export const languageOptions: Readonly<Record<string, LanguageOption>> = {
  en: {
    name: 'English',
    lang: 'en',
    offer: {
      text: 'This page is also in English.',
      accept: 'Use English',
      decline: 'No, thank you',
    },
    failed: 'English would not load. Please try again.',
  },
  es: {
    name: 'Español',
    lang: 'es',
    offer: {
      text: 'Esta página también está en español.',
      accept: 'Usar español',
      decline: 'No, gracias',
    },
    failed: 'No se pudo cargar el español. Inténtalo de nuevo.',
  },
};
