export const errorCopy = {
  notFoundTitle: 'Page not found',
  notFoundBody:
    'We could not find that page. The address may be mistyped, or the page may have moved.',
  notFoundStart: 'Go to the start',
  notFoundContinue: 'Carry on where you left off',
  crashTitle: 'Something went wrong',
  crashBody: 'Your answers are still here. Try again, or save a copy of your answers to be safe.',
  retry: 'Try again',
  download: 'Download my answers',
};
