import { referralCopy } from '../../content/referrals.ts';
import { reasonText } from '../../content/reasons.ts';
import { resultsCopy } from '../../content/results.ts';
import type { ReferralItem } from '../../rules/evaluate.ts';

export function ReferralList({ referrals }: { referrals: readonly ReferralItem[] }) {
  return (
    <ul className="card-list">
      {referrals.map((item) => {
        const copy = referralCopy[item.id];
        return (
          <li key={item.id} className="card card--quiet">
            <h3>{copy.title}</h3>
            <p>{copy.what}</p>
            <details className="why">
              <summary>{resultsCopy.whyToggle}</summary>
              <p>{copy.why}</p>
              <ul className="bullets">
                {item.reasons.map((reason) => (
                  <li key={reason.ruleId}>{reasonText(reason)}</li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
