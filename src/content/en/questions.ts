import type { QuestionCatalogue } from '../content-schemas.ts';

// Questions to ask in a free consultation, in the user's voice. A tailored question holds
// `{concern}`, filled with the user's concerns in plain words (see question-text.ts).

export const questionCopy: QuestionCatalogue = {
  'licence-and-state': {
    text: 'What licence do you hold, and in which state or states?',
    why: 'Every therapist in the US needs a state licence, and it should cover the state you live in.',
  },
  'video-across-state-lines': {
    text: 'Can you see me where I live, including by video?',
    why: 'Therapists can usually only see clients in states where they are licensed, even by video.',
  },
  'disciplinary-history': {
    text: 'Has a licensing board ever taken action against your licence?',
    why: "It is a fair question, and you can also check this on your state board's website.",
  },
  'sex-therapy-training': {
    text: 'What training do you have in sex therapy? Are you AASECT-certified, or certified by another body?',
    why: 'A licence alone does not mean someone is trained to help with sex.',
  },
  'share-of-practice': {
    text: 'How much of your work is sex therapy?',
    why: 'Someone who does this often will be at ease with the topic and have more experience.',
  },
  'cv-and-training-list': {
    text: 'Can I see your CV or a list of your training?',
    why: 'A CV is a list of someone’s schooling, training and jobs. In many states anyone can call themselves a sex therapist, so the CV shows the real training.',
  },
  'concern-experience': {
    text: 'How often do you help with {concern}?',
    fallback: 'How often do you help with things like mine?',
    why: 'Experience with your concern matters more than a long list of specialties.',
  },
  'concern-what-helps': {
    text: 'How do you usually work with {concern}, and how long does that tend to take?',
    fallback: 'How do you usually work with things like mine, and how long does that tend to take?',
    why: 'This gives you a feel for their plan and what to expect.',
  },
  'concern-evidence': {
    text: 'Which of your methods for {concern} are backed by research?',
    fallback: 'Which of your methods are backed by research?',
    why: 'Good therapists are happy to explain why they use what they use.',
  },
  'concern-not-your-area': {
    text: 'If this is not your main area, can you suggest someone who knows {concern} well?',
    fallback: 'If this is not your main area, can you suggest someone who knows it well?',
    why: 'A good therapist will tell you honestly if someone else may be a better fit.',
  },
  'pause-the-pressure': {
    text: 'Might you suggest a break from sex for a while? How would that help?',
    why: 'Some therapists ask people to stop having sex for a time, so there is no pressure. It helps to know if that could be part of the plan.',
  },
  'affair-approach': {
    text: 'How do you help people heal after an affair or broken trust?',
    why: 'Trust repair has its own methods, and it helps to hear how they work.',
  },
  'trauma-methods': {
    text: 'Which trauma-focused methods do you use, and how do you make sure I stay in control of the pace?',
    why: 'Healing from trauma should feel safe, with you setting the pace.',
  },
  'compulsive-model': {
    text: 'Some therapists see sexual behaviour that feels out of control as an addiction, and others do not. Which way do you work, and why?',
    why: 'Therapists disagree about this, so it helps to know their approach and see if it fits you.',
  },
  'dating-patterns': {
    text: 'How do you help people notice and change the patterns in who they choose?',
    why: 'This tells you how they would help you build steadier relationships.',
  },
  'parenting-resources': {
    text: 'Can you help me find words and resources to talk with my children about bodies and sex?',
    why: 'Some therapists and sexuality educators have good tools for parents.',
  },
  'approach-and-methods': {
    text: 'Which methods do you use most, and why?',
    why: 'You may hear names like sensate focus (slow touch exercises done at home), CBT (cognitive behavioural therapy, which works on worried thoughts), mindfulness or the Gottman method (a way to help couples talk and fight less). Ask what they mean in practice.',
  },
  'what-a-session-looks-like': {
    text: 'What happens in a typical session, and in the first few?',
    why: 'Knowing what to expect can make the first session feel easier.',
  },
  'talk-only-boundary': {
    text: 'Can you confirm that sessions are talk only, with no nudity or touching?',
    why: 'Sex therapy is talk therapy. Professional rules forbid any sexual contact with clients.',
  },
  homework: {
    text: 'What happens between sessions? Will I have exercises to do at home?',
    why: 'Most sex therapy includes private practice at home. It often starts with talking and moves to touch, at your pace.',
  },
  'measuring-progress': {
    text: 'How will we know if things are getting better?',
    why: 'Clear goals help you both see progress.',
  },
  'giving-feedback': {
    text: 'What should I do if something in our sessions is not working for me?',
    why: 'A good therapist welcomes feedback and respects your limits.',
  },
  'how-long-therapy-lasts': {
    text: 'How long do people usually see you for?',
    why: 'This helps you plan your time and budget.',
  },
  'individual-safety-first': {
    text: 'Can you see me on my own first, and how do you help people plan for their safety?',
    why: 'When you do not feel safe, help just for you comes before any couples work.',
  },
  'couples-training': {
    text: 'What training do you have in couples therapy?',
    why: 'Working with couples takes its own skills, such as an LMFT licence or added couples training.',
  },
  'couples-individual-sessions': {
    text: 'Do you ever see each of us on our own, as well as together?',
    why: 'Some therapists mix joint and one-to-one sessions. It helps to know before you start.',
  },
  'couples-secrets': {
    text: 'What do you do if one of us tells you something the other does not know?',
    why: 'Therapists have different rules about secrets, and it is good to hear them up front.',
  },
  'couples-different-wants': {
    text: 'What happens if we want different things from therapy?',
    why: 'Partners often want different things. A good therapist makes room for both of you.',
  },
  'couples-safety-screening': {
    text: 'Do you check with each of us, one at a time, that we both feel safe at home?',
    why: 'Careful couples therapists check for safety and controlling behaviour before couples work.',
  },
  'body-work-with-doctors': {
    text: 'Do you work with doctors when there is a body side to {concern}?',
    fallback: 'Do you work with doctors when there is a body side to things?',
    why: 'Sex therapists do not treat the body themselves, so teamwork with doctors matters.',
  },
  'body-pelvic-floor': {
    text: 'Do you work with pelvic-floor physical therapists?',
    why: 'Tight or weak pelvic muscles can cause pain. A pelvic-floor physical therapist can help, as part of the team.',
  },
  'body-prescriber': {
    text: 'Can you work with the person who prescribes my medicines?',
    why: 'Some medicines affect sex, and the prescriber can often help.',
  },
  'lgbtq-experience': {
    text: 'How much experience do you have with LGBTQ+ clients?',
    why: 'You deserve a therapist who understands your life without you having to explain it.',
  },
  'orientation-without-change': {
    text: 'Do you support people exploring their orientation, without trying to change it?',
    why: 'Professional bodies oppose efforts to change orientation. A good therapist follows your lead.',
  },
  'gender-diverse-experience': {
    text: 'Have you worked with trans, non-binary and gender-exploring clients?',
    why: 'Experience means you can focus on your goals rather than on teaching your therapist.',
  },
  'kink-level': {
    text: 'Would you call yourself kink-friendly, kink-aware or kink-knowledgeable?',
    why: 'These levels show how much a therapist knows about kink, from open-minded to deeply familiar.',
  },
  'cnm-experience': {
    text: 'How do you work with people in open or polyamorous relationships?',
    why: 'You deserve a therapist who respects the way your relationships work.',
  },
  'faith-and-culture': {
    text: 'How do you bring faith and culture into your work?',
    why: 'Your values and background can be a part of therapy, not something to leave at the door.',
  },
  'sessions-in-spanish': {
    text: 'Do you offer sessions in Spanish, and is it your first language or one you learned?',
    why: 'You would like your sessions in Spanish. It helps to know before you book, and to hear how at ease they are in it.',
  },
  fees: {
    text: 'What do you charge for each session?',
    why: 'Knowing the cost up front helps you plan.',
  },
  'sliding-scale': {
    text: 'Do you offer a sliding scale or lower fees?',
    why: 'Many therapists lower their fee for people who need it.',
  },
  'insurance-superbills': {
    text: 'Do you take my insurance, or give superbills I can send to my insurer?',
    why: 'A superbill is a receipt that may let your insurer pay you back for part of the cost.',
  },
  'cancellation-policy': {
    text: 'What is your cancellation policy?',
    why: 'It helps to know if you would pay for a missed session.',
  },
  'session-length-frequency': {
    text: 'How long is a session, and how often would we meet?',
    why: 'This affects both your time and your budget.',
  },
  'video-sessions': {
    text: 'Do you offer video sessions?',
    why: 'Video can make therapy easier to fit around your life.',
  },
  confidentiality: {
    text: 'Who can see what I share, and when would you have to tell someone else?',
    why: 'What you say is private, but therapists must report some risks. It is good to know the limits.',
  },
  'records-privacy': {
    text: 'How do you keep your notes and records safe?',
    why: 'Your records are personal, and it is fair to ask how they are protected.',
  },
};

/**
 * The words for the shared couples view, which speaks as "we" and never as "I". It shows the
 * couples questions and the first tailored ones; only those whose usual words say "I", "me"
 * or "my" are here (a test walks the view for any "I").
 */
export const sharedQuestionCopy: Partial<
  Record<keyof QuestionCatalogue, { text?: string; fallback?: string }>
> = {
  'concern-experience': { fallback: 'How often do you help with things like ours?' },
  'concern-what-helps': {
    fallback: 'How do you usually work with things like ours, and how long does that tend to take?',
  },
};
