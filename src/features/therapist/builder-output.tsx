import { useEffect, useRef } from 'react';
import { builderCopy, introCopy } from '../../content/therapist.ts';
import type { TherapistLink } from '../../questionnaire/therapist-link.ts';
import { CodeOutput } from '../../components/ui/code-output.tsx';
import { LinkIntro } from './link-intro.tsx';

/** The made link: copy it, scan it, and preview what a client will see. */
export function BuilderOutput({ url, link }: { url: string; link: TherapistLink }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [url]);
  return (
    <section aria-labelledby="output-heading" className="builder-output">
      <h2 id="output-heading" ref={heading} tabIndex={-1}>
        {builderCopy.outputHeading}
      </h2>
      <CodeOutput
        id="made-link"
        text={url}
        label={builderCopy.linkLabel}
        hint={builderCopy.linkLength(url.length)}
        rows={4}
        boxClassName="textarea--code"
        copy={{
          label: builderCopy.copy,
          copied: builderCopy.copied,
          failed: builderCopy.copyFailed,
        }}
        qr={{
          heading: builderCopy.qrHeading,
          alt: builderCopy.qrAlt,
          hint: builderCopy.qrHint,
          tooLong: builderCopy.qrTooLong,
          failed: builderCopy.qrTooLong,
          margin: 4,
        }}
      />
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
