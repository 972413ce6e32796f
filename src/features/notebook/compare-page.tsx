import { useMemo, useState } from 'react';
import { Link } from '../../components/ui/app-link.tsx';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLanguage } from '../../components/domain/use-language.ts';
import { appCopy, pageTitle } from '../../content/app.ts';
import { compareCopy as copy } from '../../content/notebook.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { downloadText } from '../../storage/download.ts';
import {
  buildComparison,
  COMPARE_MAX,
  COMPARE_MIN,
  comparisonMarkdown,
  therapistName,
} from './compare-model.ts';
import { CompareCards, CompareTable } from './compare-views.tsx';
import { notebookPaths } from './notebook-paths.ts';
import { ownerNameFrom, useNotebookOwners } from './use-notebook-owners.ts';
import './notebook.css';

/** Two to five therapists side by side: warning signs first, differences marked. */
export function ComparePage() {
  useDocumentTitle(pageTitle(copy.title));
  const therapists = useAnswersStore((state) => state.notebook.therapists);
  const owners = useNotebookOwners();
  const language = useLanguage();
  // With more than five, the most recent five are compared until the person chooses.
  const [chosen, setChosen] = useState<string[]>(() =>
    therapists.slice(-COMPARE_MAX).map((entry) => entry.id),
  );
  const comparison = useMemo(() => {
    const picked = therapists.filter((entry) => chosen.includes(entry.id));
    return buildComparison(
      picked,
      ownerNameFrom(owners),
      picked.map((entry) => therapists.indexOf(entry) + 1),
    );
    // The rows are our words too, so they follow a switch of language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
  }, [chosen, therapists, owners, language]);
  const count = comparison.columns.length;
  const tooFew = count < COMPARE_MIN;
  const tooMany = count > COMPARE_MAX;

  if (therapists.length < COMPARE_MIN) {
    return (
      <div className="notebook">
        <BackLink to={notebookPaths.home}>{appCopy.back}</BackLink>
        <PageHeading>{copy.title}</PageHeading>
        <p>{copy.needTwo}</p>
        <p>
          <Link to={notebookPaths.home}>{copy.back}</Link>
        </p>
      </div>
    );
  }

  const choiceError = tooFew ? copy.chooseTooFew : tooMany ? copy.chooseTooMany : undefined;
  return (
    <div className="notebook compare">
      <BackLink to={notebookPaths.home}>{appCopy.back}</BackLink>
      <PageHeading>{copy.title}</PageHeading>
      <p className="print-hide">{copy.lead}</p>
      {therapists.length > COMPARE_MAX ? (
        <ChoiceGroup
          type="checkbox"
          id="compare-who"
          legend={copy.chooseLegend}
          hint={copy.chooseHint(COMPARE_MIN, COMPARE_MAX)}
          error={choiceError}
          errorPrefix={appCopy.errorPrefix}
          items={therapists.map((entry, n) => ({
            value: entry.id,
            label: therapistName(entry, n + 1),
          }))}
          value={chosen}
          onChange={(id, checked) =>
            setChosen((list) => (checked ? [...list, id] : list.filter((item) => item !== id)))
          }
        />
      ) : null}
      {tooFew || tooMany ? null : (
        <>
          {comparison.warned.length > 0 ? (
            <div className="notebook__keep-looking">
              <p>{copy.keepLooking(comparison.warned)}</p>
            </div>
          ) : null}
          {comparison.leaning.length > 0 ? (
            <p className="inset-text">{copy.leaning(comparison.leaning)}</p>
          ) : null}
          <CompareTable comparison={comparison} />
          <CompareCards comparison={comparison} />
          <div className="button-group print-hide">
            <button type="button" className="button" onClick={() => window.print()}>
              {copy.print}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                downloadText(
                  comparisonMarkdown(comparison, copy.title),
                  copy.fileName,
                  'text/markdown',
                )
              }
            >
              {copy.download}
            </button>
          </div>
        </>
      )}
      <p className="print-hide">
        <Link to={notebookPaths.home}>{copy.back}</Link>
      </p>
    </div>
  );
}
