import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/locales/en';
import { zhCN } from '../../../src/i18n/locales/zh-CN';
import { KPI_IDS, LANGS } from '../../../src/sim/ids';
import { generateReview, type Msg, type ReviewParam } from '../../../src/sim/review/generate';
import { lookup } from '../../../src/sim/review/format';
import { reviewActions, reviewMarkdown, targetLine } from '../../../src/sim/review/markdown';
import { scoreRun } from '../../../src/sim/scoring/score';
import type { World } from '../../../src/sim/world';
import { at, incident, STAGED, stagedWorld } from './fixture';
import { richWorld } from './rich';

const TEN = 3600;

function lateWorld(): World {
  const w = stagedWorld();
  w.kpi.dueOrders = 10;
  w.kpi.onTimeOrders = 4;
  incident(w, { id: 'inc0', kind: 'courier_delay', start: TEN, end: TEN + 1800, courier: 'swift' });
  for (let i = 0; i < 6; i++) {
    at(w, TEN + 60 + i * 60, { type: 'ship_late', role: 'warehouse', order: `o${i}`, sku: 'tee' });
  }
  return w;
}

const HEADINGS = {
  'zh-CN': ['回顾目标', '评估结果', '分析原因', '总结经验', '改进清单'],
  en: [
    'Review the goals',
    'Assess the results',
    'Analyse the causes',
    'Sum up the lessons',
    'Improvement checklist',
  ],
} as const;

/** Every message inside a review, nested ones included. */
function allMsgs(value: unknown, out: Msg[] = []): Msg[] {
  if (Array.isArray(value)) for (const v of value) allMsgs(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string' && o.params && typeof o.params === 'object')
      out.push(o as unknown as Msg);
    if (typeof o.textKey === 'string')
      out.push({ key: o.textKey as Msg['key'], params: o.params as Record<string, ReviewParam> });
    for (const v of Object.values(o)) allMsgs(v, out);
  }
  return out;
}

describe('reviewMarkdown', () => {
  it('writes the 复盘 headings, the window, the count and the incident, in Chinese', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    const md = reviewMarkdown(doc, 'zh-CN', w);
    for (const h of HEADINGS['zh-CN']) expect(md).toContain(`## ${h}`);
    expect(md).toContain('# 复盘：复盘小店');
    expect(md).toContain('6 个订单未按承诺时间发货');
    expect(md).toContain('10:00–10:10');
    expect(md).toContain('快递延误（inc0）');
    expect(md).toContain('| 发货及时率 | ≥ 95.0% | 40.0% | ❌ 未达成 |');
    expect(md).toContain('负责：仓储');
    expect(md).toContain('验收：发货及时率 ≥ 95.0%');
  });

  it('writes the same review in English', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    const md = reviewMarkdown(doc, 'en', w);
    for (const h of HEADINGS.en) expect(md).toContain(`## ${h}`);
    expect(md).toContain(
      'Orders shipped late (past their ship-by promise): 6; the worst 10 minutes were 10:00–10:10 (6).',
    );
    expect(md).toContain('Incident: Courier delay (inc0), 10:00–10:30.');
    expect(md).toContain('owner: Warehouse');
    expect(md).toContain('check: On-time shipping rate ≥ 95.0%');
    // No target met: no star (a run that met nothing no longer earns one).
    expect(md).toMatch(/☆☆☆ 0 of 3 stars/);
    expect(md).toContain('Team result (every seat, bots included): 0 of 1 targets met');
  });

  it('has one checkbox per action item, in both languages', () => {
    const w = richWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.actions.length).toBeGreaterThan(5);
    for (const lang of LANGS) {
      const md = reviewMarkdown(doc, lang, w);
      expect(md.match(/^- \[ \] /gm)).toHaveLength(doc.actions.length);
      const actions = reviewActions(doc, lang, w);
      expect(actions.map((a) => a.id)).toEqual(doc.actions.map((a) => a.id));
      for (const a of actions) expect(md).toContain(`- [ ] ${a.text}`);
    }
  });

  it('marks done items and shows notes', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    doc.actions[0]!.done = true;
    doc.actions[0]!.note = 'drilled on Monday';
    const md = reviewMarkdown(doc, 'en', w);
    expect(md).toMatch(/^- \[x\] .*drilled on Monday$/m);
    expect(reviewActions(doc, 'en', w)[0]?.done).toBe(true);
  });

  it('renders every analyser in both languages without a missing text or placeholder', () => {
    const w = richWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.results.metCount).toBe(0);
    for (let i = 0; i < KPI_IDS.length; i++) {
      expect(doc.causes.some((c) => c.target === i)).toBe(true);
    }
    const kinds = new Set(doc.causes.map((c) => c.kind));
    // Findings that only a replay can make (tests/sim/review/prove.test.ts) are not staged here.
    const replayOnly = ['generic', 'ads_off', 'unexplained', 'understaffed', 'pickup_gap'];
    const expected = Object.keys(en.review.label).filter((k) => !replayOnly.includes(k));
    expect([...expected].filter((k) => !kinds.has(k as never))).toEqual([]);
    for (const m of allMsgs(doc)) {
      expect(lookup(en.review, m.key), m.key).toBeDefined();
      expect(lookup(zhCN.review, m.key), m.key).toBeDefined();
    }
    for (const lang of LANGS) {
      const md = reviewMarkdown(doc, lang, w);
      expect(md).not.toMatch(/\{\{|\}\}/);
      expect(md).not.toMatch(/\b(cause|evidence|fix|label|lesson)\.[a-z_]+/);
      expect(md).not.toContain('undefined');
      expect(md).not.toContain('NaN');
    }
  });

  it('prints a target line for the CLI', () => {
    const w = lateWorld();
    const t = scoreRun(w).targets[0]!;
    expect(targetLine(t, 'en', w)).toBe('On-time shipping rate: 40.0% (Target ≥ 95.0%) ❌ missed');
    expect(targetLine(t, 'zh-CN', w)).toBe('发货及时率: 40.0% (目标 ≥ 95.0%) ❌ 未达成');
  });

  it('shows later days and SKU-scoped targets', () => {
    const w = stagedWorld({ targets: [{ kpi: 'gmv', op: '>=', value: 100, sku: 'mug' }] });
    w.clock = 86_400 + 1800;
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(reviewMarkdown(doc, 'en', w)).toContain('day 2 09:30');
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('马克杯的成交金额');
  });
});
