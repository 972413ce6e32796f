import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the input (or first input of a group) to move to. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: FieldError[];
  /** Changes on each failed submit (after validation), so focus moves here every time. */
  submitCount: number;
  /** Names the title `${id}-title`; give another when a page holds a second form. */
  id?: string;
}

export function ErrorSummary({
  title,
  errors,
  submitCount,
  id = 'error-summary',
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    // Focus once per failed submit, not on every keystroke that changes the list. The new
    // count and the errors can reach the page in either order, so wait for both.
    if (hasErrors && submitCount !== focusedFor.current) {
      focusedFor.current = submitCount;
      ref.current?.focus();
    }
  }, [submitCount, hasErrors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(error.fieldId);
                field?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
