// Floors for the benchmarks: bare React 19 pages built with the project's own Vite and React
// plugin (no config file, so none of the app's plugins, chunking or CSP), served with vite
// preview. A benchmark measures a floor beside the app in the same run, so its figures can be
// read as ratios: a busy machine slows both, and what is left is the app's own cost.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build as viteBuild, preview as vitePreview } from 'vite';

export interface FloorServer {
  origin: string;
  close(): Promise<void>;
}

const floorHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.jsx"></script>
  </body>
</html>
`;

/** Writes the page into `dir` (emptied first), builds it and serves it on `port`. */
async function serveFloor(dir: string, main: string, port: number): Promise<FloorServer> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), floorHtml);
  writeFileSync(join(dir, 'main.jsx'), main);
  const root = join(process.cwd(), dir);
  const common = { configFile: false as const, root, logLevel: 'warn' as const };
  await viteBuild({
    ...common,
    plugins: [react()],
    build: { outDir: 'dist', target: 'es2022', modulePreload: { polyfill: false } },
  });
  const server = await vitePreview({
    ...common,
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    // The directory is only a build input: nothing is left behind once the run is over.
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------- the start page floor (npm run bench:start): a heading and a Start button ----------

const startMain = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Get ready for a first consultation</h1>
      <button type="button">Start</button>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

export const startFloor = (port: number) => serveFloor('.bench-floor', startMain, port);

// ---------- the step floor (npm run bench:steps): six one-question steps, check, summary -----
// As in the app: each page's h1 takes focus in an effect when it mounts, and each page is keyed,
// so moving on mounts a new page rather than updating the old one. No router, no form library.

const stepsMain = `import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const STEPS = 6;
const OPTIONS = ['Not at all', 'Sometimes', 'Often'];

function Heading({ children }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

function Step({ step, onNext }) {
  const name = 'question-' + step;
  return (
    <main>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <Heading>Step {step} of {STEPS}</Heading>
        <fieldset>
          <legend>How often does this worry you?</legend>
          {OPTIONS.map((option, index) => (
            <label key={option}>
              <input type="radio" name={name} value={option} defaultChecked={index === 1} />
              {option}
            </label>
          ))}
        </fieldset>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}

function Check({ onNext }) {
  return (
    <main>
      <Heading>Check your answers</Heading>
      <dl>
        {Array.from({ length: STEPS }, (_, index) => (
          <div key={index}>
            <dt>Step {index + 1}</dt>
            <dd>{OPTIONS[1]}</dd>
          </div>
        ))}
      </dl>
      <a
        className="button"
        href="/summary"
        onClick={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        See your summary
      </a>
    </main>
  );
}

function Summary() {
  return (
    <main>
      <Heading>Your summary</Heading>
      <p>Things to bring up at your first consultation.</p>
      <ul>
        {Array.from({ length: STEPS }, (_, index) => (
          <li key={index}>Step {index + 1}: {OPTIONS[1]}</li>
        ))}
      </ul>
      <button type="button">Print</button>
    </main>
  );
}

function App() {
  // 1 to STEPS are the steps, then the check page, then the summary.
  const [page, setPage] = useState(1);
  const next = () => setPage((current) => current + 1);
  if (page <= STEPS) return <Step key={page} step={page} onNext={next} />;
  if (page === STEPS + 1) return <Check key="check" onNext={next} />;
  return <Summary key="summary" />;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

export const stepsFloor = (port: number) => serveFloor('.bench-floor-steps', stepsMain, port);
