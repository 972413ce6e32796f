import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from '../../../src/components/ui/after-first-paint.tsx';

/** Notes what the page held when it was first put on screen. */
function FirstScreen({ seen }: { seen: string[] }) {
  useLayoutEffect(() => {
    seen.push(document.body.textContent ?? '');
  }, [seen]);
  return <h1>Your summary</h1>;
}

describe('AfterFirstPaint', () => {
  it('leaves its part out of the first screen, then shows it', async () => {
    const seen: string[] = [];
    render(
      <>
        <FirstScreen seen={seen} />
        <AfterFirstPaint>
          <p>More questions you could ask</p>
        </AfterFirstPaint>
      </>,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('Your summary');
    expect(seen[0]).not.toContain('More questions');
    expect(await screen.findByText('More questions you could ask')).toBeInTheDocument();
  });
});
