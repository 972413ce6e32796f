// Imports that break a layer boundary, each linted as if it sat at `file` (nothing is written to
// src/). Every import names a real module, so the resolver finds it and the zone can apply.

export interface BoundaryCase {
  name: string;
  file: string;
  code: string;
  rule: string;
}

const zone = 'import-x/no-restricted-paths';
const pureImports = 'no-restricted-imports';
const pureSyntax = 'no-restricted-syntax';
const copyLogic = '@typescript-eslint/no-restricted-imports';

type Row = [name: string, file: string, code: string, rule: string];

const violationRows: Row[] = [
  // Down the layers: nothing imports app/.
  ['storage imports app', 'src/storage/x.ts', `import '../app/routes.tsx';`, zone],
  ['a feature imports app', 'src/features/intake/x.ts', `import '../../app/routes.tsx';`, zone],
  [
    'components/domain imports app',
    'src/components/domain/x.ts',
    `import '../../app/frame.tsx';`,
    zone,
  ],
  // Features import no other feature, whichever folder they are in.
  [
    'intake imports privacy',
    'src/features/intake/x.ts',
    `import '../privacy/exit-button.tsx';`,
    zone,
  ],
  [
    'privacy imports therapist',
    'src/features/privacy/x.ts',
    `import '../therapist/paths.ts';`,
    zone,
  ],
  [
    'results imports couples',
    'src/features/results/x.ts',
    `import '../couples/couple-paths.ts';`,
    zone,
  ],
  [
    'couples imports results',
    'src/features/couples/x.ts',
    `import '../results/summary-text.ts';`,
    zone,
  ],
  [
    'therapist imports intake',
    'src/features/therapist/x.ts',
    `import '../intake/details-form.ts';`,
    zone,
  ],
  [
    'notebook imports results',
    'src/features/notebook/x.ts',
    `import '../results/checklist-entries.ts';`,
    zone,
  ],
  [
    'a new feature folder imports another',
    'src/features/new-journey/x.ts',
    `import '../results/summary-text.ts';`,
    zone,
  ],
  // Nothing below features/ imports features/.
  [
    'storage imports a feature',
    'src/storage/x.ts',
    `import '../features/results/summary-text.ts';`,
    zone,
  ],
  ['lib imports a feature', 'src/lib/x.ts', `import '../features/couples/couple-paths.ts';`, zone],
  [
    'components/domain imports a feature',
    'src/components/domain/x.ts',
    `import '../../features/results/specialty-list.tsx';`,
    zone,
  ],
  [
    'components/ui imports a feature',
    'src/components/ui/x.ts',
    `import '../../features/intake/step-shell.tsx';`,
    zone,
  ],
  [
    'questionnaire imports a feature',
    'src/questionnaire/x.ts',
    `import '../features/intake/details-form.ts';`,
    zone,
  ],
  [
    'copy imports a feature',
    'src/content/en/x.ts',
    `import '../../features/results/summary-text.ts';`,
    zone,
  ],
  // Copy comes through the locale seam, and a locale's words never import the seam.
  [
    'a feature imports English copy directly',
    'src/features/intake/x.ts',
    `import '../../content/en/intake.ts';`,
    zone,
  ],
  ['app imports English copy directly', 'src/app/x.ts', `import '../content/en/app.ts';`, zone],
  [
    'components/domain imports English copy directly',
    'src/components/domain/x.ts',
    `import '../../content/en/safety.ts';`,
    zone,
  ],
  ["a locale's words import the seam", 'src/content/en/x.ts', `import '../locale.ts';`, zone],
  [
    "a locale's words import another namespace through the seam",
    'src/content/en/x.ts',
    `import '../steps.ts';`,
    zone,
  ],
  // Logic imports no copy.
  ['rules imports copy', 'src/rules/x.ts', `import '../content/en/specialties.ts';`, zone],
  [
    'questionnaire imports copy',
    'src/questionnaire/x.ts',
    `import '../content/en/steps.ts';`,
    zone,
  ],
  ['storage imports copy', 'src/storage/x.ts', `import '../content/en/answers-file.ts';`, zone],
  ['lib imports copy', 'src/lib/x.ts', `import '../content/en/app.ts';`, zone],
  [
    'components/ui imports copy',
    'src/components/ui/x.ts',
    `import '../../content/en/app.ts';`,
    zone,
  ],
  // lib knows no domain; the pure layers know nothing above them.
  ['lib imports questionnaire', 'src/lib/x.ts', `import '../questionnaire/ids.ts';`, zone],
  ['lib imports rules', 'src/lib/x.ts', `import '../rules/ids.ts';`, zone],
  ['lib imports storage', 'src/lib/x.ts', `import '../storage/download.ts';`, zone],
  ['questionnaire imports rules', 'src/questionnaire/x.ts', `import '../rules/ids.ts';`, zone],
  ['rules imports storage', 'src/rules/x.ts', `import '../storage/answers-store.ts';`, zone],
  ['rules imports components', 'src/rules/x.ts', `import '../components/ui/choice.tsx';`, zone],
  ['storage imports components', 'src/storage/x.ts', `import '../components/ui/choice.tsx';`, zone],
  [
    'components/ui imports components/domain',
    'src/components/ui/x.ts',
    `import '../domain/safety-resource.tsx';`,
    zone,
  ],
  ['components/ui imports rules', 'src/components/ui/x.ts', `import '../../rules/ids.ts';`, zone],
  // Pure modules import no React or state library, not even lazily.
  ['rules imports React', 'src/rules/x.ts', `import 'react';`, pureImports],
  ['questionnaire imports zustand', 'src/questionnaire/x.ts', `import 'zustand';`, pureImports],
  [
    'rules imports React lazily',
    'src/rules/x.ts',
    `export const load = () => import('react');`,
    pureSyntax,
  ],
  [
    'questionnaire imports react-dom lazily',
    'src/questionnaire/x.ts',
    `export const load = () => import('react-dom/client');`,
    pureSyntax,
  ],
  // Copy holds words: it names rule ids and types, never runs rule logic.
  [
    'copy runs rule logic',
    'src/content/en/x.ts',
    `import { reasonsName } from '../../rules/predicates.ts';\nexport const named = reasonsName;`,
    copyLogic,
  ],
  [
    'copy reads conditions',
    'src/content/en/x.ts',
    `import { conditionHolds } from '../../questionnaire/conditions.ts';\nexport const holds = conditionHolds;`,
    copyLogic,
  ],
];
export const violations: BoundaryCase[] = violationRows.map(([name, file, code, rule]) => ({
  name,
  file,
  code,
  rule,
}));

