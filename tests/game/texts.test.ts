import { describe, expect, it } from 'vitest';
import { fill, mapTexts } from '../../src/game/stats';
import { ordersPerMinute } from '../../src/game/ops-chart';
import { SyntheticOrders } from '../../src/game/synthetic';
import { buildView } from '../../src/game/view-model';
import { createWorld } from '../../src/sim/engine/create-world';
import { LANGS } from '../../src/sim/ids';
import { uiMapEn } from '../../src/i18n/locales/ui-map.en';
import { uiMapZh } from '../../src/i18n/locales/ui-map.zh-CN';
import { tinyScenario } from '../sim/helpers';

function leaves(o: object, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[prefix + k, v] as [string, string]]
      : leaves(v as object, `${prefix}${k}.`),
  );
}

describe('map texts', () => {
  it('has every text in both languages, none empty, same placeholders', () => {
    const en = new Map(leaves(uiMapEn));
    const zh = new Map(leaves(uiMapZh));
    expect([...zh.keys()]).toEqual([...en.keys()]);
    for (const [k, v] of en) {
      expect(v.trim(), k).not.toBe('');
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(vars(zh.get(k) ?? ''), k).toEqual(vars(v));
    }
    expect(uiMapZh.title).not.toBe('Map');
  });

  it('fills placeholders and names incidents and bot levels in each language', () => {
    expect(fill('Bot · {{level}}', { level: 'expert' })).toBe('Bot · expert');
    for (const lang of LANGS) {
      const t = mapTexts(lang);
      expect(t.incident('courier_delay')).not.toBe('');
      expect(t.botLevel('expert')).not.toBe('');
    }
    expect(mapTexts('zh-CN').station.dock).toBe('快递揽收区');
    expect(mapTexts('en').station.dock).toBe('Courier dock');
  });
});

describe('ops chart', () => {
  it('turns the cumulative paid-order series into orders per minute', () => {
    expect(ordersPerMinute([0, 2, 2, 7, 9], 3)).toEqual([0, 5, 2]);
    expect(ordersPerMinute([0, 2, 2, 7, 9], 10)).toEqual([2, 0, 5, 2]);
    expect(ordersPerMinute([], 5)).toEqual([]);
  });
});

describe('bench order stream', () => {
  it('keeps n orders on the map and keeps them moving', () => {
    const w = createWorld(tinyScenario());
    const stream = new SyntheticOrders(w, 300);
    const before = JSON.stringify(Object.values(w.orders).map((o) => o.state));
    expect(buildView(w, 300).tokens).toHaveLength(300);
    for (let t = 0; t < 5000; t += 16) stream.tick(t);
    expect(Object.keys(w.orders)).toHaveLength(300);
    expect(buildView(w, 300).tokens).toHaveLength(300);
    expect(JSON.stringify(Object.values(w.orders).map((o) => o.state))).not.toBe(before);
  });
});
