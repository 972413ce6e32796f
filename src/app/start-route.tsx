import { StartPage } from '../features/intake/start-page.tsx';

export function StartRoute() {
  return <StartPage />;
}
