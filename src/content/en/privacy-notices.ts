import { plural } from '../format.ts';

// Words the page frame shows on every page (the exit button, storage notices). Kept apart from
// the privacy pages' words so the first load carries only these.

export const exitCopy = {
  /** Read out as the person presses Shift, so no one leaves by surprise. */
  shiftCount: (left: number) =>
    left === 1
      ? 'Press Shift 1 more time to leave this page.'
      : `Press Shift ${left} more times to leave this page.`,
  leaving: 'Leaving this page.',
};

export const storageNoticeCopy = {
  forgotten: (days: number) =>
    `Your saved answers were forgotten, because no one came back for ${days} ${plural(days, { one: 'day', other: 'days' })}. You chose this. You can start again.`,
  'locked-unreadable':
    'We could not open the locked answers saved on this device, so we removed them. Sorry about that. You can start again.',
  'not-opened':
    'We could not open the answers kept in this browser just now. They are still there, safe. Please reload the page to try again. Until then, new answers will not be kept.',
  'settings-reset': (days: number) =>
    `We could not read how you wanted your answers kept, so we kept them on this device for ${days} days. You can change this on the Privacy page.`,
  noSave: 'You chose not to save your answers. If you reload or close this page, they are gone.',
  changeLink: 'Change how answers are kept',
  dismiss: 'OK, hide this message',
};
