import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits until the element has focus. Pages move focus in an effect after they render, which on
 * a busy machine can land a moment after the element appears.
 */
export async function expectFocus(element: HTMLElement | Promise<HTMLElement>): Promise<void> {
  const target = await element;
  await waitFor(() => expect(target).toHaveFocus());
}
