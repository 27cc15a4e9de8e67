import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossCheckScenario } from '../../src/scenario/cross-check';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { MINIMAL, fixtureLibrary, scenarioError } from './helpers';

const minimal = readFileSync(MINIMAL, 'utf8');
const library = fixtureLibrary();
const valid = (): Scenario => parseScenario(minimal, 'minimal.yaml', library);
const check = (edit: (s: Scenario) => void) => {
  const s = valid();
  edit(s);
  return crossCheckScenario(s, library);
};

describe('crossCheckScenario', () => {
  it('finds nothing wrong with the minimal scenario', () => {
    expect(crossCheckScenario(valid(), library)).toEqual([]);
  });

  it('reports personas whose shares add up to 0', () => {
    const issues = check((s) => s.demand.personas.forEach((p) => (p.share = 0)));
    expect(issues).toEqual([
      { path: ['demand', 'personas'], message: expect.stringContaining('add up to 0') as string },
    ]);
  });

  it('accepts a persona with share 0 beside others: it plays scripted customers only', () => {
    const text = minimal.replace(
      '      share: 1\n',
      '      share: 1\n    - id: critic\n      name: { zh-CN: 挑剔的顾客, en: Critic }\n      share: 0\n  scripted:\n    - { at: 120, persona: critic, sku: tee-white }\n',
    );
    expect(parseScenario(text, 'x.yaml', library).demand.personas[1]?.share).toBe(0);
  });

  it('reports a focus role that is not in play', () => {
    expect(check((s) => (s.focusRole = 'warehouse'))).toEqual([
      {
        path: ['focusRole'],
        message: 'the focus role "warehouse" is not among the roles in play (support)',
      },
    ]);
  });

  it('reports history naming an unknown SKU', () => {
    const issues = check((s) =>
      s.demand.history.push({ sku: 'hat', orders: 3, deliveredHoursAgo: 24 }),
    );
    expect(issues.map((i) => i.path)).toEqual([['demand', 'history', 0, 'sku']]);
  });

  it('reports SOP cards that clash with each other or with the library', () => {
    const card = { ...library[0]!, rules: [] };
    const issues = check((s) => {
      s.sopCards.push({ ...card, id: 'mine' }, { ...card, id: 'mine' }, { ...card });
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['sopCards', 1, 'id'],
      ['sopCards', 2, 'id'],
    ]);
    expect(issues[1]?.message).toContain(
      'built-in SOP library already has a card "first-response"',
    );
  });

  it("lets sops name the file's own cards as well as the library's", () => {
    const issues = check((s) => {
      s.sopCards.push({ ...library[0]!, id: 'mine' });
      s.sops.push('mine', 'price-floor');
    });
    expect(issues).toEqual([]);
  });

  it('reports a SKU-scoped target on a KPI measured only for the whole shop', () => {
    const issues = check((s) =>
      s.targets.push({ kpi: 'csat', op: '>=', value: 4, sku: 'tee-white' }),
    );
    expect(issues).toEqual([
      {
        path: ['targets', 1, 'sku'],
        message:
          '"csat" is measured for the whole shop; per SKU only conversion_rate, gmv, stockouts',
      },
    ]);
    expect(
      check((s) => s.targets.push({ kpi: 'gmv', op: '>=', value: 4, sku: 'tee-white' })),
    ).toEqual([]);
  });

  it('accepts vsBaseline once baselineIdle names a role', () => {
    const issues = check((s) => {
      s.baselineIdle = ['support'];
      s.targets.push({ kpi: 'csat', op: '>=', vsBaseline: 1.1 });
    });
    expect(issues).toEqual([]);
  });
});

describe('cross-check issues in a file', () => {
  it('point at the offending value', () => {
    const err = scenarioError(() =>
      parseScenario(minimal.replace('    cost: 22', '    cost: 59'), 'shop.yaml', library),
    );
    expect(err.message).toBe(
      'shop.yaml:18:11 catalogue[0].cost: cost 59 is not below the price 59, so every sale would lose money',
    );
  });
});
