import { describe, expect, it } from 'vitest';
import { typicalLevels } from '../../src/cli/check-typical';
import { cliTranslator } from '../../src/cli/text';
import { loadScenarioFile } from '../../src/scenario/load-file';

const t = cliTranslator('en');

describe('scenario:check typical levels', () => {
  const scenario = loadScenarioFile('scenarios/support-first-response.yaml');

  it("warns, without failing, when competent bots' conversion is outside the usual range", () => {
    const narrow = {
      ...scenario,
      typicalRanges: {
        conversion_rate: { min: 0.001, max: 0.002, why: { 'zh-CN': '测试', en: 'test' } },
      },
    };
    const lines = typicalLevels(narrow, t);
    const conv = lines.find((l) => l.text.includes('Conversion rate'));
    expect(conv).toMatchObject({ ok: true, warn: true });
    expect(conv?.text).toMatch(/Conversion rate \d+\.\d%, usual range 0\.1%–0\.2%/);
  });

  it('is silent about a KPI whose range the scenario widened to cover it', () => {
    const wide = {
      ...scenario,
      typicalRanges: {
        conversion_rate: { min: 0, max: 1, why: { 'zh-CN': '测试', en: 'test' } },
      },
    };
    expect(typicalLevels(wide, t).some((l) => l.text.includes('Conversion rate'))).toBe(false);
  });
});
