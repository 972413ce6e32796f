import { useEffect, useRef } from 'react';
import { sendCopy } from '../../content/therapist.ts';
import { downloadText } from '../../storage/download.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { envelopeToJson, envelopeToText, type SealedEnvelope } from './sealed-summary.ts';

/** The locked summary: save it as a file, or copy it as text. No client data goes in a URL. */
export function SealedOutput({ envelope, name }: { envelope: SealedEnvelope; name: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const text = envelopeToText(envelope, sendCopy.textIntro(name));
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="sealed-heading" className="panel panel--calm">
      <h2 id="sealed-heading" ref={heading} tabIndex={-1}>
        {sendCopy.lockedHeading}
      </h2>
      <p>{sendCopy.lockedLead(name)}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(envelopeToJson(envelope), `${sendCopy.fileName}.json`, 'application/json')
          }
        >
          {sendCopy.saveJson}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(text, `${sendCopy.fileName}.txt`, 'text/plain')}
        >
          {sendCopy.saveText}
        </button>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="sealed-text">
          {sendCopy.textLabel}
        </label>
        <textarea
          id="sealed-text"
          className="textarea textarea--code"
          readOnly
          rows={8}
          value={text}
        />
      </div>
      <CopyButton
        text={text}
        label={sendCopy.copy}
        copied={sendCopy.copied}
        failed={sendCopy.copyFailed}
      />
    </section>
  );
}
