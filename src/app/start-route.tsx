import { Navigate } from 'react-router';
import { StartPage } from '../features/intake/start-page.tsx';
import { StorageChoice } from '../features/privacy/storage-choice.tsx';
import { useAnswersStore } from '../storage/answers-store.ts';
import { resumePath } from './resume-path.ts';

export function StartRoute() {
  return <StartPage storageChoice={<StorageChoice />} />;
}

/**
 * "Continue where you left off" comes here once the saved answers are open (locked ones open
 * on the passphrase screen first, which the storage gate shows in this page's place).
 */
export function ContinueRoute() {
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const answered = useAnswersStore((state) => state.answered);
  return <Navigate to={resumePath({ ageConfirmed, answered })} replace />;
}
