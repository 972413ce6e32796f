import { planCopy, signCopy } from '../../content/plan.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { listenFor } from '../../rules/listen-for.ts';

/** "What to listen for": good signs, and reasons to walk away, tailored to the answers. */
export function ListenFor({ evaluation }: { evaluation: Evaluation }) {
  const signs = listenFor(evaluation);
  return (
    <section aria-labelledby="listen-heading" className="plan__listen">
      <h2 id="listen-heading">{planCopy.listenHeading}</h2>
      <div className="plan__signs">
        <div>
          <h3>{planCopy.goodHeading}</h3>
          <ul className="bullets">
            {signs.good.map((id) => (
              <li key={id}>{signCopy[id]}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{planCopy.warningHeading}</h3>
          <ul className="bullets">
            {signs.warning.map((id) => (
              <li key={id}>{signCopy[id]}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
