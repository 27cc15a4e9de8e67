import { describe, expect, it } from 'vitest';
import { createI18n, formatKpi, LOCALES } from '../../src/i18n';
import { KPI_IDS, ROLES } from '../../src/sim/ids';

/** Dotted path → string for every leaf of a message table. */
function leaves(node: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') out.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const en = leaves(LOCALES.en);
  const zh = leaves(LOCALES['zh-CN']);

  it('have the same keys in zh-CN and en', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of en) {
      expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...en, ...zh]) expect(text.trim(), key).not.toBe('');
  });

  it('name every KPI and role', () => {
    for (const id of KPI_IDS) {
      expect(en.get(`kpi.label.${id}`)).toBeTruthy();
      expect(zh.get(`kpi.def.${id}`)).toBeTruthy();
    }
    for (const role of ROLES) expect(zh.get(`roles.${role}`)).toBeTruthy();
    expect(LOCALES['zh-CN'].kpi.label.conversion_rate).toBe('支付转化率');
    expect(LOCALES['zh-CN'].kpi.label.uv).toBe('访客数');
    expect(LOCALES['zh-CN'].roles).toMatchObject({
      buyer: '买家',
      support: '客服',
      ops: '运营',
      warehouse: '仓储',
      trainer: '培训师',
    });
  });
});

describe('createI18n', () => {
  it('translates synchronously right after creation', () => {
    const zh = createI18n('zh-CN');
    expect(zh.t('roles.support')).toBe('客服');
    expect(zh.t('kpi.label.on_time_ship_rate')).toBe('发货及时率');
    expect(zh.t('review.heading.goals')).toBe('回顾目标');
    expect(zh.t('common.atLeast', { value: '5%' })).toBe('≥ 5%');
    const en = createI18n('en');
    expect(en.t('review.heading.actions')).toBe('Improvement checklist');
    expect(en.t('reject.sold_out', { sku: 'tee' })).toBe('tee is sold out.');
  });

  it('keeps instances independent', () => {
    const a = createI18n('en');
    const b = createI18n('zh-CN');
    expect(a.t('common.met')).toBe('met');
    expect(b.t('common.met')).toBe('达成');
  });
});

describe('formatKpi', () => {
  it('shows each unit the way operations staff read it', () => {
    expect(formatKpi('conversion_rate', 0.0325, 'en')).toBe('3.3%');
    expect(formatKpi('on_time_ship_rate', 1, 'zh-CN')).toBe('100.0%');
    expect(formatKpi('gmv', 1234.5, 'zh-CN')).toBe('¥1,234.50');
    expect(formatKpi('refund_amount', -5, 'en')).toBe('-¥5.00');
    expect(formatKpi('first_response_avg_s', 95.4, 'en')).toBe('95 s');
    expect(formatKpi('first_response_avg_s', 95.4, 'zh-CN')).toBe('95 秒');
    expect(formatKpi('csat', 4.567, 'en')).toBe('4.57');
    expect(formatKpi('dsr_service', 4.7, 'zh-CN')).toBe('4.70');
    expect(formatKpi('paid_orders', 5120, 'en')).toBe('5,120');
    expect(formatKpi('roas', 3.2, 'en')).toBe('3.20');
    expect(formatKpi('gmv', Number.NaN, 'en')).toBe('—');
  });
});
