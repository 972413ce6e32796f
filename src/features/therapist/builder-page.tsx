import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from '../../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../../content/app.ts';
import { builderCopy } from '../../content/therapist.ts';
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
import {
  latestTherapistKey,
  saveTherapistKey,
  type StoredKey,
} from '../../storage/therapist-key-store.ts';
import { BuilderAboutFields } from './builder-about-fields.tsx';
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

/** `/for-therapists`: a therapist makes a link with their details and questions. */
export function BuilderPage() {
  useDocumentTitle(pageTitle(builderCopy.pageName));
  const { register, control, handleSubmit } = useForm<BuilderValues>({
    defaultValues: emptyBuilderValues(),
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [made, setMade] = useState<{ url: string; link: TherapistLink } | null>(null);
  const [storedKey, setStoredKey] = useState<StoredKey | null>(null);
  const encrypted = useWatch({ control, name: 'returnMode' }) === 'encrypted';
  useEffect(() => {
    void latestTherapistKey().then(setStoredKey);
  }, []);

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
    return [];
  };

  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  return (
    <>
      <ErrorSummary title={appCopy.errorSummaryTitle} errors={errors} submitCount={submitCount} />
      <PageHeading>{builderCopy.heading}</PageHeading>
      <p className="lead">{builderCopy.lead}</p>
      <section aria-labelledby="how-heading" className="panel panel--calm">
        <h2 id="how-heading">{builderCopy.howHeading}</h2>
        <ul className="bullets">
          {builderCopy.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
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
