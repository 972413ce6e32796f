import type { InputHTMLAttributes, ReactNode } from 'react';

interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  type: 'radio' | 'checkbox';
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Revealed under a selected choice (GOV.UK "conditional reveal"). */
  reveal?: ReactNode;
}

/** One radio or checkbox with a large target, its label and an optional hint. */
export function Choice({ type, id, label, hint, reveal, ...inputProps }: ChoiceProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`choice choice--${type}`}>
      <input id={id} type={type} aria-describedby={hintId} {...inputProps} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="choice__hint">
          {hint}
        </div>
      ) : null}
      {reveal ? <div className="choice__reveal">{reveal}</div> : null}
    </div>
  );
}
