export const helpCopy = {
  pageTitle: 'Help',
  title: 'Need help now?',
  lead: 'You are not alone. These services are free, confidential and open to anyone.',
  emergency: 'If you are in danger right now, call 911 in the US, or your local emergency number.',
  more: 'More support',
  backToStart: 'Back to the start',
};
