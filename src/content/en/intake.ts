export const intakeCopy = {
  resume: {
    heading: 'You have answers in progress',
    body: 'They are saved in this browser tab.',
    continue: 'Carry on',
    startAgain: 'Delete them and start again',
  },
  underEighteen: {
    thanks:
      'Thank you for looking after yourself. Nothing you entered has been kept on this device.',
    back: 'Back to the start',
  },
};
