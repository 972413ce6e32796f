import { concernCopy } from '../../content/en/concerns.ts';
import { compareCopy, promptCopy } from '../../content/en/couples.ts';
import { questionCopy } from '../../content/en/questions.ts';
import { questionText } from '../../content/en/question-text.ts';
import { specialtyCopy, specialtyCopyFor } from '../../content/en/specialties.ts';
import { detailsCopy, goalsCopy, preferencesCopy } from '../../content/en/steps.ts';
import type { Comparison, Difference, PartnerKey } from '../../rules/compare.ts';

// The comparison in words, once: the page, the printout and the download all read this, so
// they can never differ in what they show.

export interface DifferenceView {
  id: string;
  title: string;
  lines: string[];
  note?: string;
}

export interface SpecialtyView {
  id: string;
  title: string;
  meaning: string;
  searchWords: readonly string[];
  linkedTo: string | null;
}

export interface ComparisonView {
  both: { label: string; items: string[] }[];
  differences: DifferenceView[];
  prompts: string[];
  specialties: SpecialtyView[];
  questions: { id: string; text: string; why: string }[];
}

type Names = Record<PartnerKey, string>;

const MAX_TOPIC_QUESTIONS = 3;

const joined = (items: string[]) => items.join('; ');
const perPartner = (names: Names, a: string, b: string) => [`${names.a}: ${a}`, `${names.b}: ${b}`];

function differenceView(difference: Difference, names: Names, index: number): DifferenceView {
  const id = `${difference.kind}-${index}`;
  switch (difference.kind) {
    case 'priority':
      return {
        id,
        title: compareCopy.priority,
        lines: perPartner(names, concernCopy[difference.a].label, concernCopy[difference.b].label),
      };
    case 'bother':
      return {
        id,
        title: compareCopy.bother(concernCopy[difference.concern].label),
        lines: perPartner(
          names,
          detailsCopy.botherLabels[difference.a],
          detailsCopy.botherLabels[difference.b],
        ),
      };
    case 'wants':
      return {
        id,
        title: compareCopy.wants(concernCopy[difference.concern].label),
        lines: [],
        note: compareCopy.wantsNote(names[difference.namedBy]),
      };
    case 'named-by-one':
      return {
        id,
        title: compareCopy.namedByOne,
        lines: perPartner(
          names,
          joined(difference.concerns.a.map((c) => concernCopy[c].label)) || compareCopy.none,
          joined(difference.concerns.b.map((c) => concernCopy[c].label)) || compareCopy.none,
        ),
      };
    case 'goals-of-one':
      return {
        id,
        title: compareCopy.goalsOfOne,
        lines: perPartner(
          names,
          joined(difference.goals.a.map((g) => goalsCopy.labels[g])) || compareCopy.none,
          joined(difference.goals.b.map((g) => goalsCopy.labels[g])) || compareCopy.none,
        ),
      };
    case 'meeting':
      return {
        id,
        title: compareCopy.meeting,
        lines: perPartner(
          names,
          preferencesCopy.formatLabels[difference.a],
          preferencesCopy.formatLabels[difference.b],
        ),
      };
    case 'therapist-gender':
      return {
        id,
        title: compareCopy.therapistGender,
        lines: perPartner(
          names,
          preferencesCopy.genderLabels[difference.a],
          preferencesCopy.genderLabels[difference.b],
        ),
      };
  }
}

function linkedTo(comparison: Comparison, id: keyof Comparison['basis'], names: Names) {
  const basis = comparison.basis[id] ?? [];
  if (basis.length === 0) return null;
  const who = (namedBy: PartnerKey[]) =>
    namedBy.length === 2 ? compareCopy.byBoth : namedBy.map((key) => names[key]).join(', ');
  return basis
    .map((entry) => `${concernCopy[entry.concern].label} (${who(entry.namedBy)})`)
    .join('; ');
}

export function comparisonView(comparison: Comparison, names: Names): ComparisonView {
  const { shared } = comparison;
  const both = [
    { label: compareCopy.bothConcerns, items: shared.concerns.map((id) => concernCopy[id].label) },
    { label: compareCopy.bothGoals, items: shared.goals.map((id) => goalsCopy.labels[id]) },
    {
      label: compareCopy.bothAffirming,
      items: shared.affirming.map((id) => preferencesCopy.affirmingLabels[id]),
    },
  ].filter((group) => group.items.length > 0);
  // The couples questions, then a few about what they named; each own view has the full list.
  const byTopic = (topic: string) => comparison.combined.questions.filter((q) => q.topic === topic);
  const questions = [
    ...byTopic('couples'),
    ...byTopic('your-concern').slice(0, MAX_TOPIC_QUESTIONS),
  ].map((item) => ({ id: item.id, text: questionText(item), why: questionCopy[item.id].why }));
  return {
    both,
    differences: comparison.differences.map((d, i) => differenceView(d, names, i)),
    prompts: comparison.prompts.map((id) => promptCopy[id]),
    specialties: comparison.combined.specialties.map((item) => ({
      id: item.id,
      title: specialtyCopy[item.id].title,
      meaning: specialtyCopy[item.id].meaning,
      searchWords: specialtyCopyFor(item).searchWords,
      linkedTo: linkedTo(comparison, item.id, names),
    })),
    questions,
  };
}
