import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { envelopeCodec, keptSummaries } from '../../src/features/therapist/kept-store.ts';
import type { SealedEnvelope } from '../../src/features/therapist/sealed-summary.ts';
import {
  KEPT_MAX_CHARS,
  KEPT_MAX_COUNT,
  KEPT_SUMMARIES_KEY,
  keptSummariesStore,
  localDate,
  readKeptSummaries,
  serializeKeptSummaries,
  type KeptList,
} from '../../src/storage/kept-summaries.ts';
import { fakeEnvelope } from '../support/kept-fixtures.ts';
import { loadFresh } from '../support/load-fresh.ts';

// The summaries a therapist keeps: the locked envelopes as sent, one localStorage key, read
// back item by item so one damaged entry never costs the others.

const store = keptSummaries;
const stored = () => localStorage.getItem(KEPT_SUMMARIES_KEY);
const read = (raw: unknown) => readKeptSummaries(raw, envelopeCodec);
const kept = (list: KeptList<SealedEnvelope>) =>
  list.items.flatMap((item) => (item.kind === 'kept' ? [item.entry] : []));
const damaged = (list: KeptList<SealedEnvelope>) =>
  list.items.flatMap((item) => (item.kind === 'damaged' ? [item.raw] : []));

describe('keeping summaries', () => {
  it('keeps the envelope as sent, with the day it came, and reads it back', () => {
    const result = store.keep(fakeEnvelope(1), '2026-12-01');
    expect(result).toMatchObject({ ok: true, entry: { number: 1 } });
    expect(kept(store.list())).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), number: 1, received: '2026-12-01', sealed: fakeEnvelope(1) },
    ]); // prettier-ignore
    // What is stored is the locked envelope, never opened text.
    expect(JSON.parse(stored()!)).toMatchObject({
      format: 'consult-prep.kept-summaries',
      version: 1,
      summaries: [{ sealed: fakeEnvelope(1) }],
    });
  });

  it('numbers each one, oldest first, and never reuses a number still kept', () => {
    for (const n of [1, 2, 3]) store.keep(fakeEnvelope(n), '2026-12-01');
    const [first] = kept(store.list());
    store.remove(first!.id);
    store.keep(fakeEnvelope(4), '2026-12-02');
    expect(kept(store.list()).map((entry) => entry.number)).toEqual([2, 3, 4]);
  });

  it('keeps the same summary only once, however its file was laid out', () => {
    expect(store.keep(fakeEnvelope(1)).ok).toBe(true);
    const reordered = Object.fromEntries(Object.entries(fakeEnvelope(1)).reverse());
    expect(store.keep(reordered as SealedEnvelope)).toEqual({ ok: false, reason: 'already-kept' });
    expect(store.keep(fakeEnvelope(2)).ok).toBe(true);
    expect(kept(store.list())).toHaveLength(2);
  });

  it('uses the therapist’s own day when none is given, and never a malformed one', () => {
    store.keep(fakeEnvelope(1));
    store.keep(fakeEnvelope(2), 'yesterday');
    expect(kept(store.list()).map((entry) => entry.received)).toEqual([localDate(), localDate()]);
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('refuses what is not an envelope, and keeps nothing for it', () => {
    const bad = { ...fakeEnvelope(1), kid: 'not hex' };
    expect(store.keep(bad)).toEqual({ ok: false, reason: 'not-saved' });
    expect(stored()).toBeNull();
  });

  it(`stops at ${KEPT_MAX_COUNT} summaries, and has room again after a delete`, () => {
    for (let n = 0; n < KEPT_MAX_COUNT; n += 1) {
      expect(store.keep(fakeEnvelope(n)).ok).toBe(true);
    }
    expect(store.keep(fakeEnvelope(KEPT_MAX_COUNT))).toEqual({ ok: false, reason: 'full' });
    store.remove(kept(store.list())[0]!.id);
    expect(store.keep(fakeEnvelope(KEPT_MAX_COUNT)).ok).toBe(true);
  });

  it('stops before the total size passes its cap, and writes nothing then', () => {
    // Each near the largest sealed summary there can be: five fit, a sixth would not.
    const big = 390_000;
    for (const n of [1, 2, 3, 4, 5]) expect(store.keep(fakeEnvelope(n, big)).ok).toBe(true);
    const before = stored();
    expect(store.keep(fakeEnvelope(6, big))).toEqual({ ok: false, reason: 'too-big' });
    expect(stored()).toBe(before);
    expect(store.keep(fakeEnvelope(7)).ok).toBe(true);
    expect(stored()!.length).toBeLessThanOrEqual(KEPT_MAX_CHARS);
  });

  it('says so when the browser refuses to write, or has no storage', () => {
    const refusing = {
      ...localStorage,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(keptSummariesStore(envelopeCodec, () => refusing).keep(fakeEnvelope(1))).toEqual({
      ok: false,
      reason: 'not-saved',
    });
    const none = keptSummariesStore(envelopeCodec, () => null);
    expect(none.keep(fakeEnvelope(1))).toEqual({ ok: false, reason: 'unavailable' });
    expect(none.list()).toEqual({ status: 'ok', items: [] });
    expect(none.remove('0123456789abcdef')).toBe(false);
  });
});

describe('deleting kept summaries', () => {
  it('deletes one by its key and leaves the others in their order', () => {
    for (const n of [1, 2, 3]) store.keep(fakeEnvelope(n));
    const [, middle] = kept(store.list());
    expect(store.remove(middle!.id)).toBe(true);
    expect(kept(store.list()).map((entry) => entry.sealed.ct)).toEqual([
      fakeEnvelope(1).ct,
      fakeEnvelope(3).ct,
    ]);
    expect(store.remove(middle!.id)).toBe(false);
  });

  it('removes the key itself once the last one goes', () => {
    store.keep(fakeEnvelope(1));
    store.remove(kept(store.list())[0]!.id);
    expect(stored()).toBeNull();
  });

  it('deletes all, damaged or from a newer version too', () => {
    store.keep(fakeEnvelope(1));
    store.keep(fakeEnvelope(2));
    store.removeAll();
    expect(stored()).toBeNull();
    localStorage.setItem(KEPT_SUMMARIES_KEY, 'not json');
    store.removeAll();
    expect(stored()).toBeNull();
  });
});

describe('reading what is stored', () => {
  const entry = (n: number, id = n.toString(16).padStart(16, '0')) => ({
    id,
    number: n,
    received: '2026-12-01',
    sealed: fakeEnvelope(n),
  });
  const document = (summaries: unknown[], version: unknown = 1) =>
    JSON.stringify({ format: 'consult-prep.kept-summaries', version, summaries });

  it.each([
    ['nothing stored', null],
    ['undefined', undefined],
  ])('reads %s as an empty list', (_, raw) => {
    expect(read(raw)).toEqual({ status: 'ok', items: [] });
  });

  it.each([
    ['an entry with a bad date', { ...entry(2), received: '1 Dec' }],
    ['an entry with a bad id', { ...entry(2), id: 'x' }],
    ['an entry with a changed envelope', { ...entry(2), sealed: { ...fakeEnvelope(2), ct: '!' } }],
    ['an entry from another app', { sealed: 'hello' }],
    ['a second copy of one summary', { ...entry(1), id: 'ffffffffffffffff' }],
    ['a second entry with one id', { ...entry(3), id: entry(1).id }],
    ['not an object', 42],
  ])('sets aside %s, and keeps its neighbours', (_, bad) => {
    const list = read(document([entry(1), bad, entry(4)]));
    expect(list.status).toBe('ok');
    expect(kept(list).map((e) => e.number)).toEqual([1, 4]);
    expect(damaged(list)).toEqual([bad]);
    expect(list.items.map((item) => item.kind)).toEqual(['kept', 'damaged', 'kept']);
  });

  it.each([
    ['text that is not JSON', '{"format":'],
    ['another app’s data', '{"format":"someone-else","summaries":[]}'],
    ['a list without its frame', '[1,2,3]'],
    ['a version that never was', document([], 0)],
    ['summaries that are not a list', JSON.stringify({ format: 'consult-prep.kept-summaries', version: 1, summaries: {} })],
  ])('keeps %s whole, as one damaged item', (_, raw) => {
    expect(read(raw)).toEqual({ status: 'ok', items: [{ kind: 'damaged', key: 'damaged-0', raw }] });
  }); // prettier-ignore

  it('lists nothing from a newer version, and never writes over it', () => {
    const newer = document([entry(1)], 2);
    localStorage.setItem(KEPT_SUMMARIES_KEY, newer);
    expect(store.list()).toEqual({ status: 'newer', items: [] });
    expect(store.keep(fakeEnvelope(9))).toEqual({ ok: false, reason: 'newer' });
    expect(store.remove('damaged-0')).toBe(false);
    expect(stored()).toBe(newer);
  });

  it('writes damaged items back as they were when another one is kept or deleted', () => {
    const bad = { ...entry(2), received: 'soon' };
    localStorage.setItem(KEPT_SUMMARIES_KEY, document([entry(1), bad]));
    store.keep(fakeEnvelope(3));
    store.remove(entry(1).id);
    expect(damaged(store.list())).toEqual([bad]);
    expect(kept(store.list()).map((e) => e.sealed.ct)).toEqual([fakeEnvelope(3).ct]);
  });

  it('keeps unreadable text inside the new document, so keeping more loses nothing', () => {
    localStorage.setItem(KEPT_SUMMARIES_KEY, 'not json at all');
    expect(store.keep(fakeEnvelope(1)).ok).toBe(true);
    expect(damaged(store.list())).toEqual(['not json at all']);
    expect(store.remove('damaged-0')).toBe(true);
    expect(damaged(store.list())).toEqual([]);
    expect(kept(store.list())).toHaveLength(1);
  });

  it('reads back exactly what it wrote', () => {
    const list = read(document([entry(1), { junk: true }, entry(2)]));
    expect(read(serializeKeptSummaries(list.items))).toEqual(list);
  });
});

describe('leaving no kept summaries behind', () => {
  it('“delete everything” removes them with the rest of ours', async () => {
    const app = await loadFresh();
    store.keep(fakeEnvelope(1));
    localStorage.setItem('someone-else', 'not ours');
    const report = await app.deleteEverything();
    expect(report.leftovers).toEqual([]);
    expect(stored()).toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('not ours');
  });

  it.each([
    ['answers kept in this tab', 'session'],
    ['answers saved on this device', 'device'],
  ] as const)('the quick exit removes them, with %s', async (_, mode) => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('individual');
    if (mode === 'device') {
      await app.useStorageSettings
        .getState()
        .applyChoice({ mode: 'device', forgetAfterDays: 3, lock: 'none' });
    }
    store.keep(fakeEnvelope(1));
    localStorage.setItem('someone-else', 'not ours');
    app.wipeForExit();
    expect(stored()).toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('not ours');
  });
});
