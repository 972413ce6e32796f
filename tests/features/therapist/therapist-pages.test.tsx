import '../../support/jsdom-streams.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { completedState, renderApp } from '../../support/render-app.tsx';
import { bytesToBase64url } from '../../../src/lib/base64url.ts';
import { deflate } from '../../../src/lib/deflate.ts';
import { generateRecipientKeys } from '../../../src/lib/hybrid-crypto.ts';
import {
  encodeTherapistLink,
  type TherapistLink,
} from '../../../src/questionnaire/therapist-link.ts';
import { openSummary, readSealedSummary } from '../../../src/features/therapist/sealed-summary.ts';
import { useTherapistLinkStore } from '../../../src/storage/therapist-link-store.ts';
import {
  introCopy,
  linkErrorCopy,
  linkPasteCopy,
  resultsLinkCopy,
  sendCopy,
} from '../../../src/content/en/therapist.ts';
import { activateLink, clearLink } from '../../support/link-state.ts';
import { typicalLink } from '../../support/therapist-link-fixtures.ts';
import { expectFocus } from '../../support/focus.ts';

afterEach(() => clearLink());

async function codeOf(link: TherapistLink): Promise<string> {
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.code;
}

/** A link as the app made it before the check: "v1." + base64url(deflate(JSON)). */
const legacyCodeOf = async (link: TherapistLink) =>
  `v1.${bytesToBase64url(await deflate(new TextEncoder().encode(JSON.stringify(link))))}`;

describe('the link’s page', () => {
  it('shows who it is from, with the honest line, and makes the link active', async () => {
    const link = typicalLink();
    renderApp(`/from#${await codeOf(link)}`);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: introCopy.preparedFor(link.name),
    });
    await expectFocus(heading);
    expect(screen.getByText(introCopy.honesty(link.name))).toBeInTheDocument();
    expect(document.title).toBe('Your consultation – Consultation prep');
    expect(useTherapistLinkStore.getState().link).toEqual(link);
  });

  it.each([
    ['v1.AAAA', linkErrorCopy.reasons.damaged],
    ['v3.AAAA', linkErrorCopy.reasons['unknown-version']],
    ['', linkErrorCopy.reasons.empty],
  ])('explains a link it cannot read (%j) and carries on without it', async (code, reason) => {
    const { user } = renderApp(`/from#${code}`);
    await expectFocus(screen.findByRole('heading', { level: 1, name: linkErrorCopy.title }));
    expect(screen.getByText(reason)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: linkErrorCopy.continue }));
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      linkErrorCopy.title,
    );
    expect(useTherapistLinkStore.getState().link).toBeNull();
  });

  it('says what the check does, and shows the website’s domain on its own', async () => {
    const link = typicalLink();
    renderApp(`/from#${await codeOf(link)}`);
    await screen.findByRole('heading', { level: 1, name: introCopy.preparedFor(link.name) });
    expect(screen.getByText(introCopy.integrity)).toBeInTheDocument();
    expect(screen.queryByText(introCopy.legacy(link.name))).not.toBeInTheDocument();
    expect(screen.getByText('bayviewcounseling.example.com')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: link.website })).toHaveAttribute('href', link.website);
  });

  it('opens a link made before the check, and asks to check the details', async () => {
    const link = typicalLink();
    renderApp(`/from#${await legacyCodeOf(link)}`);
    await screen.findByRole('heading', { level: 1, name: introCopy.preparedFor(link.name) });
    expect(screen.getByText(introCopy.legacy(link.name))).toBeInTheDocument();
    expect(screen.queryByText(introCopy.integrity)).not.toBeInTheDocument();
    expect(screen.getByText(introCopy.honesty(link.name))).toBeInTheDocument();
  });

  it('reads a link with one changed character as damaged', async () => {
    const code = await codeOf(typicalLink());
    const at = Math.floor(code.length / 2);
    const changed = code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1);
    renderApp(`/from#${changed}`);
    await screen.findByRole('heading', { level: 1, name: linkErrorCopy.title });
    expect(screen.getByText(linkErrorCopy.reasons.damaged)).toBeInTheDocument();
    expect(useTherapistLinkStore.getState().link).toBeNull();
  });
});

