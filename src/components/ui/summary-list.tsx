import type { ReactNode } from 'react';
import { Link } from './app-link.tsx';

export interface SummaryRow {
  id: string;
  key: string;
  value: ReactNode;
  changeTo?: string;
  /** Visible text of the change link; the row's key is added for screen readers. */
  changeLabel?: string;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div key={row.id} className="summary-list__row">
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.changeTo ? (
            <dd className="summary-list__actions">
              <Link to={row.changeTo}>
                {row.changeLabel} <span className="visually-hidden">{row.key.toLowerCase()}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
