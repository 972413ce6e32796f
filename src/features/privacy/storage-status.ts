import { storageFormCopy, storageModeCopy } from '../../content/en/privacy.ts';
import type { StorageStatus } from '../../storage/storage-mode.ts';

export function formatDate(time: number): string {
  return new Date(time).toLocaleDateString('en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
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
