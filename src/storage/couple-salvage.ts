import type { z } from 'zod/mini';
import type { Answers } from '../questionnaire/answers.ts';
import {
  checkValue,
  fieldChecks,
  readFieldChecks,
  type FieldChecks,
} from '../questionnaire/field-check.ts';
import { privateTextFields, type PrivacyMarks } from '../questionnaire/privacy-marks.ts';
import { salvageAnswers, salvageFields } from '../questionnaire/salvage.ts';
import type { CoupleLoss, CoupleOwner, CouplePart } from './session-notices.ts';

// Reads a couple session back field by field, as the answers are: a damaged name or note costs
// only that part, never a partner's whole set of answers, and every part that is not exactly as
// saved is named. Check values per part (written with the session) catch the changes that still
// look valid.

type Schema = z.ZodMiniType;
type Shape = Record<string, Schema>;
type Data = Record<string, unknown>;

export interface CoupleShapes {
  state: Shape;
  record: Shape;
  /** A partner who locked their own view: shared answers in the clear, the rest sealed. */
  sealed: Schema;
  /** A locked partner's "only if we both" items, kept beside the sealed part for the match. */
  ifBoth: Schema;
  imported: Shape;
  shareable: Shape;
  /** What a partner's shared answers fall back to, field by field. */
  shareableDefaults: Data;
  nameMax: number;
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const partnerSlots = ['a', 'b'] as const;

/** A shape less the parts that are read on their own. */
const without = (shape: Shape, keys: string[]): Shape =>
  Object.fromEntries(Object.entries(shape).filter(([key]) => !keys.includes(key)));

/** Check values for each part of a session, keyed by where the part sits. */
export function coupleChecks(state: Data): Record<string, FieldChecks> {
  const { partners, partner, ...rest } = state;
  const checks: Record<string, FieldChecks> = { state: fieldChecks(rest) };
  const slots = isRecord(partners) ? partners : {};
  checks.partners = fieldChecks(slots);
  for (const slot of partnerSlots) {
    const record = slots[slot];
    if (!isRecord(record)) continue;
    const { answers, shared, ...others } = record;
    checks[`partners.${slot}`] = fieldChecks(others);
    if (isRecord(answers)) checks[`partners.${slot}.answers`] = fieldChecks(answers);
    if (isRecord(shared)) checks[`partners.${slot}.shared`] = fieldChecks(shared);
  }
  if (isRecord(partner)) {
    const { answers, ...others } = partner;
    checks.partner = fieldChecks(others);
    if (isRecord(answers)) checks['partner.answers'] = fieldChecks(answers);
  }
  return checks;
}

/** The safe default when a partner's "only for me" marks are lost: everything stays private. */
function allPrivate(answers: Answers): PrivacyMarks {
  return {
    concerns: [...answers.concerns],
    goals: [...(answers.goals ?? [])],
    affirming: [...answers.affirming],
    texts: privateTextFields.filter((field) => answers[field] !== undefined),
  };
}

export function salvageCouple<T extends Data>(
  data: Data,
  shapes: CoupleShapes,
  empty: T,
): { state: T; losses: CoupleLoss[] } {
  const losses: CoupleLoss[] = [];
  const lose = (owner: CoupleOwner, field: CoupleLoss['field']) => {
    if (!losses.some((loss) => loss.owner === owner && loss.field === field)) {
      losses.push({ owner, field });
    }
  };
  const saved = isRecord(data.checks) ? data.checks : {};
  const checksAt = (path: string) => readFieldChecks(saved[path]);

  // Names too long or odd are cut to size rather than lost: "Pass the device to …" needs them.
  const fitName = (value: unknown) =>
    typeof value === 'string' ? value.slice(0, shapes.nameMax) : '';

  // Partners are read one by one below, so one partner's damage never costs the other's answers.
  const { kept, lost } = salvageFields(data, without(shapes.state, ['partners', 'partner']), {
    checks: checksAt('state'),
    ignore: ['format', 'version', 'checks', 'partners', 'partner'],
  });
  const state: Data = { ...empty, ...kept };
  for (const key of lost) {
    if (key === 'names') {
      const names = isRecord(data.names) ? data.names : {};
      state.names = { a: fitName(names.a), b: fitName(names.b) };
      lose(null, 'names');
    } else if (key === 'ownName') {
      state.ownName = fitName(data.ownName);
      lose(null, 'ownName');
    } else if (key === 'facts') {
      lose(null, 'facts');
    } else if (key !== 'codeId') {
      // The code id only spots one's own code pasted back: a new one loses nothing.
      lose(null, key === 'unknown' ? 'unknown' : 'progress');
    }
  }

  const partners = isRecord(data.partners) ? data.partners : {};
  const slotChecks = checksAt('partners');
  const readPartners: Data = { a: null, b: null };
  for (const slot of partnerSlots) {
    const raw = partners[slot];
    const wasSaved = slotChecks?.[slot] !== undefined && slotChecks[slot] !== checkValue(null);
    if (raw === null && !wasSaved) continue;
    if (!isRecord(raw)) {
      if (raw !== null || wasSaved) lose(slot, 'record');
      continue;
    }
    readPartners[slot] =
      'sealed' in raw
        ? salvageLocked(raw, slot, checksAt, shapes, lose)
        : salvageRecord(raw, slot, checksAt, shapes.record, lose);
  }
  state.partners = readPartners;

  if (isRecord(data.partner)) {
    state.partner = salvageImported(data.partner, checksAt, shapes, lose);
  } else if (data.partner !== null || checksAt('partner') !== null) {
    // Damaged, or gone although the checks say a partner's code had been entered.
    lose('partner', 'record');
  }
  // A lost mode is clear from what is left: partners on this device, or a code from afar.
  if (lost.includes('mode')) {
    const names = state.names as { a: string; b: string };
    const together = readPartners.a !== null || readPartners.b !== null || names.a || names.b;
    const apart = isRecord(state.partner) || state.ownName;
    state.mode = together ? 'together' : apart ? 'apart' : null;
  }
  return { state: state as T, losses };
}

type Lose = (owner: CoupleOwner, field: CoupleLoss['field']) => void;
type ChecksAt = (path: string) => FieldChecks | null;

function salvageRecord(raw: Data, slot: 'a' | 'b', checksAt: ChecksAt, shape: Shape, lose: Lose) {
  const { answers, dropped } = salvageAnswers(raw.answers, checksAt(`partners.${slot}.answers`));
  for (const field of dropped) lose(slot, field);
  const { kept, lost } = salvageFields(raw, without(shape, ['answers']), {
    checks: checksAt(`partners.${slot}`),
    ignore: ['answers'],
  });
  const record: Data = { ...kept, answers };
  for (const key of lost) {
    if (key === 'marks') record.marks = allPrivate(answers);
    lose(slot, key === 'unknown' ? 'unknown' : ((key === 'marks' ? 'marks' : key) as CouplePart));
  }
  if (!('marks' in record)) record.marks = allPrivate(answers);
  return record;
}

/**
 * A locked record keeps its shared answers field by field. Its sealed part cannot be mended:
 * if it is damaged, that partner's own view is gone, and the notice says so.
 */
function salvageLocked(
  raw: Data,
  slot: 'a' | 'b',
  checksAt: ChecksAt,
  shapes: CoupleShapes,
  lose: Lose,
): Data | null {
  const sealedChecks = checksAt(`partners.${slot}`);
  const sealed = shapes.sealed.safeParse(raw.sealed);
  const sealedIntact =
    sealed.success && (sealedChecks === null || sealedChecks.sealed === checkValue(raw.sealed));
  if (!sealedIntact) {
    lose(slot, 'record');
    return null;
  }
  const shared = isRecord(raw.shared) ? raw.shared : {};
  const { kept, lost } = salvageFields(shared, shapes.shareable, {
    checks: checksAt(`partners.${slot}.shared`),
  });
  for (const field of lost) lose(slot, field as CoupleLoss['field']);
  if (!isRecord(raw.shared)) lose(slot, 'all');
  // Damaged kept items are dropped, never guessed: an item not matched is never shown.
  const ifBoth = 'ifBoth' in raw ? shapes.ifBoth.safeParse(raw.ifBoth) : null;
  const ifBothIntact =
    ifBoth?.success === true &&
    (sealedChecks === null || sealedChecks.ifBoth === checkValue(raw.ifBoth));
  if (ifBoth && !ifBothIntact) lose(slot, 'marks');
  for (const key of Object.keys(raw))
    if (key !== 'shared' && key !== 'sealed' && key !== 'ifBoth') lose(slot, 'unknown');
  return {
    shared: { ...shapes.shareableDefaults, ...kept },
    sealed: sealed.data,
    ...(ifBoth?.success && ifBothIntact ? { ifBoth: ifBoth.data } : {}),
  };
}

function salvageImported(raw: Data, checksAt: ChecksAt, shapes: CoupleShapes, lose: Lose) {
  const shared = isRecord(raw.answers) ? raw.answers : null;
  const { kept, lost } = salvageFields(shared ?? {}, shapes.shareable, {
    checks: checksAt('partner.answers'),
  });
  if (shared === null) lose('partner', 'all');
  else for (const field of lost) lose('partner', field as CoupleLoss['field']);
  const { kept: others, lost: lostOthers } = salvageFields(
    raw,
    without(shapes.imported, ['answers']),
    {
      checks: checksAt('partner'),
      ignore: ['answers'],
    },
  );
  // A lost offer means their code must be entered again for the match: say the code is gone.
  for (const key of lostOthers) {
    lose('partner', key === 'unknown' ? 'unknown' : key === 'offer' ? 'record' : 'names');
  }
  const imported: Data = { ...others, answers: { ...shapes.shareableDefaults, ...kept } };
  if (lostOthers.includes('name') && typeof raw.name === 'string') {
    imported.name = raw.name.slice(0, shapes.nameMax);
  }
  return imported;
}
