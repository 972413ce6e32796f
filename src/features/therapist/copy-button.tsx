import { useState } from 'react';

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
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
