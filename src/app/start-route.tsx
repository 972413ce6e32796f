import { StartPage } from '../features/intake/start-page.tsx';
import { StorageChoice } from '../features/privacy/storage-choice.tsx';

export function StartRoute() {
  return <StartPage storageChoice={<StorageChoice />} />;
}
