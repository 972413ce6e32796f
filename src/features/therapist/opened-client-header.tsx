import { openedClientCopy } from '../../content/therapist.ts';
import { SummaryList, type SummaryRow } from '../../components/ui/summary-list.tsx';
import { formatDate } from './format.ts';
import type { SummaryPayload } from './sealed-summary.ts';

/** At the top of an opened summary: the client the link was made for, and the consultation. */
export function OpenedClientHeader({ summary }: { summary: SummaryPayload }) {
  const rows: SummaryRow[] = [
    ...(summary.client
      ? [{ id: 'client', key: openedClientCopy.client, value: summary.client }]
      : []),
    ...(summary.consultation
      ? [
          {
            id: 'consultation',
            key: openedClientCopy.consultation,
            value: formatDate(summary.consultation),
          },
        ]
      : []),
  ];
  return rows.length > 0 ? <SummaryList rows={rows} /> : null;
}
