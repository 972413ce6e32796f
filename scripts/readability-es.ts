import { countEs } from 'simi-syllable';
import type { Counts, FileReport } from './readability.ts';

// Readability of the Spanish copy (src/content/es/*), printed by `npm run readability` after the
// English grade. No maintained npm package computes a Spanish formula, so the published
// formulas are written out here, over syllables counted by simi-syllable (Spanish rules for
// diphthongs, hiatus and ü). Both formulas score 0–100, higher is easier:
// - Fernández-Huerta (1959), as it is applied today:
//   206.84 − 60 × (syllables ÷ words) − 1.02 × (words ÷ sentences). 60–70 reads like plain text
//   for a 12-year-old; 70–80 is fairly easy.
// - Szigriszt-Pazos (1993), read on the INFLESZ scale (Barrio-Cantalejo et al., 2008):
//   206.835 − 62.3 × (syllables ÷ words) − (words ÷ sentences).
// The check fails when Fernández-Huerta is below 75 overall or below 62 in any one file (the copy
// scored 80.3 overall and 68.8 at its hardest file, countries.ts, when the check was set).

export const MIN_OVERALL_EASE = 75;
export const MIN_FILE_EASE = 62;

// A placeholder reads as two short words, as `{concern}` does in English ("your topic").
const placeholder = /\{[a-z]+\}/gi;

/** Counts for one Spanish string. A label without an end stop counts as one sentence. */
export function countSpanishText(text: string): Counts {
  const plain = text.replace(placeholder, 'tu tema');
  const words = plain.split(/[\s/–—]+/).filter((token) => /\p{L}/u.test(token));
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  const stops = plain.match(/[.!?…]+(?=\s|$|["'”’)»])/g)?.length ?? 0;
  const endsWithStop = /[.!?…]["'”’)»]*\s*$/.test(plain);
  const sentences = stops + (endsWithStop ? 0 : 1);
  let syllables = 0;
  for (const word of words) {
    // In "gue" and "gui" the u is silent ("guía" is guí-a); the library counts it, so drop it.
    const letters = word
      .replace(/[^\p{L}]/gu, '')
      .toLowerCase()
      .replace(/gu(?=[eéií])/g, 'g');
    // Abbreviations and names in capitals (EE. UU., LMFT) are read letter by letter or as one word.
    syllables += Math.max(1, letters ? countEs(letters) : 1);
  }
  return { words: words.length, sentences, syllables };
}

export function fernandezHuerta({ words, sentences, syllables }: Counts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}

export function szigrisztPazos({ words, sentences, syllables }: Counts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** The INFLESZ band of a Szigriszt-Pazos score. */
export function inflesz(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score <= 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Prints the Spanish figures; true when they pass. */
export function reportSpanish(reports: readonly FileReport[]): boolean {
  const total = reports.reduce<Counts>(
    (sum, r) => ({
      words: sum.words + r.words,
      sentences: sum.sentences + r.sentences,
      syllables: sum.syllables + r.syllables,
    }),
    { words: 0, sentences: 0, syllables: 0 },
  );
  console.log('Spanish: Fernández-Huerta and Szigriszt-Pazos (INFLESZ) of src/content/es');
  const tooHard: string[] = [];
  for (const report of reports) {
    const ease = fernandezHuerta(report);
    if (ease < MIN_FILE_EASE) tooHard.push(report.file);
    const flag = ease < MIN_FILE_EASE ? `  under ${MIN_FILE_EASE}` : '';
    console.log(
      `  ${report.file.padEnd(22)} ${ease.toFixed(1).padStart(5)}  ${szigrisztPazos(report).toFixed(1).padStart(5)}  (${report.strings} strings, ${report.words} words)${flag}`,
    );
  }
  const overall = fernandezHuerta(total);
  const perspicuity = szigrisztPazos(total);
  console.log(
    `  ${'overall'.padEnd(22)} ${overall.toFixed(1).padStart(5)}  ${perspicuity.toFixed(1).padStart(5)}  (${total.words} words; INFLESZ: ${inflesz(perspicuity)})`,
  );
  if (overall < MIN_OVERALL_EASE || tooHard.length > 0) {
    console.error(
      `Spanish readability check failed: Fernández-Huerta must be at least ${MIN_OVERALL_EASE} overall and ${MIN_FILE_EASE} in each file.`,
    );
    return false;
  }
  return true;
}
