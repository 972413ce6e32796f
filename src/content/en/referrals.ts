import type { ReferralCatalogue } from '../content-schemas.ts';

// Things to check beside therapy. Calm and practical: these are common next steps, not warnings.

export const referralCopy: ReferralCatalogue = {
  'hormone-check': {
    title: 'A hormone check',
    what: 'A simple check with your doctor, usually a blood test, to look at hormone levels.',
    why: 'Hormones can play a part in desire. Sex therapists do not test or treat hormones themselves, so a doctor covers that side.',
  },
  'medication-review': {
    title: 'A look at your medicines',
    what: 'A talk with the person who prescribes your medicines about whether any of them could affect sex.',
    why: 'Some antidepressants, blood-pressure medicines and hormonal medicines, including hormonal birth control, can affect desire, arousal or orgasm. There are often other options, so please do not stop a medicine without talking to your prescriber first.',
  },
  'pelvic-floor-pt': {
    title: 'A pelvic-floor physical therapist',
    what: 'A physical therapist who works with the muscles at the base of your pelvis.',
    why: 'Tight or weak pelvic muscles can cause pain or other changes during sex. This kind of therapist can help, and often works as a team with sex therapists.',
  },
  'urology-sexual-medicine': {
    title: 'A urologist or sexual-medicine doctor',
    what: 'A doctor who knows the body side of erections and ejaculation.',
    why: 'A doctor can check the body side. There are often simple treatments that help.',
  },
  'gynecology-menopause': {
    title: 'A gynaecologist or menopause specialist',
    what: 'A doctor who knows about vulvas, vaginas, hormones and menopause.',
    why: 'Pain, dryness and other changes often have medical treatments. For example, dryness and pain after menopause can be treated.',
  },
  'alcohol-review': {
    title: 'Cutting back on drinking',
    what: 'Taking a look at how much you drink, on your own or with a doctor.',
    why: 'Alcohol can affect desire, arousal, erections and orgasm. Drinking less often helps, and a doctor can support you if cutting back feels hard.',
  },
  'physical-activity': {
    title: 'Moving a bit more',
    what: 'Adding some movement you enjoy to your week, like walking, dancing or swimming.',
    why: 'Being active helps blood flow, energy, mood and how you feel in your body, which can all help with sex.',
  },
  'oncology-team': {
    title: 'Your care team or a sexual-health clinic',
    what: 'The doctors and nurses who look after your health condition, or a clinic that focuses on sexual health.',
    why: 'They know your treatment and can help with body changes that affect sex. It is normal to bring this up with them.',
  },
};
