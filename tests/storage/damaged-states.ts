import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { deviceSettings, DAY_MS } from '../../src/storage/storage-settings.ts';

// Damaged saved states, each of which must open to a working app with a notice. Shared by the
// Vitest component test (all of them) and the e2e test (a few, in a real browser).

export type ExpectedNotice =
  | 'unreadable'
  | 'newer-version'
  | 'partly-restored'
  | 'forgotten'
  | 'locked-unreadable'
  | 'settings-reset';

export interface DamagedState {
  name: string;
  /** Written to sessionStorage (this tab) or localStorage (saved on this device). */
  where: 'session' | 'device';
  state: string | null;
  /** Device settings; only for `where: 'device'`. */
  settings?: string;
  notice: ExpectedNotice;
  /** For partly restored states: answers that must survive. */
  kept?: Partial<Answers>;
}

const answers: Answers = {
  ...emptyAnswers(),
  concerns: ['communication', 'shame'],
  primaryConcern: 'shame',
  relationship: 'married',
  otherConcern: 'my own words',
};
const good = { ageConfirmed: true, answered: ['concerns', 'details'], answers };
const valid = serializeState(good as Parameters<typeof serializeState>[0]);
const envelope = JSON.parse(valid) as Record<string, unknown>;
const json = (value: unknown) => JSON.stringify(value);
const withEnvelope = (changes: Record<string, unknown>) => json({ ...envelope, ...changes });
const withAnswers = (changes: Record<string, unknown>) =>
  withEnvelope({ answers: { ...answers, ...changes } });
const settingsNow = json(deviceSettings(7, false, Date.now()));

const session = (
  name: string,
  state: string,
  notice: ExpectedNotice,
  kept?: Partial<Answers>,
): DamagedState => ({ name, where: 'session', state, notice, kept });

const nested = `${'['.repeat(5000)}"deep"${']'.repeat(5000)}`;

