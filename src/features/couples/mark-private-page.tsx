import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { appCopy, pageTitle } from '../../content/app.ts';
import { concernCopy } from '../../content/concerns.ts';
import { markCopy } from '../../content/couples.ts';
import { goalsCopy, preferencesCopy } from '../../content/steps.ts';
import {
  defaultMarks,
  privateTextFields,
  type PrivacyMarks,
} from '../../questionnaire/privacy-marks.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ChoiceGroup } from '../../components/ui/choice-group.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import { apartPaths, displayNames, otherPartner, togetherPaths } from './couple-paths.ts';
import { useApartRedirect, useTogetherRedirect } from './use-couple-guards.ts';

type Group = keyof PrivacyMarks;

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** "Only for me": each partner picks what stays out of everything shared. */
export function MarkPrivatePage({ mode }: { mode: 'together' | 'apart' }) {
  useDocumentTitle(pageTitle(markCopy.title));
  const togetherRedirect = useTogetherRedirect('mark');
  const apartRedirect = useApartRedirect('mark');
  const redirect = mode === 'together' ? togetherRedirect : apartRedirect;
  const answers = useAnswersStore((state) => state.answers);
  const couple = useCoupleStore();
  const [marks, setMarks] = useState<PrivacyMarks>(couple.draftMarks ?? defaultMarks(answers));
  const navigate = useNavigate();
  if (redirect) return <Navigate to={redirect} replace />;

  const other =
    mode === 'together'
      ? displayNames(couple.names)[otherPartner(couple.turn)]
      : markCopy.defaultOther;
  const toggle = <G extends Group>(group: G, id: PrivacyMarks[G][number]) => {
    const list = marks[group] as string[];
    setMarks({
      ...marks,
      [group]: list.includes(id) ? list.filter((item) => item !== id) : [...list, id],
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const store = useCoupleStore.getState();
    if (mode === 'apart') store.beginApart();
    store.setDraftMarks(marks);
    navigate(mode === 'together' ? togetherPaths.mine : apartPaths.summary);
  };

  const texts = privateTextFields.filter((field) => answers[field]);
  const goals = answers.goals ?? [];
  const groups: {
    group: Group;
    legend: string;
    hint?: string;
    items: { value: string; label: string }[];
  }[] = [
    {
      group: 'concerns',
      legend: markCopy.concerns,
      items: answers.concerns.map((value) => ({ value, label: concernCopy[value].label })),
    },
    {
      group: 'goals',
      legend: markCopy.goals,
      items: goals.map((value) => ({ value, label: goalsCopy.labels[value] })),
    },
    {
      group: 'affirming',
      legend: markCopy.affirming,
      items: answers.affirming.map((value) => ({
        value,
        label: preferencesCopy.affirmingLabels[value],
      })),
    },
    {
      group: 'texts',
      legend: markCopy.texts,
      hint: markCopy.textsHint,
      items: texts.map((field) => ({
        value: field,
        label: `${markCopy.textLabels[field]}: “${excerpt(answers[field] ?? '')}”`,
      })),
    },
  ];
  const shown = groups.filter((entry) => entry.items.length > 0);

  return (
    <>
      <BackLink to="/prepare/check">{appCopy.back}</BackLink>
      <PageHeading>{markCopy.heading}</PageHeading>
      <p className="lead">{markCopy.lead(other)}</p>
      <p className="inset-text">{markCopy.alwaysPrivate}</p>
      <form noValidate onSubmit={onSubmit}>
        {shown.length === 0 ? <p>{markCopy.nothing}</p> : null}
        {shown.map(({ group, legend, hint, items }) => (
          <ChoiceGroup
            key={group}
            type="checkbox"
            id={`mark-${group}`}
            legend={legend}
            hint={hint}
            items={items}
            value={marks[group] as string[]}
            onChange={(id) => toggle(group, id as never)}
          />
        ))}
        <button type="submit" className="button">
          {markCopy.continue}
        </button>
      </form>
    </>
  );
}
