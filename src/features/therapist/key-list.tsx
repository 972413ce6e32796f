import { keyCopy, keyListCopy } from '../../content/therapist.ts';
import {
  isLockedKey,
  isUnlockedHere,
  type KeyList as Keys,
} from '../../storage/therapist-key-store.ts';
import { keyDate } from './backup-form.tsx';
import { shortKeyId } from './key-backup.ts';

/** This browser's keys, newest first, and any that could not be read (kept as they are). */
export function KeyList({ list }: { list: Keys }) {
  const newest = list.keys.at(-1);
  return (
    <>
      <h3>{keyListCopy.heading}</h3>
      <p>{keyListCopy.intro}</p>
      <ul className="bullets" aria-label={keyListCopy.heading}>
        {[...list.keys].reverse().map((key) => (
          <li key={key.kid}>
            <strong>{keyCopy.id(shortKeyId(key.kid))}</strong>.{' '}
            {keyListCopy.made(keyDate(key.created))}{' '}
            {key === newest ? keyListCopy.newest : keyListCopy.older}
            {isLockedKey(key)
              ? ` ${isUnlockedHere(key) ? keyListCopy.unlockedHere : keyListCopy.locked}`
              : null}
          </li>
        ))}
      </ul>
      {list.damaged.length > 0 ? (
        <div className="notice" role="status">
          {list.damaged.map((damaged, at) => (
            <p key={damaged.kid ?? `unknown-${at}`}>
              {damaged.kid
                ? keyListCopy.damagedKey(shortKeyId(damaged.kid))
                : keyListCopy.damagedNoId}
            </p>
          ))}
          <p>{keyListCopy.damagedWayOn}</p>
        </div>
      ) : null}
    </>
  );
}
