import { CopyButton } from './copy-button.tsx';
import { QrCode, type QrWords } from './qr-code.tsx';

interface CodeOutputProps {
  /** The text box's id; its hint is `${id}-hint`. */
  id: string;
  text: string;
  label: string;
  /** The panel's heading already says what this is: the label is for screen readers only. */
  hideLabel?: boolean;
  hint: string;
  rows: number;
  /** The box's look: a code of letters, or a link. */
  boxClassName: string;
  copy: { label: string; copied: string; failed: string; primary?: boolean };
  qr: QrWords & { margin: number; heading?: string };
}

/** Something made to hand on: a read-only box to copy from, a copy button, and its QR code. */
export function CodeOutput({
  id,
  text,
  label,
  hideLabel = false,
  hint,
  rows,
  boxClassName,
  copy,
  qr: { margin, heading, ...words },
}: CodeOutputProps) {
  return (
    <>
      <div className="form-group">
        <label className={hideLabel ? 'visually-hidden' : 'label'} htmlFor={id}>
          {label}
        </label>
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
        <textarea
          id={id}
          className={`textarea ${boxClassName}`}
          readOnly
          rows={rows}
          value={text}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="button-group">
        <CopyButton text={text} {...copy} />
      </div>
      {heading ? <h3>{heading}</h3> : null}
      <QrCode text={text} words={words} margin={margin} />
    </>
  );
}
