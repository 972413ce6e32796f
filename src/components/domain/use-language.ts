import { useSyncExternalStore } from 'react';
import { activeLocale, onLocaleChange } from '../../content/locale.ts';

/**
 * The language the app speaks now; a component using it renders again when it changes. Words
 * worked out once and kept (useMemo) list it among their inputs, so they follow a switch.
 */
export function useLanguage(): string {
  return useSyncExternalStore(onLocaleChange, activeLocale);
}
