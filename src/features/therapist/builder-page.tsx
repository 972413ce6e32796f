import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../../content/app.ts';
import { builderCopy, builderKeptCopy } from '../../content/therapist.ts';
import { generateRecipientKeys } from '../../lib/hybrid-crypto.ts';
import {
  encodeTherapistLink,
  returnModes,
  type TherapistLink,
} from '../../questionnaire/therapist-link.ts';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { labelled } from '../../components/ui/choice-items.ts';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { usableStorage } from '../../storage/storage-backend.ts';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import {
  latestTherapistKey,
  saveTherapistKey,
  type StoredKey,
} from '../../storage/therapist-key-store.ts';
import { BuilderAboutFields } from './builder-about-fields.tsx';
import { BuilderAudienceFields } from './builder-audience-fields.tsx';
import {
  clearDraft,
  forgetLastLink,
  isEmptyValues,
  lastLinkValues,
  loadDraft,
  loadLastLink,
  saveDraft,
  saveLastLink,
  type DraftRead,
  type LastLinkRead,
} from './builder-draft.ts';
import { KeptNoticeView, LastLinkOffer, type KeptNotice } from './builder-kept.tsx';
import { BuilderOutput } from './builder-output.tsx';
import { BuilderQuestionFields } from './builder-question-fields.tsx';
import { buildDraft, emptyBuilderValues, type BuilderValues } from './builder-values.ts';
import { KeyPanel } from './key-panel.tsx';
import { LINK_PATH, OPEN_PATH } from './paths.ts';

const linkUrl = (code: string) =>
  `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${LINK_PATH}#${code}`;

async function ensureKey(): Promise<StoredKey | null> {
  return (await latestTherapistKey()) ?? saveTherapistKey(await generateRecipientKeys());
}

const today = () => new Date().toISOString().slice(0, 10);
// The form in this tab only (it may hold a client's name); the last link in this browser.
const tab = () => usableStorage('session');
const browser = () => usableStorage('local');
type LastLink = Extract<LastLinkRead, { status: 'read' }>;

function draftNotice(draft: DraftRead): KeptNotice | null {
  if (draft.status === 'unreadable') return { kind: 'unreadable' };
  if (draft.status === 'read' && draft.losses.length > 0) {
    return { kind: 'restored', losses: draft.losses };
  }
  return null;
}

/** What was kept, read once as the page opens: the form in this tab, and the last link. */
function useKept() {
  const [start] = useState(() => ({ draft: loadDraft(tab()), last: loadLastLink(browser()) }));
  useEffect(() => {
    // What could not be read is of no use: the form is kept again as it now stands.
    const { draft, last } = start;
    if (draft.status === 'unreadable') clearDraft(tab());
    if (draft.status === 'read' && draft.losses.length > 0) saveDraft(tab(), draft.values);
    if (last.status === 'unreadable') forgetLastLink(browser());
  }, [start]);
  return start;
}

