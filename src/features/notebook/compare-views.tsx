import { compareCopy as copy } from '../../content/notebook.ts';
import type { CompareLine, CompareRow, Comparison } from './compare-model.ts';

function Lines({ lines }: { lines: readonly CompareLine[] }) {
  if (lines.length === 1 && !lines[0]!.who) return <>{lines[0]!.text}</>;
  return (
    <ul className="compare__lines">
      {lines.map((line, n) => (
        <li key={n}>
          {line.who ? <strong>{line.who}: </strong> : null}
          {line.text}
        </li>
      ))}
    </ul>
  );
}

function RowLabel({ row }: { row: CompareRow }) {
  return (
    <>
      {row.label}
      {row.differs ? <span className="compare__differs">{copy.differs}</span> : null}
    </>
  );
}

function rowClass(row: CompareRow): string {
  return [
    row.kind === 'warning' ? 'compare__row--warning' : '',
    row.differs ? 'compare__row--differs' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A real table: a column per therapist, a row per thing noted. For wide screens and print. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  return (
    // A wide table scrolls sideways; the frame can take focus so keys can scroll it too.
    <div className="compare__table-wrap" role="region" aria-label={copy.caption} tabIndex={0}>
      <table className="compare__table">
        <caption>{copy.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.aspect}</th>
            {comparison.columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.id} className={rowClass(row) || undefined}>
              <th scope="row">
                <RowLabel row={row} />
              </th>
              {row.cells.map((lines, n) => (
                <td key={comparison.columns[n]!.id}>
                  <Lines lines={lines} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** On a phone: one card per therapist, with the same rows in the same order. */
export function CompareCards({ comparison }: { comparison: Comparison }) {
  return (
    <ul className="compare__cards" aria-label={copy.cards}>
      {comparison.columns.map((column, n) => (
        <li key={column.id} className="compare__card">
          <h2>{column.name}</h2>
          <dl>
            {comparison.rows.map((row) => (
              <div key={row.id} className={rowClass(row) || undefined}>
                <dt>
                  <RowLabel row={row} />
                </dt>
                <dd>
                  <Lines lines={row.cells[n] ?? []} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
