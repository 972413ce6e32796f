import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix?: string;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  errorPrefix = 'Error:',
  children,
}: BaseProps & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{errorPrefix}</span> {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextInput({
  id,
  label,
  hint,
  error,
  errorPrefix,
  ...inputProps
}: BaseProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        className="input"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...inputProps}
      />
    </FieldFrame>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  errorPrefix,
  ...areaProps
}: BaseProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <textarea
        id={id}
        className="textarea"
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...areaProps}
      />
    </FieldFrame>
  );
}

export function FileInput({
  id,
  label,
  hint,
  error,
  errorPrefix,
  accept,
  onFile,
}: BaseProps & { accept: string; onFile: (file: File | null) => void }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}
