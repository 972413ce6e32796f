import { useEffect, useRef } from 'react';
import { builderCopy, introCopy } from '../../content/en/therapist.ts';
import type { TherapistLink } from '../../questionnaire/therapist-link.ts';
import { CopyButton } from './copy-button.tsx';
import { LinkIntro } from './link-intro.tsx';
import { QrImage } from './qr-image.tsx';

/** The made link: copy it, scan it, and preview what a client will see. */
export function BuilderOutput({ url, link }: { url: string; link: TherapistLink }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [url]);
  return (
    <section aria-labelledby="output-heading" className="builder-output">
      <h2 id="output-heading" ref={heading} tabIndex={-1}>
        {builderCopy.outputHeading}
      </h2>
      <div className="form-group">
        <label className="label" htmlFor="made-link">
          {builderCopy.linkLabel}
        </label>
        <div id="made-link-hint" className="hint">
          {builderCopy.linkLength(url.length)}
        </div>
        <textarea
          id="made-link"
          className="textarea textarea--code"
          readOnly
          rows={4}
          value={url}
          aria-describedby="made-link-hint"
          onFocus={(event) => event.target.select()}
        />
      </div>
      <CopyButton
        text={url}
        label={builderCopy.copy}
        copied={builderCopy.copied}
        failed={builderCopy.copyFailed}
      />
      <h3>{builderCopy.qrHeading}</h3>
      <QrImage text={url} />
      <section aria-labelledby="preview-heading" className="preview-frame">
        <h3 id="preview-heading">{builderCopy.previewHeading}</h3>
        <p className="lead">{introCopy.preparedFor(link.name)}</p>
        <LinkIntro link={link} headingLevel={3} />
        {link.questions.length > 0 ? (
          <>
            <p>{introCopy.questionsCount(link.name, link.questions.length)}</p>
            <ol>
              {link.questions.map((question, i) => (
                <li key={i}>{question.text}</li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </section>
  );
}
