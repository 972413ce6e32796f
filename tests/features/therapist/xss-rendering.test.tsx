import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { LinkIntro } from '../../../src/features/therapist/link-intro.tsx';
import { BuilderOutput } from '../../../src/features/therapist/builder-output.tsx';
import { LinkSummarySections } from '../../../src/features/therapist/results-parts.tsx';
import { QuestionsStep } from '../../../src/features/therapist/questions-step.tsx';
import { SummarySections } from '../../../src/features/therapist/summary-sections.tsx';
import type { TherapistLink } from '../../../src/questionnaire/therapist-link.ts';
import { activateLink, clearLink } from '../../support/link-state.ts';
import { xssCorpus } from '../../support/therapist-link-fixtures.ts';

// Every therapist-supplied string goes through every place it is shown. It must appear as the
// same text, and no element, script, handler or URL may come out of it.

function hostileLink(attack: string): TherapistLink {
  return {
    name: attack,
    licences: ['other'],
    licenceOther: attack,
    states: ['CA'],
    aasect: true,
    practice: attack,
    website: `https://example.com/${encodeURIComponent(attack)}`,
    contact: attack,
    welcome: `${attack}\n${attack}`,
    sections: [],
    questions: [
      { kind: 'short-text', text: attack },
      { kind: 'long-text', text: `${attack} 2` },
      { kind: 'yes-no', text: `${attack} 3` },
      { kind: 'choice', text: `${attack} 4`, options: [attack, `${attack} b`] },
    ],
    returnMode: 'encrypted',
    publicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) },
  };
}

function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, svg, style, object, embed')).toHaveLength(
    0,
  );
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/^on/i);
      expect(attribute.value).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect((window as { __xss?: number }).__xss).toBeUndefined();
}

afterEach(() => clearLink());

describe.each(xssCorpus)('therapist text %j', (attack) => {
  const link = hostileLink(attack);

  it('is plain text in the client’s view and the builder’s preview', () => {
    const { container } = render(
      <MemoryRouter>
        <LinkIntro link={link} />
        <BuilderOutput url="https://app.example/from#v1.x" link={link} />
      </MemoryRouter>,
    );
    expect(screen.getAllByText(attack, { exact: true }).length).toBeGreaterThanOrEqual(4);
    expect(container.querySelector('a[target="_blank"]')).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expectInert(container);
  });

  it('is plain text in the questions step', () => {
    activateLink(link);
    const { container } = render(
      <MemoryRouter>
        <QuestionsStep link={link} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('radio', { name: attack })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `${attack} (optional)` })).toBeInTheDocument();
    expectInert(container);
  });

  it('is plain text in the results and the opened summary', () => {
    activateLink(link, { '0': attack });
    const { container } = render(
      <MemoryRouter>
        <LinkSummarySections />
        <SummarySections
          sections={[{ heading: attack, rows: [{ label: attack, value: attack }] }]}
        />
      </MemoryRouter>,
    );
    expect(screen.getAllByText(attack, { exact: true }).length).toBeGreaterThanOrEqual(4);
    expectInert(container);
  });
});
