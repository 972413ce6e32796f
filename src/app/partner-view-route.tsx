import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Link } from '../components/ui/app-link.tsx';
import { appCopy, pageTitle } from '../content/app.ts';
import { lookAwayCopy, privateViewCopy } from '../content/couples.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { displayNames, otherPartner, togetherPaths } from '../features/couples/couple-paths.ts';
import { LookAwayGate } from '../features/couples/look-away-gate.tsx';
import { isLocked, withoutSafetyAnswer } from '../features/couples/partner-seal.ts';
import { PasscodeScreen } from '../features/couples/passcode-screen.tsx';
import { useTogetherRedirect } from '../features/couples/use-couple-guards.ts';
import type { LockedPartner, PartnerKey, PartnerRecord } from '../storage/couple-store.ts';
import { useCoupleStore } from '../storage/couple-store.ts';
import { resultsLinkCopy } from '../content/therapist.ts';
import { SummaryList } from '../components/ui/summary-list.tsx';
import { customRows } from '../features/therapist/summary-payload.ts';
import { useTherapistLinkStore } from '../storage/therapist-link-store.ts';
import { withCountry } from '../questionnaire/answers.ts';
import type { CountryId } from '../questionnaire/ids.ts';
import { PrivateResults } from './private-results.tsx';

const isPartner = (value: string | undefined): value is PartnerKey =>
  value === 'a' || value === 'b';

/**
 * One partner's own view, opened from the shared page, behind a hand-over screen. A view
 * locked with a passcode opens in full only with it; an unlocked one leaves out the safety
 * answer and all that follows from it, since anyone holding the device can open it.
 */
export function PartnerViewRoute() {
  const { partner } = useParams();
  const redirect = useTogetherRedirect('view');
  const partners = useCoupleStore((state) => state.partners);
  const names = displayNames(useCoupleStore((state) => state.names));
  const setPartnerCountry = useCoupleStore((state) => state.setPartnerCountry);
  if (redirect) return <Navigate to={redirect} replace />;
  const record = isPartner(partner) ? partners[partner] : null;
  if (!isPartner(partner) || !record) return <Navigate to={togetherPaths.compare} replace />;
  const name = names[partner];
  return (
    // A new key per partner: switching views always starts at the hand-over screen.
    <LookAwayGate
      key={partner}
      name={name}
      other={names[otherPartner(partner)]}
      note={lookAwayCopy.passcodeNote}
    >
      {isLocked(record) ? (
        <LockedView name={name} locked={record} />
      ) : (
        <OpenView
          name={name}
          record={record}
          full={false}
          onCountryChange={(country) => setPartnerCountry(partner, country)}
        />
      )}
    </LookAwayGate>
  );
}

function LockedView({ name, locked }: { name: string; locked: LockedPartner }) {
  // Opened only in memory, for as long as this page shows: Back or a reload locks it again.
  const [record, setRecord] = useState<PartnerRecord | null>(null);
  if (record) {
    // Sealed answers cannot be rewritten without the passcode's key, so a new place holds for
    // as long as this view is open.
    const onCountryChange = (country: CountryId | undefined) =>
      setRecord({ ...record, answers: withCountry(record.answers, country) });
    return <OpenView name={name} record={record} full onCountryChange={onCountryChange} />;
  }
  return <PasscodeScreen name={name} locked={locked} onOpen={setRecord} />;
}

interface OpenViewProps {
  name: string;
  record: PartnerRecord;
  full: boolean;
  onCountryChange(country: CountryId | undefined): void;
}

function OpenView({ name, record, full, onCountryChange }: OpenViewProps) {
  useDocumentTitle(pageTitle(privateViewCopy.title));
  const navigate = useNavigate();
  const link = useTherapistLinkStore((state) => state.link);
  return (
    <article className="summary">
      <PageHeading>{privateViewCopy.heading(name)}</PageHeading>
      {full ? null : (
        <p className="inset-text">{privateViewCopy.safetyLeftOut(appCopy.needHelpNow)}</p>
      )}
      <PrivateResults
        answers={full ? record.answers : withoutSafetyAnswer(record.answers)}
        onCountryChange={onCountryChange}
      />
      {link && record.linkAnswers ? (
        <section aria-labelledby="own-link-heading">
          <h2 id="own-link-heading">{resultsLinkCopy.questionsHeading(link.name)}</h2>
          <SummaryList
            rows={customRows(link, record.linkAnswers).map((row, i) => ({
              id: String(i),
              key: row.label,
              value: <span className="pre-line">{row.value}</span>,
            }))}
          />
        </section>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => navigate(togetherPaths.compare, { replace: true })}
        >
          {lookAwayCopy.hide}
        </button>
      </div>
      <p className="no-print">
        <Link to={togetherPaths.compare}>{privateViewCopy.back}</Link>
      </p>
    </article>
  );
}
