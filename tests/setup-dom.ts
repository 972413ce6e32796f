import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests only (jsdom): the matchers and the unmounting that need a document.

// Pages load lazily; on a busy two-core machine the first render can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
