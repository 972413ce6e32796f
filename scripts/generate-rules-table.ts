import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesTable } from './rules-table-markdown.ts';

// npm run rules:table        writes docs/rules-table.md from the rules data.
// npm run rules:table:check  exits non-zero when the checked-in copy is out of date.

const target = fileURLToPath(new URL('../docs/rules-table.md', import.meta.url));
const fresh = await renderRulesTable();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== fresh) {
    console.error('docs/rules-table.md is out of date: run `npm run rules:table` and commit it.');
    process.exit(1);
  }
  console.log('docs/rules-table.md is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('Wrote docs/rules-table.md');
}
