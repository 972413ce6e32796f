import { storageFormCopy, storageModeCopy } from '../../content/privacy.ts';
import type { StorageStatus } from '../../storage/storage-mode.ts';
import { formatDate as formatLocaleDate } from '../../content/format.ts';

export function formatDate(time: number): string {
  return formatLocaleDate(time, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** One or two plain sentences on how answers are kept right now. */
export function describeStatus(status: StorageStatus): string[] {
  const lines = [storageModeCopy[status.mode].short];
  if (status.mode === 'device') {
    if (status.locked) lines.push(storageFormCopy.locked);
    lines.push(storageFormCopy.forgetOn(formatDate(status.expiresAt)));
  }
  return lines;
}
