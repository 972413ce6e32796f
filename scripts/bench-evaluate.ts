import { performance } from 'node:perf_hooks';
import { emptyAnswers, type Answers } from '../src/questionnaire/answers.ts';
import { affirmingValues, concernIds, healthValues } from '../src/questionnaire/ids.ts';
import { evaluate } from '../src/rules/evaluate.ts';

// npm run bench: the median time of one evaluate() call for an empty, a typical and a maximal
// answer set. Each sample times a batch of calls, after a warm-up, so timer resolution and the
// JIT do not skew the figure. The goal is under 0.1 ms for the maximal set.

const sets: [string, Answers][] = [
  ['empty', emptyAnswers()],
  [
    'typical',
    {
      ...emptyAnswers('couple-together'),
      concerns: ['desire-discrepancy', 'low-desire', 'communication'],
      primaryConcern: 'desire-discrepancy',
      relationship: 'married',
      partnerTakingPart: 'yes',
      feelsUnsafe: 'no',
      health: ['antidepressants'],
      affirming: [],
    },
  ],
  [
    'maximal',
    {
      ...emptyAnswers('couple-together'),
      concerns: [...concernIds],
      primaryConcern: 'sexual-pain',
      relationship: 'multiple-partners',
      partnerTakingPart: 'yes',
      feelsUnsafe: 'no',
      health: [...healthValues],
      affirming: [...affirmingValues],
    },
  ],
];

const warmUpCalls = 20_000;
const samples = 301;
const callsPerSample = 200;

let sink = 0;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const results: { set: string; medianMs: number; p90Ms: number }[] = [];
for (const [name, answers] of sets) {
  for (let i = 0; i < warmUpCalls; i++) sink += evaluate(answers).specialties.length;
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < callsPerSample; i++) sink += evaluate(answers).questions.length;
    perCall.push((performance.now() - start) / callsPerSample);
  }
  const sorted = [...perCall].sort((a, b) => a - b);
  results.push({
    set: name,
    medianMs: Number(median(perCall).toFixed(4)),
    p90Ms: Number(sorted[Math.floor(sorted.length * 0.9)]!.toFixed(4)),
  });
}

console.log(
  `evaluate(): ${samples} samples × ${callsPerSample} calls each, after ${warmUpCalls} warm-up calls`,
);
console.table(results);
if (sink < 0) console.log(sink); // keeps the work from being optimised away
const maximal = results.find((result) => result.set === 'maximal')!;
console.log(
  `maximal median ${maximal.medianMs} ms (goal < 0.1 ms): ${maximal.medianMs < 0.1 ? 'met' : 'NOT met'}`,
);
