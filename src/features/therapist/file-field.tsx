import { appCopy } from '../../content/en/app.ts';

interface FileFieldProps {
  id: string;
  label: string;
  hint?: string;
  accept: string;
  error?: string;
  onFile: (file: File | null) => void;
}

/** A labelled file input, GOV.UK style, with hint and error wired to it. */
export function FileField({ id, label, hint, accept, error, onFile }: FileFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
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
          <span className="visually-hidden">{appCopy.errorPrefix}</span> {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
