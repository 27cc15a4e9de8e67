import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from '../../src/cli/check';
import { cliTranslator } from '../../src/cli/text';
import { listScenarioFiles } from '../../src/scenario/load-file';

const t = cliTranslator('en');

describe('scenario:check', () => {
  const files = listScenarioFiles();

  it('finds the six built-in scenarios', () => {
    expect(files).toHaveLength(6);
  });

  it.each(files)(
    '%s validates, and is balanced: experts win on three seeds, novices do not',
    (file) => {
      const { ok, lines } = checkScenarioFile(file, t);
      expect(lines.filter((l) => !l.ok).map((l) => l.text)).toEqual([]);
      expect(ok).toBe(true);
      expect(
        lines.filter((l) => /expert bots meet \d+\/\d+ targets, 3\/3 stars/.test(l.text)),
      ).toHaveLength(3);
      expect(lines.filter((l) => l.text.includes('novice bots miss'))).toHaveLength(3);
      // A person playing the focus role well, at a person's pace, wins; an idle one does not.
      expect(lines.filter((l) => /a person playing .* meets/.test(l.text))).toHaveLength(3);
      expect(lines.filter((l) => l.text.includes('an idle learner misses'))).toHaveLength(3);
    },
    // Six full days with their aftermath per file: generous, so a loaded machine only runs slower.
    600_000,
  );

  it('fails a scenario that anybody can win', () => {
    const { ok, lines } = checkScenarioFile('tests/fixtures/balance/anybody-wins.yaml', t);
    expect(ok).toBe(false);
    expect(lines.some((l) => !l.ok && l.text.includes('novice bots meet every target'))).toBe(true);
  });

  it('fails a broken file with its line and field', () => {
    const { ok, lines } = checkScenarioFile('tests/fixtures/scenarios/broken/unknown-kpi.yaml', t);
    expect(ok).toBe(false);
    expect(lines.some((l) => /unknown-kpi\.yaml:\d+:\d+ targets\[\d+\]\.kpi/.test(l.text))).toBe(
      true,
    );
  });
});
