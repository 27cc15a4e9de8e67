import { describe, expect, it } from 'vitest';
import { generateReview } from '../../../src/sim/review/generate';
import { reviewMarkdown } from '../../../src/sim/review/markdown';
import { scoreRun } from '../../../src/sim/scoring/score';
import { at, incident, reviewScenario, stagedWorld, STAGED, unverifiedPack } from './fixture';

const TEN = 3600;

/** The wrong lines of a novice 全链路协作 复盘 (session 19), each pinned by a staged run. */
describe('the 复盘 does not', () => {
  it('name a busiest 10 minutes that holds one of many violations', () => {
    const w = stagedWorld();
    for (let i = 0; i < 6; i++) unverifiedPack(w, TEN + i * 1800);
    const doc = generateReview(w, scoreRun(w), STAGED);
    const zh = reviewMarkdown(doc, 'zh-CN', w);
    expect(zh).toContain('违反 6 次，分散在 10:00–12:30 之间，任何 10 分钟内都不超过 1 次');
    expect(zh).not.toContain('共 1 次');
    expect(reviewMarkdown(doc, 'en', w)).toContain(
      'broken 6× by Warehouse, spread from 10:00 to 12:30, never two in the same 10 minutes',
    );
  });

  it('say the late orders were "mostly" paid in a window holding a few of them', () => {
    const w = stagedWorld();
    w.kpi.dueOrders = 20;
    w.kpi.onTimeOrders = 10;
    for (let i = 0; i < 10; i++) {
      // Paid an hour apart, except the first two in the same ten minutes.
      const paidAt = i < 2 ? i * 60 : i * 3600;
      w.orders[`o${i}`] = { ...orderStub(`o${i}`), paidAt };
      at(w, paidAt + 24 * 3600, { type: 'ship_late', role: 'warehouse', order: `o${i}` });
    }
    const zh = reviewMarkdown(generateReview(w, scoreRun(w), STAGED), 'zh-CN', w);
    expect(zh).not.toContain('大多');
    expect(zh).toContain('超时订单付款最集中的 10 分钟是 09:00–09:10（10 个中的 2 个）');
  });

  it('count no oversold orders for a sync lag whose orders oversold after its window', () => {
    const w = stagedWorld({ targets: [{ kpi: 'oversold_orders', op: '<=', value: 0 }] });
    incident(w, { id: 'inc0', kind: 'oversell', start: TEN, end: TEN + 5400, sku: 'mug' });
    for (let i = 0; i < 3; i++) {
      w.kpi.oversold++;
      at(w, 3 * TEN + i * 120, { type: 'order_oversold', order: `o${i}`, sku: 'mug' });
    }
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.causes.find((c) => c.kind === 'oversold')?.incidents.map((i) => i.id)).toEqual([
      'inc0',
    ]);
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('10:00–11:30：此后马克杯超卖订单 3 个');
    expect(reviewMarkdown(doc, 'en', w)).toContain('3 orders of Mug oversold from then on');
  });

  it("give operations an action on the warehouse's SOP card", () => {
    const base = reviewScenario();
    const w = stagedWorld({
      targets: [{ kpi: 'oversold_orders', op: '<=', value: 0 }],
      sopCards: [
        ...base.sopCards,
        {
          id: 'outbound',
          role: 'warehouse',
          title: { 'zh-CN': '出库作业', en: 'Outbound' },
          steps: [{ 'zh-CN': '缺货即报。', en: 'Report stock-outs.' }],
          rules: [
            {
              kind: 'respond_within',
              id: 'report-stockout',
              text: { 'zh-CN': '缺货 10 分钟内上报', en: 'Report within 10 minutes' },
              trigger: 'stockout',
              commands: ['report_stockout'],
              withinS: 600,
            },
          ],
        },
      ],
      sops: ['order-exceptions', 'first-response', 'outbound'],
    });
    w.kpi.oversold = 2;
    at(w, TEN, { type: 'order_oversold', order: 'o1', sku: 'mug' });
    at(w, TEN + 60, { type: 'order_oversold', order: 'o2', sku: 'mug' });
    const doc = generateReview(w, scoreRun(w), STAGED);
    const count = doc.actions.find((a) => a.textKey === 'fix.stock_sync');
    expect(count).toMatchObject({ sopRef: 'outbound', ownerRole: 'warehouse' });
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain(
      '运营推广马克杯之前，仓储先盘点货位，并与可售库存核对。（负责：仓储 · SOP：出库作业',
    );
  });

  it('name a SKU by its id or a review by its index in a rule\'s "concerned" line', () => {
    const w = stagedWorld();
    w.reviews.push({
      order: 'o7',
      sku: 'tee',
      t: TEN,
      stars: 1,
      description: 1,
      service: 1,
      logistics: 1,
      textKey: 'review.storm',
      followedUp: false,
    });
    for (const ref of ['mug', 'review:0', 'review:4']) unverifiedPack(w, TEN, ref);
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('涉及：马克杯、o7、第 5 条评价。');
  });
});

/** An order with only what the review reads of it. */
function orderStub(id: string) {
  return { id, sku: 'tee', qty: 1 } as unknown as import('../../../src/sim/world').Order;
}
