import { useState, type MouseEvent } from 'react';
import { languageOptions } from '../content/language-names.ts';
import { defaultLocale } from '../content/locales.ts';
import { useLanguage } from '../components/domain/use-language.ts';
import { chooseLanguage } from './use-language.ts';

/** The language to offer from `current`: Spanish from English, English from anything else. */
export const otherLanguage = (current: string) =>
  current === defaultLocale ? 'es' : defaultLocale;

/**
 * "Español" on every English page and "English" on every Spanish one, each in its own
 * language. A real link, so it works before the script has run; with the script, the page
 * switches in place and keeps what the person has typed.
 */
export function LanguageSwitch() {
  const current = useLanguage();
  const [failed, setFailed] = useState<string | null>(null);
  const target = otherLanguage(current);
  const option = languageOptions[target]!;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setFailed(null);
    void chooseLanguage(target).then((ok) => {
      if (!ok) setFailed(option.failed);
    });
  };

  return (
    <>
      <a
        className="language-link"
        href={`?lang=${target}`}
        lang={option.lang}
        hrefLang={option.lang}
        onClick={onClick}
      >
        {option.name}
      </a>
      {/* Only when the words would not load: an alert is read out as it appears. */}
      {failed ? (
        <span role="alert" lang={option.lang} className="language-failed">
          {failed}
        </span>
      ) : null}
    </>
  );
}
