import { useMemo, useState } from 'react';
import { useLanguage } from '../../components/domain/use-language.ts';
import { Navigate } from 'react-router';
import { pageTitle } from '../../content/app.ts';
import { sendCopy } from '../../content/therapist.ts';
import { asksAboutSafety, firstUnansweredStep } from '../../questionnaire/steps.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { SummarySections } from './summary-sections.tsx';
import {
  buildPayload,
  defaultSections,
  sendSectionIds,
  type SendSectionId,
} from './summary-payload.ts';
import { sealSummary, type SealedEnvelope } from './sealed-summary.ts';
import { SUMMARY_PATH } from './paths.ts';
import { SealedOutput } from './sealed-output.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** "Send to {name}": the client picks what to send; it is sealed for the therapist's key. */
export function SendPage() {
  useDocumentTitle(pageTitle(sendCopy.pageName));
  const link = useTherapistLinkStore((state) => state.link);
  const custom = useTherapistLinkStore((state) => state.customAnswers);
  const answers = useAnswersStore((state) => state.answers);
  const ready = useAnswersStore(
    (state) => state.ageConfirmed && !firstUnansweredStep(state.answered),
  );
  const [chosen, setChosen] = useState<SendSectionId[]>(() => (link ? defaultSections(link) : []));
  const [sealed, setSealed] = useState<SealedEnvelope | null>(null);
  const [problem, setProblem] = useState<'none' | 'nothing' | 'failed'>('none');
  const [busy, setBusy] = useState(false);
  const language = useLanguage();
  const payload = useMemo(
    () => (link ? buildPayload(chosen, answers, link, custom, today()) : null),
    // The summary's headings are our words, so it is built again in a new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
    [chosen, answers, link, custom, language],
  );

  if (!link?.publicKey || !ready || !payload)
    return <Navigate to={link ? SUMMARY_PATH : '/'} replace />;
  const { publicKey } = link;
  const offered = sendSectionIds.filter(
    (id) => id !== 'safety' || asksAboutSafety(answers.relationship),
  );

  const toggle = (id: SendSectionId, on: boolean) => {
    setSealed(null);
    setProblem('none');
    setChosen((list) => (on ? [...list, id] : list.filter((item) => item !== id)));
  };
  const lock = async () => {
    if (payload.sections.length === 0) {
      setProblem('nothing');
      return;
    }
    setBusy(true);
    try {
      setSealed(await sealSummary(payload, publicKey));
      setProblem('none');
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={SUMMARY_PATH}>{sendCopy.back}</BackLink>
      <PageHeading>{sendCopy.heading(link.name)}</PageHeading>
      <p className="lead">{sendCopy.lead(link.name)}</p>
      <ChoiceGroup
        type="checkbox"
        id="send-parts"
        idPrefix="send"
        legend={sendCopy.legend}
        hint={sendCopy.hint(link.name)}
        error={problem === 'nothing' ? sendCopy.nothingChosen : undefined}
        items={offered.map((id) => ({
          value: id,
          label: sendCopy.sectionNames[id],
          hint: id === 'safety' ? sendCopy.safetyHint : undefined,
        }))}
        value={chosen}
        onChange={toggle}
      />
      <details className="send-preview">
        <summary>{sendCopy.previewToggle}</summary>
        {payload.sections.length > 0 ? (
          <SummarySections sections={payload.sections} headingLevel={3} />
        ) : (
          <p>{sendCopy.empty}</p>
        )}
      </details>
      {problem === 'failed' ? <p className="error-message">{sendCopy.failed}</p> : null}
      {sealed ? (
        <SealedOutput envelope={sealed} name={link.name} />
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void lock()}>
          {busy ? sendCopy.locking : sendCopy.lock}
        </button>
      )}
      <p>{sendCopy.unchanged}</p>
    </>
  );
}
