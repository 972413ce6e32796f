// Pressing Shift three times leaves the page, as on GOV.UK's "Exit this page". Each press must
// come within a few seconds of the last, and any other key in between starts the count again,
// so typing capital letters never triggers it. See docs/quick-exit.md for the reasoning.

export const SHIFT_PRESSES = 3;
export const SHIFT_GAP_MS = 3000;

interface ShiftCounterOptions {
  /** Called with the presses so far (0 when the count resets), to tell the person. */
  onCount(count: number): void;
  onTrigger(): void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createShiftCounter({
  onCount,
  onTrigger,
  now = () => Date.now(),
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: ShiftCounterOptions): (event: KeyboardEvent) => void {
  let count = 0;
  let last = 0;
  let timer: unknown = null;

  const reset = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (count === 0) return;
    count = 0;
    onCount(0);
  };

  return (event) => {
    const bareShift =
      event.key === 'Shift' &&
      !event.repeat &&
      !event.isComposing &&
      !event.ctrlKey &&
      !event.altKey &&
      !event.metaKey;
    if (!bareShift) {
      // Holding Shift down repeats the keydown: that is one press, not many.
      if (!(event.key === 'Shift' && event.repeat)) reset();
      return;
    }
    const time = now();
    if (count > 0 && time - last > SHIFT_GAP_MS) reset();
    count += 1;
    last = time;
    if (timer !== null) clearTimer(timer);
    if (count >= SHIFT_PRESSES) {
      timer = null;
      count = 0;
      onCount(0);
      onTrigger();
      return;
    }
    onCount(count);
    timer = setTimer(reset, SHIFT_GAP_MS);
  };
}
