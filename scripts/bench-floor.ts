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
