import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy } from '../../content/app.ts';
import { finishTurnCopy as copy } from '../../content/couples.ts';
import { countBothItems } from '../../questionnaire/both-items.ts';
import { countMarked, defaultMarks, ifBothItems } from '../../questionnaire/privacy-marks.ts';
import { Choice } from '../../components/ui/choice.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { TextInput } from '../../components/ui/text-field.tsx';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { displayNames, otherPartner, togetherPaths } from './couple-paths.ts';
import { passcodeProblems } from './partner-seal.ts';
import { finishTurn, finishTurnLocked } from './turn-answers.ts';

const PASSCODE_ID = 'own-passcode';
const CONFIRM_ID = 'own-passcode-confirm';

/**
 * Under a partner's own summary, in their turn: an optional passcode for their own view, then
 * it hides their answers and hands over. The offer is the same for everyone, whatever they said.
 */
export function FinishTurnPanel() {
  const answers = useAnswersStore((state) => state.answers);
  const couple = useCoupleStore();
  const navigate = useNavigate();
  const [passcode, setPasscode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [show, setShow] = useState(false);
  const [shown, setShown] = useState<ReturnType<typeof passcodeProblems>>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const names = displayNames(couple.names);
  const last = couple.turn === 'b';
  const marks = couple.draftMarks ?? defaultMarks(answers);
  const count = countMarked(answers, marks);
  const ifBothCount = countBothItems(ifBothItems(answers, marks));
  // Replace: Back from the hand-over screen must not come to this page.
  const handOver = () => navigate(togetherPaths.turn, { replace: true });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = passcodeProblems(passcode, confirm);
    setShown(problems);
    if (problems.passcode || problems.confirm) {
      setSubmitCount((n) => n + 1);
      return;
    }
    if (passcode === '') {
      finishTurn();
      handOver();
      return;
    }
    setBusy(true);
    if (await finishTurnLocked(passcode)) handOver();
    else setBusy(false);
  };

  const errors = [
    shown.passcode && { fieldId: PASSCODE_ID, message: copy.errors[shown.passcode] },
    shown.confirm && { fieldId: CONFIRM_ID, message: copy.errors[shown.confirm] },
  ].filter((error) => !!error);
  const fieldProps = {
    type: show ? 'text' : 'password',
    autoComplete: 'off',
    spellCheck: false,
  } as const;

  return (
    <section aria-labelledby="finish-turn-heading" className="panel panel--highlight no-print">
      <h2 id="finish-turn-heading">{copy.heading}</h2>
      <p>{copy.privateCount(count)}</p>
      {ifBothCount > 0 ? (
        <p>{copy.ifBothCount(ifBothCount, names[otherPartner(couple.turn)])}</p>
      ) : null}
      <p>
        <Link to={togetherPaths.mark}>{copy.changeMarks}</Link>
      </p>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <h3>{copy.passcodeHeading}</h3>
        <p>{copy.passcodeLead}</p>
        {/* autoComplete off: a browser that saved it would hand it to whoever uses the device. */}
        <TextInput
          id={PASSCODE_ID}
          label={copy.passcode}
          hint={copy.passcodeHint(names[otherPartner(couple.turn)])}
          error={shown.passcode && copy.errors[shown.passcode]}
          {...fieldProps}
          value={passcode}
          onChange={(event) => setPasscode(event.currentTarget.value)}
        />
        <TextInput
          id={CONFIRM_ID}
          label={copy.confirm}
          error={shown.confirm && copy.errors[shown.confirm]}
          {...fieldProps}
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
        />
        <Choice
          type="checkbox"
          id="own-passcode-show"
          label={copy.show}
          checked={show}
          onChange={(event) => setShow(event.currentTarget.checked)}
        />
        <p>{last ? copy.bodyLast : copy.body(names.b)}</p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? copy.working : copy.button}
        </button>
      </form>
    </section>
  );
}