/** `/for-therapists`: a therapist makes a link with their details and questions. */
export function BuilderPage() {
  useDocumentTitle(pageTitle(builderCopy.pageName));
  const saving = useStorageSettings((state) => state.status.mode !== 'none');
  const start = useKept();
  const restored = start.draft.status === 'read' ? start.draft.values : null;
  const { register, control, handleSubmit, reset, subscribe, getValues } = useForm<BuilderValues>({
    defaultValues: restored ?? emptyBuilderValues(),
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [made, setMade] = useState<{ url: string; link: TherapistLink } | null>(null);
  const [storedKey, setStoredKey] = useState<StoredKey | null>(null);
  const [empty, setEmpty] = useState(() => restored === null || isEmptyValues(restored));
  const [last, setLast] = useState<LastLink | null>(() =>
    start.last.status === 'read' ? start.last : null,
  );
  const [notice, setNotice] = useState<KeptNotice | null>(() => draftNotice(start.draft));
  const [lastNotice, setLastNotice] = useState<KeptNotice | null>(() =>
    start.last.status === 'unreadable' ? { kind: 'last-unreadable' } : null,
  );
  const encrypted = useWatch({ control, name: 'returnMode' }) === 'encrypted';
  useEffect(() => {
    void latestTherapistKey().then(setStoredKey);
  }, []);
  useEffect(() => {
    // Every change is kept in this tab as it is typed, unless the person chose to save nothing.
    return subscribe({
      formState: { values: true },
      callback: () => {
        const values = getValues();
        setEmpty(isEmptyValues(values));
        if (saving) saveDraft(tab(), values);
      },
    });
  }, [subscribe, getValues, saving]);

  const startFromLast = (from: LastLink) => {
    reset(from.values);
    if (saving) saveDraft(tab(), from.values);
    setEmpty(isEmptyValues(from.values));
    setNotice(null);
    setLastNotice({ kind: 'used', losses: from.losses });
  };
  const forget = () => {
    forgetLastLink(browser());
    setLast(null);
    setLastNotice({ kind: 'forgotten' });
  };

  const make = async (values: BuilderValues) => {
    const built = buildDraft(values);
    if (!built.ok) return built.errors;
    let link: TherapistLink = built.draft;
    if (link.returnMode === 'encrypted') {
      const key = await ensureKey();
      if (!key) return [{ fieldId: 'return-encrypted', message: builderCopy.keyFailed }];
      setStoredKey(key);
      link = { ...link, publicKey: key.publicJwk };
    }
    const encoded = await encodeTherapistLink(link);
    if (!encoded.ok) return [{ fieldId: 'welcome', message: builderCopy.linkTooLong }];
    setMade({ url: linkUrl(encoded.code), link });
    if (saving) {
      saveLastLink(browser(), values, today());
      setLast({ status: 'read', values: lastLinkValues(values), losses: [], made: today() });
    }
    return [];
  };

  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  return (
    <>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading>{builderCopy.heading}</PageHeading>
      <p className="lead">{builderCopy.lead}</p>
      {notice ? <KeptNoticeView notice={notice} onDismiss={() => setNotice(null)} /> : null}
      {lastNotice ? (
        <KeptNoticeView
          notice={lastNotice}
          focus={lastNotice.kind !== 'last-unreadable'}
          onDismiss={() => setLastNotice(null)}
        />
      ) : null}
      {last && empty ? (
        <LastLinkOffer made={last.made} onUse={() => startFromLast(last)} onForget={forget} />
      ) : null}
      <section aria-labelledby="how-heading" className="panel panel--calm">
        <h2 id="how-heading">{builderCopy.howHeading}</h2>
        <ul className="bullets">
          {builderCopy.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{saving ? builderKeptCopy.kept : builderKeptCopy.notKept}</p>
        <p>
          <Link to={OPEN_PATH}>{builderCopy.openLink}</Link>
        </p>
      </section>
      <form
        noValidate
        className="builder-form"
        onSubmit={(event) => {
          setSubmitCount((count) => count + 1);
          void handleSubmit(async (values) => setErrors(await make(values)))(event);
        }}
      >
        <BuilderAudienceFields control={control} register={register} errorFor={errorFor} />
        <BuilderAboutFields register={register} errorFor={errorFor} />
        <BuilderQuestionFields control={control} register={register} errorFor={errorFor} />
        <ChoiceGroup
          type="radio"
          id="return"
          legend={builderCopy.returnLegend}
          error={errorFor('return-encrypted')}
          items={labelled(returnModes, builderCopy.returnLabels, builderCopy.returnHints)}
          field={register('returnMode')}
        />
        <button type="submit" className="button">
          {made ? builderCopy.update : builderCopy.create}
        </button>
      </form>
      {encrypted && storedKey ? <KeyPanel storedKey={storedKey} onNewKey={setStoredKey} /> : null}
      {made ? <BuilderOutput url={made.url} link={made.link} /> : null}
    </>
  );
}
