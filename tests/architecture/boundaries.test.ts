import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowed, violations } from './boundary-fixtures.ts';

// Runs the project's own ESLint config over imports that break the layers, so the boundaries in
// docs/architecture.md cannot quietly stop holding.

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${file}` });
  return result!.messages;
}

describe('layer boundaries', { timeout: 60_000 }, () => {
  it.each(violations)('reports: $name', async ({ file, code, rule }) => {
    const messages = await lint(file, code);
    expect(messages.map((message) => message.ruleId)).toContain(rule);
  });

  it.each(allowed)('allows: $name', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });

  it('guards every feature folder, with a case that imports across it', () => {
    const features = readdirSync(`${root}src/features`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const crossing = violations
      .filter((entry) => /^src\/features\/[^/]+\/x\.ts$/.test(entry.file))
      .map((entry) => entry.file.split('/')[2]);
    for (const feature of features) expect(crossing).toContain(feature);
  });
});