describe('pasting a therapist’s link', () => {
  it('opens a link pasted as a quoted reply, broken over lines, with a label', async () => {
    const link = typicalLink();
    const address = `https://prep.example.org/from#${await codeOf(link)}`;
    const quoted = ['Link:', ...(address.match(/.{1,50}/g) ?? [])].map((line) => `> ${line}`);
    const { user } = renderApp('/from');
    await screen.findByRole('heading', { level: 1, name: linkErrorCopy.title });
    await user.click(screen.getByRole('textbox', { name: linkPasteCopy.label }));
    await user.paste(`${quoted.join('\n')}.`);
    await user.click(screen.getByRole('button', { name: linkPasteCopy.submit }));
    await expectFocus(
      screen.findByRole('heading', { level: 1, name: introCopy.preparedFor(link.name) }),
    );
    expect(useTherapistLinkStore.getState().link).toEqual(link);
  });

  it.each([
    ['', linkPasteCopy.errors.empty],
    ['Code: v2.AAAA', linkPasteCopy.errors.damaged],
    ['v7.AAAA', linkPasteCopy.errors['unknown-version']],
  ])(
    'explains a paste it cannot read (%j), in the summary and at the field',
    async (text, message) => {
      const { user } = renderApp('/from');
      await screen.findByRole('heading', { level: 1, name: linkErrorCopy.title });
      const field = screen.getByRole('textbox', { name: linkPasteCopy.label });
      if (text) {
        await user.click(field);
        await user.paste(text);
      }
      await user.click(screen.getByRole('button', { name: linkPasteCopy.submit }));
      const summary = await screen.findByRole('alert');
      await waitFor(() => expect(summary).toHaveFocus());
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(document.title).toMatch(/^Error: /);
      expect(field).toHaveValue(text);
    },
  );
});

describe('the therapist’s questions as step 7', () => {
  it('counts seven steps while a link with questions is active, and goes from 6 to 7', async () => {
    activateLink(typicalLink());
    const { user } = renderApp('/prepare/6', completedState());
    expect(await screen.findByText('Step 6 of 7')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Step 7 of 7/ });
    await expectFocus(heading);
    expect(document.title).toMatch(/^Step 7 of 7 – /);
  });

  it('keeps six steps without a link, and /prepare/7 is not a page', async () => {
    renderApp('/prepare/7', completedState());
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/not found/i);
  });

  it('saves the answers and moves on to check answers', async () => {
    const link = typicalLink();
    activateLink(link);
    const { user } = renderApp('/prepare/7', completedState());
    await user.type(
      await screen.findByRole('textbox', { name: /What name would you like me to use/ }),
      '  Sam ',
    );
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('radio', { name: 'By video' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /Check your answers/ });
    expect(useTherapistLinkStore.getState().customAnswers).toEqual({
      '0': 'Sam',
      '1': 'yes',
      '2': 'By video',
    });
  });
});

describe('results and sending', () => {
  it('names the therapist, lists their questions with answers, and offers Send to', async () => {
    const link = typicalLink((await generateRecipientKeys()).publicJwk);
    activateLink(link, { '0': 'Sam' });
    renderApp('/prepare/summary', completedState());
    expect(
      await screen.findByText(introCopy.preparedFor(link.name), { exact: false }),
    ).toBeVisible();
    // Below the summary's first screen, so it comes just after it (AfterFirstPaint).
    const region = await screen.findByRole('region', {
      name: resultsLinkCopy.questionsHeading(link.name),
    });
    expect(within(region).getByText('Sam')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: resultsLinkCopy.sendButton(link.name) }),
    ).toHaveAttribute('href', '/prepare/send');
  });

  it('seals only what stays ticked, for the therapist’s key alone', async () => {
    const keys = await generateRecipientKeys();
    const link = typicalLink(keys.publicJwk);
    // A marker long enough that random base64 never spells it by chance.
    const marker = 'Samantha Quill-Oakridge';
    activateLink(link, { '0': marker });
    const { user } = renderApp(
      '/prepare/send',
      completedState({ relationship: 'married', partnerTakingPart: 'no', feelsUnsafe: 'no' }),
    );
    await user.click(
      await screen.findByRole('checkbox', { name: sendCopy.sectionNames.relationship }),
    );
    expect(screen.getByRole('checkbox', { name: sendCopy.sectionNames.safety })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: sendCopy.lock }));
    const text = (await screen.findByRole('textbox', {
      name: sendCopy.textLabel,
    })) as HTMLTextAreaElement;
    expect(text.value).not.toContain('Samantha');
    const read = readSealedSummary(text.value);
    if (!read.ok) throw new Error(read.error);
    const opened = await openSummary(read.envelope, [keys]);
    if (!opened.ok) throw new Error(opened.error);
    const headings = opened.summary.sections.map((section) => section.heading);
    expect(headings).toContain(sendCopy.sectionNames.custom);
    expect(headings).not.toContain(sendCopy.sectionNames.relationship);
    expect(headings).not.toContain(sendCopy.sectionNames.safety);
    expect(JSON.stringify(opened.summary)).toContain(marker);
  });

  it('asks for at least one part before locking', async () => {
    const link = typicalLink((await generateRecipientKeys()).publicJwk);
    activateLink(link);
    const { user } = renderApp('/prepare/send', completedState());
    await screen.findByRole('heading', { level: 1, name: sendCopy.heading(link.name) });
    for (const box of screen.getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    await user.click(screen.getByRole('button', { name: sendCopy.lock }));
    expect(await screen.findByText(sendCopy.nothingChosen)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: sendCopy.textLabel })).toBeNull();
  });

  it('sends a link that asked to bring the summary back to the summary page', async () => {
    activateLink(typicalLink());
    renderApp('/prepare/send', completedState());
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/summary/i),
    );
  });
});
