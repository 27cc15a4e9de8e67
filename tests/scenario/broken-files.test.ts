import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScenarioFiles, loadScenarioFile } from '../../src/scenario/load-file';
import { FIXTURES, fixtureLibrary, scenarioError } from './helpers';

/*
 * Each file in tests/fixtures/scenarios/broken is a scenario broken on purpose. Its header lists,
 * as "# expect: LINE:COLUMN PATH: MESSAGE" lines, every problem the loader must report, in
 * order: so each case asserts the line, column, field path and wording, not just "throws".
 * Long messages may be cut short in the expectation; the report must start with it.
 */

const files = listScenarioFiles(`${FIXTURES}/broken`);
const library = fixtureLibrary();

function expectations(file: string): string[] {
  const prefix = '# expect: ';
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}

describe('broken scenario files', () => {
  it('cover the mistakes trainers make', () => {
    expect(files.map((f) => basename(f, '.yaml'))).toEqual(
      expect.arrayContaining([
        'yaml-syntax',
        'missing-field',
        'wrong-type',
        'unknown-kpi',
        'target-unknown-sku',
        'duplicate-ids',
        'unknown-references',
        'cost-not-below-price',
        'ad-channel-without-cpc',
        'vs-baseline-without-idle',
        'tutorial-unknown-event',
        'persona-shares-zero',
      ]),
    );
  });

  it.each(files)('%s reports every expected problem and nothing else', (file) => {
    const expected = expectations(file);
    expect(expected.length).toBeGreaterThan(0);
    const reported = scenarioError(() => loadScenarioFile(file, library)).message.split('\n');
    expect(reported).toHaveLength(expected.length);
    expected.forEach((want, i) =>
      expect(reported[i]?.startsWith(`${file}:${want}`), reported[i]).toBe(true),
    );
  });
});
