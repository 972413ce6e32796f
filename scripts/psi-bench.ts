// How long the "only if we both" match between partners apart takes in a browser, at its
// largest (16 items kept on each side, 8 of them shared), and what its code weighs.
//   Offer  makePsiOffer: 16 items hashed to the curve and blinded, decoys up to 16, sorted,
//          and the public key (what writing a version-2 partner code adds)
//   Read   decodePartnerCode of a version-2 code: its 17 points checked
//   Reply  encodePartnerReply: the partner's 16 points reblinded, the shared key, AES-GCM
//   Match  decodePartnerReply: checked, decrypted, my list made again, the partner's reblinded,
//          the match found
// Each figure is one run's mean over REPEAT back-to-back runs of the step (see REPEAT).
// Each runs in Debian's Chromium on a page built with the project's own Vite from the project's
// own modules, the CPU slowed with CDP Emulation.setCPUThrottlingRate; one unrecorded round
// first (the JIT warms up), then `--runs` rounds, each with fresh secrets. The clock is the
// page's performance.now(). The psi chunk's size is that of the app's own build (vite.config.ts
// "psi" group), gzip level 9 as `npm run size` counts.
// A measuring script, not a test: it fails only when something does not work, never on time.
// Usage: npm run bench:psi [-- --runs 10 --repeat 5 --rates 1,4]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as viteBuild, preview as vitePreview } from 'vite';
import { psiChunkTest } from '../vite.config.ts';
import { chromeArgs, chromePath } from './preview-server.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const RUNS = Number(flag('runs') ?? process.env.PSI_BENCH_RUNS ?? 10);
const RATES = (flag('rates') ?? process.env.PSI_BENCH_RATES ?? '1,4').split(',').map(Number);
/**
 * Each figure is the mean of this many back-to-back runs of the step. Chromium throttles the CPU
 * in time slices, so a single step of a few milliseconds can fall wholly inside an unthrottled
 * slice; a few in a row span several slices and show the slowed rate.
 */
const REPEAT = Number(flag('repeat') ?? process.env.PSI_BENCH_REPEAT ?? 5);
const PORT = Number(process.env.PSI_BENCH_PORT ?? 4179);
const PAGE_DIR = '.bench-psi';

// ---------- the page: the project's modules, nothing else ----------

const pageHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>PSI bench</title></head>
  <body><script type="module" src="./main.js"></script></body>
</html>
`;

// Plain code in the page, bundled by Vite; it imports the app's modules by relative path.
const pageMain = `import { newPsiSecret } from '../src/lib/psi.ts';
import { decodePartnerReply, encodePartnerReply, makePsiOffer } from '../src/questionnaire/partner-reply.ts';
import { decodePartnerCode, encodePartnerCode } from '../src/questionnaire/partner-code.ts';
import { bothItemKeys, BOTH_ITEMS_MAX } from '../src/questionnaire/both-items.ts';
import { affirmingValues, concernIds, goalIds } from '../src/questionnaire/ids.ts';
import { emptyAnswers } from '../src/questionnaire/answers.ts';
import { emptyMarks, shareableAnswers } from '../src/questionnaire/privacy-marks.ts';

const universe = bothItemKeys({ concerns: [...concernIds], goals: [...goalIds], affirming: [...affirmingValues] });
const mine = universe.slice(0, BOTH_ITEMS_MAX);
const theirs = universe.slice(BOTH_ITEMS_MAX / 2, BOTH_ITEMS_MAX / 2 + BOTH_ITEMS_MAX);
const answers = shareableAnswers(
  { ...emptyAnswers('couple-apart'), concerns: ['communication'], primaryConcern: 'communication', goals: ['feel-closer'] },
  emptyMarks(),
);

/** The mean time of \`step\` over \`repeat\` runs back to back, and its last result. */
async function timed(repeat, step) {
  const start = performance.now();
  let result;
  for (let i = 0; i < repeat; i += 1) result = await step();
  return [(performance.now() - start) / repeat, result];
}

async function round(repeat) {
  const a = newPsiSecret();
  const b = newPsiSecret();
  const [offer, offerA] = await timed(repeat, () => makePsiOffer(a, mine));
  const offerB = makePsiOffer(b, theirs);
  const code = await encodePartnerCode({ v: 2, id: 'alex-device-1', answers, psi: offerA });
  const [readCode, read] = await timed(repeat, () => decodePartnerCode(code));
  if (!read.ok) throw new Error('The code did not read: ' + read.error);
  const [reply, replyCode] = await timed(repeat, () =>
    encodePartnerReply({ secret: b, ownOffer: offerB, partnerOffer: read.payload.psi, id: 'sam-device-22', revealed: [] }),
  );
  const [match, result] = await timed(repeat, () =>
    decodePartnerReply(replyCode, { secret: a, ownOffer: offerA, partnerOffer: offerB, ownCodeId: 'alex-device-1', ownItems: mine }),
  );
  if (!result.ok || result.matched.length !== BOTH_ITEMS_MAX / 2) {
    throw new Error('The match is wrong: ' + JSON.stringify(result));
  }
  return { offer, readCode, reply, match, codeChars: code.length, replyChars: replyCode.length };
}

