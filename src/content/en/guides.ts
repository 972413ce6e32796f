import type { Guide } from '../content-schemas.ts';

// Short guides shown with the results, as data so the UI renders them as lists.

/** Shown with every set of results. */
export const resultsDisclaimer =
  'These are suggestions for what to look for and what to ask, not a diagnosis.';

export const firstSessionGuide: Guide = {
  id: 'first-session',
  title: 'What a first session is like',
  intro:
    'Sex therapy is a kind of talk therapy. Here is what usually happens, so nothing comes as a surprise.',
  sections: [
    {
      id: 'in-the-room',
      heading: 'In the session',
      items: [
        {
          id: 'talk-only',
          text: 'It is talking only. There is never any nudity, touching or sexual activity in a session.',
        },
        {
          id: 'getting-to-know-you',
          text: 'Your therapist will ask what brings you in, and about your health, your medicines and your relationships.',
        },
        {
          id: 'your-story',
          text: 'They may also ask about the messages about sex you grew up with, how you feel about your body, your orientation and identity, and anything hard that happened, such as being hurt or pushed into sex.',
        },
        {
          id: 'a-plan',
          text: 'Your therapist may then name what is going on (a diagnosis) and make a plan with you.',
        },
        {
          id: 'your-pace',
          text: 'You choose what to share and when. It is fine to say "I am not ready to talk about that yet."',
        },
        {
          id: 'learning',
          text: 'You will often learn how bodies and desire work. Just knowing what is common can be a big relief.',
        },
      ],
    },
    {
      id: 'between-sessions',
      heading: 'Between sessions',
      items: [
        {
          id: 'homework',
          text: 'Most people get exercises to try at home, in private. They start with talking. Later they may move to touch and closeness, at your pace.',
        },
        {
          id: 'sensate-focus',
          text: 'A common one is sensate focus: slow touch exercises that build step by step. You do them at home, never in a session.',
        },
        {
          id: 'review',
          text: 'Next time, you talk about how the exercises went, and the plan changes to fit you.',
        },
        {
          id: 'body-side',
          text: 'Your therapist may suggest seeing a doctor or a pelvic-floor physical therapist too, for the body side of things.',
        },
      ],
    },
    {
      id: 'levels-of-help',
      heading: 'Help comes in levels',
      items: [
        {
          id: 'permission',
          text: 'Permission: hearing that it is normal and OK to talk about this.',
        },
        {
          id: 'information',
          text: 'Some information: clear facts about what is going on.',
        },
        {
          id: 'suggestions',
          text: 'Specific suggestions: practical ideas to try for your situation.',
        },
        {
          id: 'deeper-therapy',
          text: 'Deeper therapy: regular sessions over time. Many people only need the first levels.',
        },
      ],
    },
    {
      id: 'finding-a-fit',
      heading: 'Finding the right person',
      items: [
        {
          id: 'free-consultation',
          text: 'Most therapists offer a short free call, often 15 to 20 minutes, to see if you are a good fit.',
        },
        {
          id: 'a-few-tries',
          text: 'It can take a few of these calls to find the right person. That is normal, and it is worth it.',
        },
        {
          id: 'good-fit',
          text: 'A good fit respects your boundaries, listens to your goals, and never judges you. Look for someone who is sure of their skills and curious about you.',
        },
        {
          id: 'bring-a-list',
          text: 'Bringing a list of your medicines and anything you have already tried makes the first session more useful.',
        },
      ],
    },
  ],
};

export const credentialsGuide: Guide = {
  id: 'credentials',
  title: 'Checking credentials',
  intro:
    'In many states, anyone can call themselves a sex therapist. A few simple checks help you find someone properly trained.',
  sections: [
    {
      id: 'licences',
      heading: 'A state licence',
      items: [
        { id: 'lmft', text: 'LMFT: licensed marriage and family therapist' },
        { id: 'lmhc', text: 'LMHC: licensed mental health counsellor' },
        { id: 'lpc', text: 'LPC: licensed professional counsellor' },
        { id: 'lcsw', text: 'LCSW: licensed clinical social worker' },
        { id: 'psychologist', text: 'Licensed psychologist (PhD or PsyD, with a state licence)' },
      ],
    },
    {
      id: 'sex-therapy-training',
      heading: 'Training in sex therapy',
      items: [
        {
          id: 'licence-is-not-enough',
          text: 'A licence means someone can offer therapy. It does not mean they are trained to help with sex.',
        },
        {
          id: 'aasect',
          text: 'AASECT (the American Association of Sexuality Educators, Counselors and Therapists) is the largest group in the US that certifies sex therapists. Look for CST after their name.',
        },
        {
          id: 'other-bodies',
          text: 'Other certifying bodies and university certificates in sexuality also count. Ask where they trained.',
        },
        {
          id: 'check-the-cv',
          text: 'Ask for a CV (a list of their schooling, training and jobs), or find it online. It shows real training, not just a title.',
        },
      ],
    },
    {
      id: 'online',
      heading: 'What to look at online',
      items: [
        { id: 'website', text: 'Their website' },
        { id: 'social-media', text: 'Their social media' },
        { id: 'testimonials', text: 'What clients say about them' },
        { id: 'media', text: 'Articles, videos or podcasts they have made' },
        { id: 'associations', text: 'Professional groups they belong to' },
        { id: 'accreditation', text: 'Their certifications' },
        { id: 'cv', text: 'Their CV' },
      ],
    },
  ],
};

export const couplesGuide: Guide = {
  id: 'couples',
  title: 'If you are going as a couple',
  intro: 'Couples work takes its own skills, so a few extra checks are worth it.',
  sections: [
    {
      id: 'couples-training',
      heading: 'What to look for',
      items: [
        {
          id: 'lmft-or-training',
          text: 'An LMFT licence, or added training in couples therapy as well as sex therapy.',
        },
        {
          id: 'couples-methods',
          text: 'Experience with couples methods such as emotionally focused therapy (which helps partners feel safe and close again) or the Gottman method (which helps couples talk and fight less).',
        },
        {
          id: 'both-heard',
          text: 'Someone who makes room for both of you, even when you want different things.',
        },
        {
          id: 'safety-first',
          text: 'If one of you does not feel safe, help just for you comes first. Couples therapy is not the right step while there is abuse or coercive control (using threats, rules or fear to control a partner).',
        },
      ],
    },
  ],
};

export const guides: readonly Guide[] = [firstSessionGuide, credentialsGuide, couplesGuide];