export const damagedStates: DamagedState[] = [
  // Truncated JSON, as when a write was cut off.
  session('truncated to one character', valid.slice(0, 1), 'unreadable'),
  session('truncated at a tenth', valid.slice(0, Math.floor(valid.length / 10)), 'unreadable'),
  session('truncated at half', valid.slice(0, Math.floor(valid.length / 2)), 'unreadable'),
  session('missing its last brace', valid.slice(0, -1), 'unreadable'),
  // Not our JSON at all.
  session('the word undefined', 'undefined', 'unreadable'),
  session('JSON null', 'null', 'unreadable'),
  session('a JSON number', '42', 'unreadable'),
  session('a JSON string', '"consult-prep.state"', 'unreadable'),
  session('a JSON array', '[1,2,3]', 'unreadable'),
  session('an empty object', '{}', 'unreadable'),
  session('HTML', '<!doctype html><p>oops</p>', 'unreadable'),
  session('a byte-order mark first', `\uFEFF${valid}`, 'unreadable'),
  session('another format', withEnvelope({ format: 'someone-else.state' }), 'unreadable'),
  session('an answers file saved as state', json(answers), 'unreadable'),
  session('a deeply nested array', nested, 'unreadable'),
  session('over the size cap', withAnswers({ otherConcern: 'x'.repeat(450_000) }), 'unreadable'),
  // Versions we do not know.
  session('version as a string', withEnvelope({ version: '1' }), 'unreadable'),
  session('version zero', withEnvelope({ version: 0 }), 'unreadable'),
  session('a negative version', withEnvelope({ version: -1 }), 'unreadable'),
  session('a fractional version', withEnvelope({ version: 1.5 }), 'unreadable'),
  session('version null', withEnvelope({ version: null }), 'unreadable'),
  session('no version', json({ ...envelope, version: undefined }), 'unreadable'),
  session('a newer version', withEnvelope({ version: 2 }), 'newer-version'),
  session('a far newer version', withEnvelope({ version: 999 }), 'newer-version'),
  // Wrong types: what can be kept is kept, the rest is named.
  session('age answer as text', withEnvelope({ ageConfirmed: 'yes' }), 'partly-restored', {
    concerns: answers.concerns,
  }),
  session('progress as text', withEnvelope({ answered: 'concerns' }), 'partly-restored', {
    otherConcern: 'my own words',
  }),
  session(
    'unknown page in progress',
    withEnvelope({ answered: ['concerns', 'step-9'] }),
    'partly-restored',
  ),
  session('answers as text', withEnvelope({ answers: 'all of them' }), 'partly-restored'),
  session('answers as a list', withEnvelope({ answers: [answers] }), 'partly-restored'),
  session('concerns as text', withAnswers({ concerns: 'shame' }), 'partly-restored', {
    relationship: 'married',
  }),
  session('who as a number', withAnswers({ who: 42 }), 'partly-restored', {
    concerns: answers.concerns,
  }),
  session(
    'an unknown relationship',
    withAnswers({ relationship: 'complicated' }),
    'partly-restored',
    {
      concerns: answers.concerns,
    },
  ),
  session('health as numbers', withAnswers({ health: [1, 2] }), 'partly-restored', {
    relationship: 'married',
  }),
  session('details as a list', withAnswers({ concernDetails: [] }), 'partly-restored', {
    concerns: answers.concerns,
  }),
  // Ids we do not know, and repeats.
  session(
    'an unknown concern id',
    withAnswers({ concerns: ['communication', 'made-up-concern'] }),
    'partly-restored',
    { concerns: ['communication'] },
  ),
  session(
    'a repeated concern id',
    withAnswers({ concerns: ['shame', 'shame'] }),
    'partly-restored',
    {
      concerns: ['shame'],
    },
  ),
  session('an unknown main concern', withAnswers({ primaryConcern: 'nope' }), 'partly-restored', {
    concerns: answers.concerns,
  }),
  // Huge strings, under the size cap.
  session(
    'a huge short answer',
    withAnswers({ otherConcern: 'y'.repeat(5000) }),
    'partly-restored',
    {
      concerns: answers.concerns,
    },
  ),
  session(
    'a huge long answer',
    withAnswers({ betterLooksLike: 'z'.repeat(100_000) }),
    'partly-restored',
    { otherConcern: 'my own words' },
  ),
  // Saved on this device.
  {
    name: 'device settings damaged, answers fine',
    where: 'device',
    settings: '{"mode":"device","forgetAfterDays":',
    state: valid,
    notice: 'settings-reset',
    kept: { otherConcern: 'my own words' },
  },
  {
    name: 'device answers past their forget date',
    where: 'device',
    settings: json(deviceSettings(3, false, Date.now() - 4 * DAY_MS)),
    state: valid,
    notice: 'forgotten',
  },
  {
    name: 'locked answers damaged',
    where: 'device',
    settings: json(deviceSettings(3, true, Date.now())),
    state: json({ format: 'consult-prep.sealed', version: 1, iterations: 'many' }),
    notice: 'locked-unreadable',
  },
  {
    name: 'locked answers missing',
    where: 'device',
    settings: json(deviceSettings(3, true, Date.now())),
    state: null,
    notice: 'locked-unreadable',
  },
  {
    name: 'device answers truncated',
    where: 'device',
    settings: settingsNow,
    state: valid.slice(0, 40),
    notice: 'unreadable',
  },
];

/** Puts a damaged state where the app will find it. Runs in the page too (e2e). */
export function seedDamagedState(entry: Pick<DamagedState, 'where' | 'state' | 'settings'>) {
  const storage = entry.where === 'device' ? localStorage : sessionStorage;
  if (entry.settings !== undefined) storage.setItem('consult-prep.settings', entry.settings);
  if (entry.state !== null) storage.setItem('consult-prep.state', entry.state);
}
