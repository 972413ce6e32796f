import type { ReactNode } from 'react';
import { Link } from '../components/ui/app-link.tsx';
import { appCopy } from '../content/app.ts';
import { LanguageOffer } from './language-offer.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The header and footer, from the first script. Everything that needs the stores (and the zod
 * schemas that read them) comes in the route table's chunks, which the page fetches beside it.
 */
export function Frame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main-content">
        {appCopy.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to="/">
            {appCopy.serviceName}
          </Link>
          <div className="site-header__actions">
            <LanguageSwitch />
            <nav aria-label={appCopy.helpNav}>
              <Link className="help-link" to="/help">
                {appCopy.needHelpNow}
              </Link>
            </nav>
          </div>
        </div>
      </header>
      <LanguageOffer />
      {children}
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{appCopy.footerNote}</p>
          <nav aria-label={appCopy.footerNav}>
            <ul className="footer-links">
              <li>
                <Link to="/notes">{appCopy.footerLinks.notes}</Link>
              </li>
              <li>
                <Link to="/privacy">{appCopy.footerLinks.privacy}</Link>
              </li>
              <li>
                <Link to="/staying-safe">{appCopy.footerLinks.stayingSafe}</Link>
              </li>
              <li>
                <Link to="/delete">{appCopy.footerLinks.deleteAnswers}</Link>
              </li>
              <li>
                <Link to="/for-therapists">{appCopy.footerLinks.forTherapists}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}
