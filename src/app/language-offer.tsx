import { useState } from 'react';
import { languageOptions } from '../content/language-names.ts';
import { localeToOffer } from '../content/start-locale.ts';
import { useLanguage } from '../components/domain/use-language.ts';
import { chooseLanguage, keepLanguage } from './use-language.ts';

/**
 * On a first visit from a browser that prefers another language we have, one quiet line in
 * that language offers it. Nothing switches until the person says so.
 */
export function LanguageOffer() {
  const current = useLanguage();
  const [offered, setOffered] = useState(() => localeToOffer());
  const [failed, setFailed] = useState(false);
  if (!offered || offered === current) return null;
  const option = languageOptions[offered]!;

  const accept = () => {
    setFailed(false);
    void chooseLanguage(offered).then((ok) => (ok ? setOffered(null) : setFailed(true)));
  };
  const decline = () => {
    void keepLanguage(current);
    setOffered(null);
  };

  return (
    <div className="language-offer" lang={option.lang}>
      <div className="language-offer__inner">
        <p>{option.offer.text}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={accept}>
            {option.offer.accept}
          </button>
          <button type="button" className="button button--secondary" onClick={decline}>
            {option.offer.decline}
          </button>
        </div>
        {failed ? <p role="alert">{option.failed}</p> : null}
      </div>
    </div>
  );
}
