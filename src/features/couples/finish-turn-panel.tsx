import { Link, useNavigate } from 'react-router';
import { finishTurnCopy } from '../../content/en/couples.ts';
import { countMarked, defaultMarks } from '../../questionnaire/privacy-marks.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { displayNames, togetherPaths } from './couple-paths.ts';
import { finishTurn } from './turn-answers.ts';

/** Under a partner's own summary, in their turn: hides their answers and hands over. */
export function FinishTurnPanel() {
  const answers = useAnswersStore((state) => state.answers);
  const couple = useCoupleStore();
  const navigate = useNavigate();
  const last = couple.turn === 'b';
  const count = countMarked(answers, couple.draftMarks ?? defaultMarks(answers));
  return (
    <section aria-labelledby="finish-turn-heading" className="panel panel--highlight no-print">
      <h2 id="finish-turn-heading">{finishTurnCopy.heading}</h2>
      <p>{finishTurnCopy.privateCount(count)}</p>
      <p>
        <Link to={togetherPaths.mark}>{finishTurnCopy.changeMarks}</Link>
      </p>
      <p>{last ? finishTurnCopy.bodyLast : finishTurnCopy.body(displayNames(couple.names).b)}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          finishTurn();
          // Replace: Back from the hand-over screen must not come to this page.
          navigate(togetherPaths.turn, { replace: true });
        }}
      >
        {finishTurnCopy.button}
      </button>
    </section>
  );
}
