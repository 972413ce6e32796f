import { useEffect, useRef } from 'react';

/** "Are you sure?" in place of a delete button. It takes focus, and names what it is about. */
export function KeptConfirm({
  label,
  question,
  yes,
  no,
  onYes,
  onNo,
}: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice" ref={ref} tabIndex={-1} role="group" aria-label={label}>
      <p>{question}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
