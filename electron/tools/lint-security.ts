/**
 * `npm run lint:security`: runs @doyensec/electronegativity through its API over the shell's
 * source (electron/, plus any paths given) and fails on any finding of medium severity or
 * worse, whatever its confidence. Its CLI exits 0 whatever it finds, hence this script.
 *
 * Findings below medium are printed, not failed. A finding that has been reviewed is silenced
 * where it is, with an `// eng-disable CHECK_ID` comment that says why. The
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK is left out: it downloads Electron's release list, and
 * these machines have no network (keeping Electron current is `npm outdated`'s job).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

interface Level {
  value: number;
  name: string;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
  manualReview: boolean;
}
interface ScanResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Run;
const electronVersion = (require('electron/package.json') as { version: string }).version;
const MEDIUM = 2;

async function scan(input: string): Promise<ScanResult> {
  return run({
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: true,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
}

async function main(): Promise<number> {
  const inputs = process.argv.length > 2 ? process.argv.slice(2) : ['electron'];
  let failed = 0;
  for (const input of inputs) {
    const { errors, issues } = await scan(resolve(input));
    for (const e of errors) {
      console.log(
        `${e.tolerable ? 'warning' : 'error'}: ${input}/${e.file}: could not parse: ${e.message}`,
      );
      if (!e.tolerable) failed++;
    }
    for (const i of issues) {
      const bad = i.severity.value >= MEDIUM;
      if (bad) failed++;
      const where = `${input}/${i.file}:${i.location.line}:${i.location.column}`;
      const review = i.manualReview ? ', review' : '';
      console.log(
        `${bad ? 'FAIL' : 'note'} ${i.id} [${i.severity.name}, ${i.confidence.name}${review}] ${where}\n  ${i.description}`,
      );
    }
    console.log(
      `electronegativity ${input}: ${issues.length} finding(s), ${errors.length} parse problem(s)`,
    );
  }
  console.log(failed === 0 ? 'lint:security passed' : `lint:security failed: ${failed} problem(s)`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
