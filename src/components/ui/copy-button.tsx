import { useState } from 'react';

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
  /** The main action of its panel: a primary button. */
  primary?: boolean;
}

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label, copied, failed, primary = false }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className={primary ? 'button' : 'button button--secondary'}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setStatus(copied),
            () => setStatus(failed),
          );
        }}
      >
        {label}
      </button>
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>
    </>
  );
}
