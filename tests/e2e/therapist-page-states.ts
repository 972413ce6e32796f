import { expect, type Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { builderCopy, linkPasteCopy, openCopy, sendCopy } from '../../src/content/en/therapist.ts';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { generateRecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { encodeTherapistLink, type TherapistLink } from '../../src/questionnaire/therapist-link.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { LINK_STATE_KEY } from '../../src/storage/therapist-link-store.ts';
import type { PageState } from './support/page-states.ts';
import { calmAnswers } from './support/state.ts';
import { createLink, fillBuilder, therapistName } from './therapist-support.ts';

// The therapist pages, for the shared sweeps (axe in four modes, target size, reflow, 200%
// text, unobscured focus): the builder, the client's view of a link, the questions step,
// Send to, and the open page.

async function sampleLink(): Promise<TherapistLink> {
  const { publicJwk } = await generateRecipientKeys();
  return {
    name: therapistName,
    licences: ['lmft', 'other'],
    licenceOther: 'Certified sex therapist (CST)',
    states: ['CA', 'OR'],
    aasect: true,
    practice: 'Bayview Counseling',
    website: 'https://bayview.example.com/a-rather-long-path/that-should-wrap-on-a-phone',
    contact: 'maya@bayview.example.com · (415) 555-0142',
    welcome: 'Thank you for reaching out.\nAnswer only what feels okay.',
    sections: ['details', 'goals'],
    questions: [
      { kind: 'short-text', text: 'What name would you like me to use?' },
      { kind: 'long-text', text: 'Anything you would like me to know first?' },
      { kind: 'yes-no', text: 'Have you seen a therapist before?' },
      { kind: 'choice', text: 'How would you like to meet?', options: ['In person', 'By video'] },
    ],
    date: '2026-12-03',
    returnMode: 'encrypted',
    publicKey: publicJwk,
  };
}

/** Puts an active link and finished answers in the tab, as after a journey, then opens `path`. */
async function openWithLink(page: Page, path: string): Promise<void> {
  const link = await sampleLink();
  const linkState = {
    format: 'consult-prep.link-state',
    version: 1,
    link,
    customAnswers: { '0': 'Sam' },
    questionsDone: true,
  };
  const answers = serializeState({
    ageConfirmed: true,
    answered: [...stepIds],
    answers: { ...emptyAnswers(), ...calmAnswers },
  });
  await page.goto('/');
  const items: [string, string][] = [
    [LINK_STATE_KEY, JSON.stringify(linkState)],
    [STATE_KEY, answers],
  ];
  await page.evaluate(
    (entries) => entries.forEach(([key, value]) => sessionStorage.setItem(key, value)),
    items,
  );
  await page.goto(path);
}

async function arrived(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

const alertFocused = (page: Page) =>
  expect(page.getByRole('alert').filter({ hasText: appCopy.errorSummaryTitle })).toBeFocused();

export const therapistPageStates: PageState[] = [
  {
    name: 'therapist builder',
    open: async (page) => {
      await page.goto('/for-therapists');
      await arrived(page);
    },
  },
  {
    name: 'therapist builder with errors',
    open: async (page) => {
      await page.goto('/for-therapists');
      await page.getByRole('button', { name: builderCopy.addQuestion }).click();
      await page.getByRole('button', { name: builderCopy.create }).click();
      await alertFocused(page);
    },
  },
  {
    name: 'therapist builder with its link, QR code, key and preview',
    open: async (page) => {
      await page.goto('/for-therapists');
      await fillBuilder(page, 'encrypted');
      await createLink(page);
      await expect(page.getByRole('img', { name: builderCopy.qrAlt })).toBeVisible();
    },
  },
  {
    name: 'therapist link, the client’s view',
    open: async (page) => {
      const encoded = await encodeTherapistLink(await sampleLink());
      if (!encoded.ok) throw new Error(encoded.error);
      await page.goto(`/from#${encoded.code}`);
      await expect(page).toHaveURL(/\/from$/);
      await arrived(page);
    },
  },
  {
    name: 'therapist link made before the check, the client’s view',
    open: async (page) => {
      const json = new TextEncoder().encode(JSON.stringify(await sampleLink()));
      await page.goto(`/from#v1.${bytesToBase64url(await deflate(json))}`);
      await expect(page).toHaveURL(/\/from$/);
      await arrived(page);
    },
  },
  {
    name: 'therapist link that cannot be read',
    open: async (page) => {
      await page.goto('/from#v1.damaged');
      await arrived(page);
    },
  },
  {
    name: 'therapist link pasted, and refused',
    open: async (page) => {
      await page.goto('/from');
      await arrived(page);
      await page.getByRole('button', { name: linkPasteCopy.submit }).click();
      await alertFocused(page);
    },
  },
  {
    name: 'therapist questions, step 7',
    open: async (page) => {
      await openWithLink(page, '/prepare/7');
      await arrived(page);
    },
  },
  {
    name: 'results with a therapist link',
    open: async (page) => {
      await openWithLink(page, '/prepare/summary');
      await arrived(page);
    },
  },
  {
    name: 'send to the therapist, locked',
    open: async (page) => {
      await openWithLink(page, '/prepare/send');
      await arrived(page);
      await page.getByRole('button', { name: sendCopy.lock }).click();
      await expect(page.getByRole('heading', { name: sendCopy.lockedHeading })).toBeFocused();
    },
  },
  {
    name: 'open a summary, with an error',
    open: async (page) => {
      await page.goto('/for-therapists/open');
      await arrived(page);
      await page.getByRole('button', { name: openCopy.open }).click();
      await alertFocused(page);
    },
  },
];
