import { defaultLang } from './args';
import { checkScenarioFile, machines } from './check';
import { cliTranslator } from './text';

/**
 * `npm run --silent scenario:check -- <files…>`: prints every check for each scenario and
 * exits 1 when any fails (see check.ts).
 */
function main(files: string[]): number {
  const t = cliTranslator(defaultLang());
  if (files.length === 0) {
    process.stderr.write(`${t('cli.noFiles')}\n${t('cli.usageCheck')}\n`);
    return 2;
  }
  const machineLines = machines(t);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const { ok, lines } = checkScenarioFile(file, t, machineLines);
    if (ok) passed++;
    else failed++;
    process.stdout.write(
      `${ok ? '✓' : '✗'} ${file}\n${lines.map((l) => `  ${l.warn ? '⚠' : l.ok ? '✓' : '✗'} ${l.text}`).join('\n')}\n`,
    );
  }
  process.stdout.write(`${t('cli.checkSummary', { passed, failed })}\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
