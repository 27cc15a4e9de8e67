import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { baselineRun, needsBaseline, playToEnd } from '../../../src/sim/engine/play';
import { LANGS } from '../../../src/sim/ids';
import { generateReview } from '../../../src/sim/review/generate';
import { reviewActions, reviewMarkdown } from '../../../src/sim/review/markdown';
import { baselineOf, scoreRun } from '../../../src/sim/scoring/score';

const FILES = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml') && f !== 'sop-library.yaml')
  .sort();

/** The review of real runs: novice bots miss targets, so every part of the 复盘 shows up. */
describe.each(FILES)('the 复盘 of %s played by novice bots', (file) => {
  const scenario = loadScenarioFile(`scenarios/${file}`);
  const world = playToEnd(scenario, { botLevel: 'novice' });
  const baseline = needsBaseline(scenario)
    ? baselineOf(baselineRun(scenario, scenario.seed))
    : undefined;
  const score = scoreRun(world, baseline);
  const doc = generateReview(world, score);

  it('explains every missed target with evidence and owned actions', () => {
    score.targets.forEach((t, i) => {
      if (!t.met) expect(doc.causes.some((c) => c.target === i)).toBe(true);
    });
    for (const a of doc.actions) {
      expect(['buyer', 'support', 'ops', 'warehouse']).toContain(a.ownerRole);
      if (a.sopRef !== undefined) {
        expect(scenario.sopCards.map((c) => c.id)).toContain(a.sopRef);
      }
    }
  });

  it.each(LANGS)('renders completely in %s', (lang) => {
    const md = reviewMarkdown(doc, lang, world);
    expect(md).not.toMatch(/\{\{|\}\}|undefined|NaN/);
    expect(md).not.toMatch(/\b(cause|evidence|fix|label|lesson)\.[a-z_]+/);
    expect(md.match(/^- \[ \] /gm) ?? []).toHaveLength(doc.actions.length);
    expect(reviewActions(doc, lang, world)).toHaveLength(doc.actions.length);
  });

  // Replays the counterfactuals afresh (up to MAX_REPLAYS runs of the day): slow on a loaded
  // machine for the 5,000-order flash sale, hence the longer bound.
  it('is the same review for the same run', () => {
    expect(JSON.stringify(generateReview(world, scoreRun(world, baseline)))).toBe(
      JSON.stringify(doc),
    );
  }, 300_000);
});
