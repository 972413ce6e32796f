import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesTable } from '../../scripts/rules-table-markdown.ts';

// The CI check that the checked-in table is current (npm run rules:table:check does the same).
describe('docs/rules-table.md', () => {
  it('matches the rules data; run `npm run rules:table` if not', async () => {
    const path = fileURLToPath(new URL('../../docs/rules-table.md', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(await renderRulesTable());
  });
});
