import { useEffect, useState, type FormEvent } from 'react';
import { appCopy, pageTitle } from '../../content/app.ts';
import { openCopy } from '../../content/therapist.ts';
import type { RecipientKeys } from '../../lib/hybrid-crypto.ts';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { FileInput, TextArea } from '../../components/ui/text-field.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { listTherapistKeys } from '../../storage/therapist-key-store.ts';
import { readKeyBackup } from './key-backup.ts';
import { KeptSummaryList } from './kept-list.tsx';
import type { KeptReturn, OpenedFrom } from './opened-actions.tsx';
import { OpenedSummary } from './opened-summary.tsx';
import { openSummary, readSealedSummary, type SummaryPayload } from './sealed-summary.ts';

type ProblemKey = keyof typeof openCopy.errors;

/** The therapist's page: open a locked summary with the key in this browser or a backup file. */
export function OpenPage() {
  useDocumentTitle(pageTitle(openCopy.pageName));
  const [storedKeys, setStoredKeys] = useState<RecipientKeys[] | null>(null);
  const [summaryFile, setSummaryFile] = useState<File | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<ProblemKey | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<{ summary: SummaryPayload; from: OpenedFrom } | null>(null);
  const [keptBack, setKeptBack] = useState<KeptReturn | null>(null);

  useEffect(() => {
    void listTherapistKeys().then(setStoredKeys);
  }, []);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    setBusy(true);
    setProblem(await tryOpen());
    setBusy(false);
  };

  const tryOpen = async (): Promise<ProblemKey | null> => {
    const read = readSealedSummary(summaryFile ? await summaryFile.text() : pasted);
    if (!read.ok) return read.error;
    const keys = [...(storedKeys ?? [])];
    if (keyFile) {
      const backup = await readKeyBackup(await keyFile.text());
      if (!backup.ok) return 'bad-key-file';
      keys.push(backup.keys);
    }
    // Match what the page says above the key field: no key here means the backup file is needed.
    if (keys.length === 0) return 'no-key';
    const result = await openSummary(read.envelope, keys);
    if (!result.ok) return result.error;
    setOpened({ summary: result.summary, from: { kind: 'new', envelope: read.envelope } });
    return null;
  };

  if (opened) {
    return (
      <OpenedSummary
        summary={opened.summary}
        from={opened.from}
        onAnother={(back) => {
          setOpened(null);
          setKeptBack(back ?? null);
          setSummaryFile(null);
          setPasted('');
        }}
      />
    );
  }

  const keyProblem =
    problem === 'no-matching-key' || problem === 'bad-key-file' || problem === 'no-key';
  const errors: FieldError[] = problem
    ? [{ fieldId: keyProblem ? 'key-file' : 'summary-file', message: openCopy.errors[problem] }]
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
          error={!keyProblem && problem ? openCopy.errors[problem] : undefined}
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
        {storedKeys === null ? null : (
          <p>
            {storedKeys.length > 0 ? openCopy.keyStored(storedKeys.length) : openCopy.noKeyStored}
          </p>
        )}
        <FileInput
          id="key-file"
          label={openCopy.keyFile}
          hint={openCopy.keyFileHint}
          accept=".json,application/json"
          error={keyProblem ? openCopy.errors[problem] : undefined}
          errorPrefix={appCopy.errorPrefix}
          onFile={setKeyFile}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? openCopy.opening : openCopy.open}
        </button>
      </form>
      <KeptSummaryList
        keys={storedKeys}
        back={keptBack}
        onOpen={(summary, from) => setOpened({ summary, from })}
      />
    </>
  );
}
