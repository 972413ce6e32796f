import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Link } from '../../components/ui/app-link.tsx';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { appCopy, pageTitle } from '../../content/app.ts';
import { entryCopy as copy, notebookHomeCopy } from '../../content/notebook.ts';
import {
  emptyTherapistNote,
  nextTherapistId,
  NOTEBOOK_MAX_THERAPISTS,
  type Impression,
  type TherapistNote,
} from '../../questionnaire/notebook.ts';
import type { PlaceId } from '../../rules/ids.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { therapistName } from './compare-model.ts';
import { EntryDetailsFields } from './entry-details-fields.tsx';
import {
  entryProblems,
  hasContent,
  impressionDraft,
  keptEntry,
  type PlanQuestion,
} from './entry-draft.ts';
import { ImpressionFields } from './impression-fields.tsx';
import type { NotebookReturn } from './notebook-page.tsx';
import { notebookPaths } from './notebook-paths.ts';
import { useNotebookOwners, type NotebookOwner } from './use-notebook-owners.ts';
import './notebook.css';

export interface EntryPageProps {
  /** The "start with these" questions of the person's plan, asked on each call. */
  planQuestions: readonly PlanQuestion[];
  place: PlaceId;
  summaryReady: boolean;
}

/** Adds a therapist (`/notes/new`) or changes one (`/notes/:id`). */
export function EntryPage(props: EntryPageProps) {
  const { id } = useParams();
  const notebook = useAnswersStore((state) => state.notebook);
  // A new entry's id is fixed once, so saving as the person types keeps updating one entry.
  const [newId] = useState(() => nextTherapistId(notebook));
  const existing = id ? notebook.therapists.find((entry) => entry.id === id) : undefined;
  if (id && !existing) return <EntryNotFound />;
  const saved = existing ?? notebook.therapists.find((entry) => entry.id === newId);
  const position = saved ? notebook.therapists.indexOf(saved) + 1 : notebook.therapists.length + 1;
  if (!saved && notebook.therapists.length >= NOTEBOOK_MAX_THERAPISTS) return <NotebookFull />;
  return (
    <EntryForm
      key={saved?.id ?? newId}
      initial={saved ?? emptyTherapistNote(newId)}
      position={position}
      {...props}
    />
  );
}

function ownersFor(entry: TherapistNote, current: readonly NotebookOwner[]): NotebookOwner[] {
  // Notes written by someone not in the current session stay visible and editable.
  const extra = (Object.keys(entry.impressions) as NotebookOwner['owner'][])
    .filter((owner) => !current.some((item) => item.owner === owner))
    .map((owner) => ({
      owner,
      ...(entry.impressions[owner]?.by ? { name: entry.impressions[owner]!.by } : {}),
    }));
  return [...current, ...extra];
}

interface EntryFormProps extends EntryPageProps {
  initial: TherapistNote;
  position: number;
}

function EntryForm({ initial, position, planQuestions, place, summaryReady }: EntryFormProps) {
  const currentOwners = useNotebookOwners();
  const owners = useMemo(() => ownersFor(initial, currentOwners), [initial, currentOwners]);
  const saveTherapist = useAnswersStore((state) => state.saveTherapist);
  const navigate = useNavigate();
  const [entry, setEntry] = useState<TherapistNote>(() => ({
    ...initial,
    impressions: Object.fromEntries(
      owners.map(({ owner }) => [
        owner,
        impressionDraft(initial.impressions[owner], planQuestions),
      ]),
    ),
  }));
  const [submitCount, setSubmitCount] = useState(0);
  const [saveFailed, setSaveFailed] = useState(false);
  const problems = entryProblems(entry);
  const errors = submitCount > 0 ? problems : [];
  const errorMap = new Map(errors.map((error) => [error.fieldId, error.message]));
  // Fixed as the page opens: the heading does not change while the person types a name.
  const [isNew] = useState(() => !hasContent(initial));
  const title = isNew ? copy.newTitle : copy.editTitle(therapistName(initial, position));
  useDocumentTitle(pageTitle(`${errors.length > 0 ? `${appCopy.errorPrefix} ` : ''}${title}`));

  // Saved as the person types, so notes taken during a call survive a reload or a closed tab.
  const update = (next: TherapistNote) => {
    setEntry(next);
    if (entryProblems(next).length === 0 && hasContent(next)) {
      setSaveFailed(!saveTherapist(withNames(keptEntry(next), owners)));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problems.length > 0) {
      setSubmitCount((count) => count + 1);
      return;
    }
    if (hasContent(entry) && !saveTherapist(withNames(keptEntry(entry), owners))) {
      setSaveFailed(true);
      return;
    }
    const state: NotebookReturn = hasContent(entry)
      ? { saved: therapistName(entry, position) }
      : {};
    navigate(notebookPaths.home, { state });
  };

  return (
    <div className="notebook">
      <BackLink to={notebookPaths.home}>{appCopy.back}</BackLink>
      <PageHeading caption={copy.caption}>{title}</PageHeading>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      {saveFailed ? (
        <p className="error-message" role="alert">
          {copy.fullError(NOTEBOOK_MAX_THERAPISTS)}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <EntryDetailsFields
          entry={entry}
          onChange={(patch) => update({ ...entry, ...patch })}
          errors={errorMap}
          place={place}
        />
        {owners.map(({ owner, name }) => (
          <ImpressionFields
            key={owner}
            owner={owner}
            {...(name ? { name } : {})}
            impression={entry.impressions[owner] ?? impressionDraft(undefined, planQuestions)}
            onChange={(impression: Impression) =>
              update({ ...entry, impressions: { ...entry.impressions, [owner]: impression } })
            }
            errors={errorMap}
            summaryReady={summaryReady}
          />
        ))}
        <p className="hint">{copy.autosave}</p>
        <div className="button-group">
          <button type="submit" className="button">
            {copy.save}
          </button>
          <Link className="button button--secondary" to={notebookPaths.home}>
            {notebookHomeCopy.backToNotes}
          </Link>
        </div>
      </form>
    </div>
  );
}

/** Each partner's name goes with their notes, so the notes say whose they are later on. */
function withNames(entry: TherapistNote, owners: readonly NotebookOwner[]): TherapistNote {
  const impressions = { ...entry.impressions };
  for (const { owner, name } of owners) {
    const impression = impressions[owner];
    if (impression && name) impressions[owner] = { ...impression, by: name };
  }
  return { ...entry, impressions };
}

function EntryNotFound() {
  useDocumentTitle(pageTitle(copy.notFoundTitle));
  return (
    <div className="notebook">
      <PageHeading>{copy.notFoundTitle}</PageHeading>
      <p>{copy.notFoundBody}</p>
      <p>
        <Link to={notebookPaths.home}>{copy.notFoundLink}</Link>
      </p>
    </div>
  );
}

function NotebookFull() {
  useDocumentTitle(pageTitle(copy.newTitle));
  return (
    <div className="notebook">
      <PageHeading>{copy.newTitle}</PageHeading>
      <p>{notebookHomeCopy.full(NOTEBOOK_MAX_THERAPISTS)}</p>
      <p>
        <Link to={notebookPaths.home}>{copy.notFoundLink}</Link>
      </p>
    </div>
  );
}
