import { useEffect, useRef } from 'react';
import { shareCopy } from '../../content/couples.ts';
import { CodeOutput as CodeBox } from '../../components/ui/code-output.tsx';

/** The finished code: a read-only box to copy from, a copy button, and the QR code. */
export function CodeOutput({ code, sealed }: { code: string; sealed: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [code]);
  return (
    <section aria-labelledby="code-heading" className="panel panel--highlight">
      <h2 id="code-heading" ref={headingRef} tabIndex={-1}>
        {shareCopy.codeLabel}
      </h2>
      {sealed ? <p>{shareCopy.sealedNote}</p> : null}
      <CodeBox
        id="partner-code-output"
        text={code}
        label={shareCopy.codeLabel}
        hideLabel
        hint={shareCopy.codeHint(code.length)}
        rows={5}
        boxClassName="code-box"
        copy={{
          label: shareCopy.copy,
          copied: shareCopy.copied,
          failed: shareCopy.copyFailed,
          primary: true,
        }}
        qr={{
          alt: shareCopy.qrAlt,
          hint: shareCopy.qrHint,
          tooLong: shareCopy.qrTooLong,
          failed: shareCopy.qrFailed,
          margin: 2,
        }}
      />
    </section>
  );
}
