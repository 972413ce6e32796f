// Serves the built app for the benchmark scripts (Lighthouse, step latency): vite preview on
// 127.0.0.1, started directly (not through npx, which would leave vite running when killed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// The same flags as the e2e tests (playwright.config.ts): root needs --no-sandbox, and the
// networking flags stop Chromium calling home, which this machine cannot reach anyway.
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PreviewServer {
  origin: string;
  close(): void;
}

/** Builds the app, so the figures are always those of the current code. */
export function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function waitForServer(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${origin}`);
}

export async function startPreview(port: number): Promise<PreviewServer> {
  build();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const close = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', close);
  try {
    await waitForServer(origin, child);
  } catch (error) {
    close();
    throw error;
  }
  return { origin, close };
}