/** Imports that follow the layers: none of these may be reported. */
const allowedRows: [name: string, file: string, code: string][] = [
  ['app imports a feature', 'src/app/x.ts', `import '../features/results/summary-page.tsx';`],
  ['a feature imports itself', 'src/features/results/x.ts', `import './summary-text.ts';`],
  [
    'a feature imports shared layers',
    'src/features/intake/x.ts',
    `import '../../components/domain/safety-resource.tsx';\nimport '../../components/ui/choice.tsx';\nimport '../../storage/answers-store.ts';\nimport '../../content/intake.ts';\nimport '../../rules/evaluate.ts';\nimport 'react';`,
  ],
  [
    'components/domain imports ui and copy',
    'src/components/domain/x.ts',
    `import '../ui/choice.tsx';\nimport '../../content/safety.ts';`,
  ],
  [
    'copy names rule ids and types',
    'src/content/en/x.ts',
    `import { specialtyIds } from '../../rules/ids.ts';\nimport type { Reason } from '../../rules/reasons.ts';\nexport const ids: readonly string[] = specialtyIds;\nexport type R = Reason;`,
  ],
  [
    "a locale's words import words and Intl helpers",
    'src/content/en/x.ts',
    `import './concerns.ts';\nimport '../format.ts';\nimport type { Catalogue } from '../catalogue.ts';\nexport type C = Catalogue;`,
  ],
  [
    'storage imports questionnaire and lib',
    'src/storage/x.ts',
    `import '../questionnaire/answers.ts';\nimport '../lib/base64url.ts';`,
  ],
  ['rules imports questionnaire', 'src/rules/x.ts', `import '../questionnaire/ids.ts';`],
  [
    'questionnaire imports lib',
    'src/questionnaire/x.ts',
    `import '../lib/base64url.ts';\nexport const load = () => import('../lib/deflate.ts');`,
  ],
  ['lib imports lib and zod', 'src/lib/x.ts', `import './base64url.ts';\nimport 'zod/mini';`],
];
export const allowed: BoundaryCase[] = allowedRows.map(([name, file, code]) => ({
  name,
  file,
  code,
  rule: '',
}));
