import { createBrowserRouter } from 'react-router';
import { routes } from './routes.tsx';

export const router = createBrowserRouter(routes, {
  // Works under a sub-path too (BASE_PATH at build time).
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});
