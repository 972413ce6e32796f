import { useEffect, useRef, useState } from 'react';
import { shareCopy } from '../../content/en/couples.ts';
import { QrImage } from './qr-image.tsx';

/** The finished code: a read-only box to copy from, a copy button, and the QR code. */
export function CodeOutput({ code, sealed }: { code: string; sealed: boolean }) {
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [code]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(shareCopy.copied);
    } catch {
      setStatus(shareCopy.copyFailed);
    }
  };
  return (
    <section aria-labelledby="code-heading" className="panel panel--highlight">
      <h2 id="code-heading" ref={headingRef} tabIndex={-1}>
        {shareCopy.codeLabel}
      </h2>
      {sealed ? <p>{shareCopy.sealedNote}</p> : null}
      <label className="visually-hidden" htmlFor="partner-code-output">
        {shareCopy.codeLabel}
      </label>
      <p id="partner-code-hint" className="hint">
        {shareCopy.codeHint(code.length)}
      </p>
      <textarea
        id="partner-code-output"
        className="textarea code-box"
        readOnly
        rows={5}
        value={code}
        aria-describedby="partner-code-hint"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copy()}>
          {shareCopy.copy}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>
      <QrImage text={code} />
    </section>
  );
}
