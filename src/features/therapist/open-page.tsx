import { useEffect, useState, type FormEvent } from 'react';
import { appCopy, pageTitle } from '../../content/app.ts';
import { openCopy } from '../../content/therapist.ts';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { FileInput, TextArea } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import {
  readTherapistKeys,
  usableTherapistKeys,
  type KeyList,
  type UsableKey,
} from '../../storage/therapist-key-store.ts';
import type { BackupKey } from './backup-form.tsx';
import { KeptSummaryList } from './kept-list.tsx';
import type { KeptReturn, OpenedFrom } from './opened-actions.tsx';
import {
  keyProblemField,
  keyProblemMessage,
  OpenKeyFields,
  UnprotectedFileAdvice,
  type KeyFieldValues,
} from './open-key-fields.tsx';
import { keyForSummary, type KeyProblem } from './open-keys.ts';
import { OpenedSummary } from './opened-summary.tsx';
import { openSummary, readSealedSummary, type SummaryPayload } from './sealed-summary.ts';

type ProblemKey = keyof typeof openCopy.errors;
/** A problem with the summary itself, or with the key for it. */
type Problem = ProblemKey | KeyProblem;
const isKeyProblem = (problem: Problem): problem is KeyProblem => typeof problem === 'object';

/** The therapist's page: open a locked summary with the key in this browser or a backup file. */
export function OpenPage() {
  useDocumentTitle(pageTitle(openCopy.pageName));
  const [keyList, setKeyList] = useState<KeyList | null>(null);
  const [summaryFile, setSummaryFile] = useState<File | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [keyValues, setKeyValues] = useState<KeyFieldValues>({
    storePassphrase: '',
    filePassphrase: '',
  });
  const [unprotectedFile, setUnprotectedFile] = useState<BackupKey | null>(null);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<{ summary: SummaryPayload; from: OpenedFrom } | null>(null);
  const [keptBack, setKeptBack] = useState<KeptReturn | null>(null);

  // The kept summaries open with the keys usable now: an unlocked key adds its own.
  const [usableKeys, setUsableKeys] = useState<UsableKey[] | null>(null);

  useEffect(() => {
    void readTherapistKeys().then(setKeyList);
    void usableTherapistKeys().then(setUsableKeys);
  }, []);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    setBusy(true);
    setProblem(await tryOpen());
    // A key unlocked just now no longer needs its passphrase field.
    setKeyList(await readTherapistKeys());
    setUsableKeys(await usableTherapistKeys());
    setBusy(false);
  };

  const tryOpen = async (): Promise<Problem | null> => {
    const read = readSealedSummary(summaryFile ? await summaryFile.text() : pasted);
    if (!read.ok) return read.error;
    const found = await keyForSummary(read.envelope.kid, {
      ...keyValues,
      keyFileText: keyFile ? await keyFile.text() : null,
    });
    if (!found.ok) return found.problem;
    const result = await openSummary(read.envelope, [found.key]);
    if (!result.ok) return result.error;
    setKeyValues({ storePassphrase: '', filePassphrase: '' });
    setUnprotectedFile(found.unprotectedFile);
    setOpened({ summary: result.summary, from: { kind: 'new', envelope: read.envelope } });
    return null;
  };

  if (opened) {
    return (
      <>
        {unprotectedFile ? <UnprotectedFileAdvice backup={unprotectedFile} /> : null}
        <OpenedSummary
          summary={opened.summary}
          from={opened.from}
          onAnother={(back) => {
            setOpened(null);
            setKeptBack(back ?? null);
            setSummaryFile(null);
            setPasted('');
            // The file fields start empty again, so the files chosen before are let go.
            setKeyFile(null);
            setUnprotectedFile(null);
          }}
        />
      </>
    );
  }

  const keyProblem = problem !== null && isKeyProblem(problem) ? problem : null;
  const summaryProblem = problem !== null && !isKeyProblem(problem) ? problem : null;
  const errors: FieldError[] = keyProblem
    ? [{ fieldId: keyProblemField(keyProblem), message: keyProblemMessage(keyProblem) }]
    : summaryProblem
      ? [{ fieldId: 'summary-file', message: openCopy.errors[summaryProblem] }]
      : [];
  return (
    <>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading>{openCopy.heading}</PageHeading>
      <p className="lead">{openCopy.lead}</p>
      <form noValidate onSubmit={(event) => void open(event)}>
        <FileInput
          id="summary-file"
          label={openCopy.file}
          hint={openCopy.fileHint}
          accept=".json,.txt,application/json,text/plain"
          error={summaryProblem ? openCopy.errors[summaryProblem] : undefined}
          errorPrefix={appCopy.errorPrefix}
          onFile={setSummaryFile}
        />
        <TextArea
          id="summary-text"
          label={openCopy.paste}
          rows={6}
          className="textarea textarea--code"
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <OpenKeyFields
          list={keyList}
          values={keyValues}
          onValues={setKeyValues}
          onKeyFile={setKeyFile}
          errorFor={(fieldId) =>
            keyProblem && keyProblemField(keyProblem) === fieldId
              ? keyProblemMessage(keyProblem)
              : undefined
          }
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? openCopy.opening : openCopy.open}
        </button>
      </form>
      <KeptSummaryList
        keys={usableKeys}
        back={keptBack}
        onOpen={(summary, from) => setOpened({ summary, from })}
      />
    </>
  );
}
