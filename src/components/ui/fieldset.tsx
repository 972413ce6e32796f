import type { ReactNode } from 'react';

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Errors are announced with this prefix, for screen readers: "Error:". */
  errorPrefix?: string;
  /** A legend that is the page's main question is styled larger. */
  legendSize?: 'page' | 'section';
  children: ReactNode;
}

export function Fieldset({
  id,
  legend,
  hint,
  error,
  errorPrefix = 'Error:',
  legendSize = 'section',
  children,
}: FieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset aria-describedby={describedBy}>
        <legend className={`legend legend--${legendSize}`}>{legend}</legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{errorPrefix}</span> {error}
          </p>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}
