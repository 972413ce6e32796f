import { describe, expect, it } from 'vitest';
import { createShiftCounter, SHIFT_GAP_MS } from '../../../src/features/privacy/shift-counter.ts';

type Press = string | { key: string; at?: number; repeat?: boolean; ctrl?: boolean };

/** Plays key presses (each 300 ms after the last unless `at` says when) and counts exits. */
function play(presses: Press[]): number {
  let now = 0;
  let exits = 0;
  const timers: { at: number; run: () => void }[] = [];
  const handle = createShiftCounter({
    onCount: () => {},
    onTrigger: () => {
      exits += 1;
    },
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[0]), 1),
  });
  for (const press of presses) {
    const p = typeof press === 'string' ? { key: press } : press;
    now = p.at ?? now + 300;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
    handle({
      key: p.key,
      repeat: p.repeat ?? false,
      isComposing: false,
      ctrlKey: p.ctrl ?? false,
      altKey: false,
      metaKey: false,
    } as KeyboardEvent);
  }
  return exits;
}

const S = 'Shift';

describe('Shift three times leaves the page', () => {
  it.each<[string, Press[], number]>([
    ['three quick presses', [S, S, S], 1],
    ['six quick presses: twice', [S, S, S, S, S, S], 2],
    ['two presses only', [S, S], 0],
    ['a letter in between (typing capitals)', [S, 'A', S, 'B', S], 0],
    ['Tab in between', [S, S, 'Tab', S], 0],
    ['a count that starts again after another key', [S, 'a', S, S, S], 1],
    ['holding Shift down (key repeat)', [S, { key: S, repeat: true }, { key: S, repeat: true }], 0],
    ['a held Shift does not break the count', [S, { key: S, repeat: true }, S, S], 1],
    ['with Ctrl held (a browser shortcut)', [{ key: S, ctrl: true }, S, S], 0],
    [
      'each press within the gap',
      [
        { key: S, at: 0 },
        { key: S, at: SHIFT_GAP_MS - 1 },
        { key: S, at: 2 * SHIFT_GAP_MS - 2 },
      ],
      1,
    ],
    [
      'a pause longer than the gap starts again',
      [
        { key: S, at: 0 },
        { key: S, at: 100 },
        { key: S, at: 100 + SHIFT_GAP_MS + 1 },
      ],
      0,
    ],
  ])('%s', (_name, presses, exits) => {
    expect(play(presses)).toBe(exits);
  });
});
