import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { appCopy } from '../../content/app.ts';
import { startCopy } from '../../content/start.ts';

/** Opens an answers file saved earlier. A bad file changes nothing and says why. */
export function ImportAnswers() {
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const open = await import('./open-answers-file.ts').catch(() => null);
    const problem = open ? await open.openAnswersFile(file) : startCopy.importUnavailable;
    setProblem(problem);
    if (!problem) navigate('/prepare/check');
  };

  const errorId = `${inputId}-error`;
  return (
    <section aria-labelledby="import-heading" className="import-answers">
      <h2 id="import-heading">{startCopy.importHeading}</h2>
      <div className={problem ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={inputId}>
          {startCopy.importLabel}
        </label>
        <div className="hint" id={`${inputId}-hint`}>
          {startCopy.importHint}
        </div>
        {problem ? (
          <div id={errorId} className="error-message" role="alert">
            <span className="visually-hidden">{appCopy.errorPrefix}</span> {problem}{' '}
            {startCopy.importKeptNote}
          </div>
        ) : null}
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept="application/json,.json"
          aria-describedby={problem ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
          onChange={(event) => {
            void onFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </div>
    </section>
  );
}