window.__psiBench = async (runs, repeat) => {
  await round(repeat);
  const rounds = [];
  for (let i = 0; i < runs; i += 1) rounds.push(await round(repeat));
  return rounds;
};
window.__psiReady = true;
`;

interface Round {
  offer: number;
  readCode: number;
  reply: number;
  match: number;
  codeChars: number;
  replyChars: number;
}

async function startPage(port: number): Promise<{ origin: string; close(): Promise<void> }> {
  rmSync(PAGE_DIR, { recursive: true, force: true });
  mkdirSync(PAGE_DIR, { recursive: true });
  writeFileSync(join(PAGE_DIR, 'index.html'), pageHtml);
  writeFileSync(join(PAGE_DIR, 'main.js'), pageMain);
  const root = join(process.cwd(), PAGE_DIR);
  const common = { configFile: false as const, root, logLevel: 'error' as const };
  // The app's "psi" chunk group, so the page's psi chunk holds what the app's will once its
  // pages make offers and replies (today the app only checks points: see below).
  await viteBuild({
    ...common,
    build: {
      outDir: 'dist',
      target: 'es2022',
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The rest of the app's code in a chunk of its own, as the app's "stores" is:
            // left in the page's entry, it and the psi chunk would import each other.
            groups: [
              { name: 'psi', test: psiChunkTest, priority: 2 },
              { name: 'app', test: /src\/|node_modules\/zod\//, priority: 1 },
            ],
            includeDependenciesRecursively: false,
          },
        },
      },
    },
  });
  const server = await vitePreview({
    ...common,
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function measure(origin: string): Promise<Map<number, Round[]>> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const results = new Map<number, Round[]>();
  try {
    for (const rate of RATES) {
      // A fresh context per rate: nothing cached or warmed from the rate before.
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`In the page: ${error.message}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => (window as unknown as { __psiReady?: boolean }).__psiReady);
      const rounds = await page.evaluate(
        ([runs, repeat]) =>
          (
            window as unknown as { __psiBench(runs: number, repeat: number): Promise<Round[]> }
          ).__psiBench(runs, repeat),
        [RUNS, REPEAT] as const,
      );
      results.set(rate, rounds);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---------- the chunk the app ships ----------

interface Chunk {
  file: string;
  /** Whether it holds the item hashing (the DST), not only the point checks. */
  hashing: boolean;
  bytes: number;
  gzip: number;
  importedStaticallyBy: string[];
}

/** The chunk of a build that holds the curve code, and what loads it at once. */
function curveChunk(outDir: string): Chunk {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const text = (file: string) => readFileSync(join(assets, file), 'utf8');
  // The curve code, by noble's ristretto255 error text.
  const holding = files.filter((file) => /ristretto255/.test(text(file)));
  if (holding.length !== 1) throw new Error(`Expected one chunk with the curve: ${holding}`);
  const file = holding[0]!;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const staticImport = new RegExp(`(?:import|from)\\s*["']\\./${escaped}["']`);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return {
    file,
    hashing: text(file).includes('consult-prep/psi/v1'),
    bytes: Buffer.byteLength(text(file)),
    gzip: gzipSync(readFileSync(join(assets, file)), { level: 9 }).length,
    importedStaticallyBy: [
      ...files.filter((other) => other !== file && staticImport.test(text(other))),
      ...(html.includes(file) ? ['index.html'] : []),
    ],
  };
}

/** The app built as `npm run build` builds it, into a folder of its own. */
function appCurveChunk(): Chunk {
  const outDir = mkdtempSync(join(tmpdir(), 'psi-bench-dist-'));
  try {
    const result = spawnSync(
      'node_modules/.bin/vite',
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error('vite build failed');
    return curveChunk(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function printChunk(title: string, chunk: Chunk, showImports = true): void {
  console.log(`\n${title}: ${chunk.file}`);
  console.log(
    `  ${(chunk.bytes / 1000).toFixed(1)} kB minified, ${(chunk.gzip / 1000).toFixed(1)} kB gzip (kB = 1000 bytes); ${chunk.hashing ? 'with' : 'without'} the item hashing`,
  );
  if (!showImports) return;
  const by = chunk.importedStaticallyBy;
  console.log(
    `  imported statically by: ${by.length ? by.join(', ') : 'nothing (on demand only)'}`,
  );
}

// ---------- report ----------

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: number[]) =>
  `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

const steps: { key: keyof Round; label: string }[] = [
  { key: 'offer', label: 'Offer (blind 16 + public key)' },
  { key: 'readCode', label: 'Read a v2 partner code' },
  { key: 'reply', label: 'Reply (reblind 16 + seal)' },
  { key: 'match', label: 'Match a reply (open + match)' },
];

async function main(): Promise<void> {
  const page = await startPage(PORT);
  let results: Map<number, Round[]>;
  let everything: Chunk;
  try {
    results = await measure(page.origin);
    everything = curveChunk(join(PAGE_DIR, 'dist'));
  } finally {
    await page.close();
    rmSync(PAGE_DIR, { recursive: true, force: true });
  }
  const app = appCurveChunk();

  console.log(
    `\nPSI for couples apart, 16 items each side (8 shared), Chromium, ${RUNS} runs of ${REPEAT} each: median (min–max) of the runs' means`,
  );
  console.log(`  ${'step'.padEnd(32)} ${RATES.map((rate) => `CPU ${rate}×`.padEnd(30)).join(' ')}`);
  for (const { key, label } of steps) {
    const cells = RATES.map((rate) => spread(results.get(rate)!.map((r) => r[key])).padEnd(30));
    console.log(`  ${label.padEnd(32)} ${cells.join(' ')}`);
  }
  const sample = results.get(RATES[0]!)![0]!;
  console.log(
    `  (a v2 partner code here: ${sample.codeChars} characters; a reply ${sample.replyChars})`,
  );
  printChunk("The app's chunk with the curve code, as built today", app);
  printChunk(
    'The psi chunk with everything the pages will use (bench page, same group)',
    everything,
    false,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
