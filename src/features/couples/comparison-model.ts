import { sharedConcernLabel } from '../../content/concerns.ts';
import { compareCopy, promptCopy } from '../../content/couples.ts';
import { questionCopyFor, questionText } from '../../content/question-text.ts';
import { specialtyCopy } from '../../content/specialties.ts';
import { specialtyCopyFor } from '../../components/domain/specialty-copy.ts';
import { countryNames } from '../../content/countries.ts';
import { couplesGuideForPlaces, directoriesByPlace } from '../../content/place-credentials.ts';
import type { Guide } from '../../content/content-schemas.ts';
import type { CountryId } from '../../questionnaire/ids.ts';
import { detailsCopy, goalsCopy, preferencesCopy } from '../../content/steps.ts';
import type { Comparison, Difference, PartnerKey } from '../../rules/compare.ts';
import type { GoalId } from '../../questionnaire/ids.ts';

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

/** What to check and where to search in one partner's country. */
export interface PlaceView {
  country: CountryId;
  name: string;
  credentials: readonly string[];
  directories: readonly string[];
}

export interface ComparisonView {
  both: { label: string; items: string[] }[];
  /** Each partner's country once: two when they live in different places, none if unsaid. */
  places: PlaceView[];
  differences: DifferenceView[];
  prompts: string[];
  specialties: SpecialtyView[];
  questions: { id: string; text: string; why: string }[];
  /** The couples guide, with the training to look for where the partners live. */
  guide: Guide;
}

type Names = Record<PartnerKey, string>;

const MAX_TOPIC_QUESTIONS = 3;

const joined = (items: string[]) => items.join('; ');
const perPartner = (names: Names, a: string, b: string) => [`${names.a}: ${a}`, `${names.b}: ${b}`];
const sharedGoalLabel = (id: GoalId) => goalsCopy.sharedLabels[id] ?? goalsCopy.labels[id];

/** A line for each partner who named something; a partner who named nothing gets no line. */
function namedLines<T>(names: Names, lists: Record<PartnerKey, T[]>, label: (id: T) => string) {
  return (['a', 'b'] as const)
    .filter((key) => lists[key].length > 0)
    .map((key) => `${names[key]}: ${joined(lists[key].map(label))}`);
}

function differenceView(difference: Difference, names: Names, index: number): DifferenceView {
  const id = `${difference.kind}-${index}`;
  switch (difference.kind) {
    case 'priority':
      return {
        id,
        title: compareCopy.priority,
        lines: perPartner(
          names,
          sharedConcernLabel(difference.a),
          sharedConcernLabel(difference.b),
        ),
      };
    case 'bother':
      return {
        id,
        title: compareCopy.bother(sharedConcernLabel(difference.concern)),
        lines: perPartner(
          names,
          detailsCopy.botherLabels[difference.a],
          detailsCopy.botherLabels[difference.b],
        ),
      };
    case 'wants':
      return {
        id,
        title: compareCopy.wants(sharedConcernLabel(difference.concern)),
        lines: [],
        note: compareCopy.wantsNote(names[difference.namedBy]),
      };
    case 'named-by-one':
      return {
        id,
        title: compareCopy.namedByOne,
        lines: namedLines(names, difference.concerns, sharedConcernLabel),
      };
    case 'goals-of-one':
      return {
        id,
        title: compareCopy.goalsOfOne,
        lines: namedLines(names, difference.goals, sharedGoalLabel),
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
    .map((entry) => `${sharedConcernLabel(entry.concern)} (${who(entry.namedBy)})`)
    .join('; ');
}

export function comparisonView(comparison: Comparison, names: Names): ComparisonView {
  const { shared } = comparison;
  const both = [
    { label: compareCopy.bothConcerns, items: shared.concerns.map(sharedConcernLabel) },
    { label: compareCopy.bothGoals, items: shared.goals.map(sharedGoalLabel) },
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
  ].map((item) => ({
    id: item.id,
    text: questionText(item, true),
    why: questionCopyFor(item).why,
  }));
  return {
    both,
    differences: comparison.differences.map((d, i) => differenceView(d, names, i)),
    prompts: comparison.prompts.map((id) => promptCopy[id]),
    specialties: comparison.combined.specialties.map((item) => ({
      id: item.id,
      title: specialtyCopy[item.id].title,
      meaning: specialtyCopyFor(item).meaning,
      searchWords: specialtyCopyFor(item).searchWords,
      linkedTo: linkedTo(comparison, item.id, names),
    })),
    questions,
    places: comparison.places.map((country) => ({
      country,
      name: countryNames[country],
      credentials: specialtyCopyFor({ id: 'certified-sex-therapist', reasons: [], place: country })
        .credentials,
      directories: directoriesByPlace[country],
    })),
    guide: couplesGuideForPlaces(comparison.places),
  };
}
