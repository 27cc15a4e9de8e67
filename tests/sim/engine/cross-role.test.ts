import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { applyCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import type { CommandType } from '../../../src/sim/ids';
import { computeKpis } from '../../../src/sim/kpi/compute';
import type { Seat, World } from '../../../src/sim/world';

/**
 * Cross-role cause and effect: the same day, the same customers (same seed), the same support
 * and operations bots; only the warehouse differs. What it does must show up downstream, in
 * support's queue (urges), the store's logistics rating and customers' predicted loyalty.
 */
const scenario = loadScenarioFile('tests/fixtures/sim/cross-role.yaml');

const OTHERS: Seat[] = [
  { id: 'bot-support', role: 'support', bot: 'competent' },
  { id: 'bot-ops', role: 'ops', bot: 'competent' },
];

type Warehouse = 'expert-bot' | 'prompt' | 'late' | 'idle';

/**
 * A person at the warehouse who picks, scan-checks, packs and labels everything once a minute.
 * `prompt` hands parcels to the courier at once; `late` holds them until their ship-by promise
 * has passed (it misses every cut-off it could have made); `idle` does nothing at all.
 */
function warehouseMinute(world: World, style: Warehouse): void {
  if (style === 'idle' || style === 'expert-bot') return;
  const q = world.queues;
  const send = (type: CommandType, payload: Record<string, unknown>) =>
    applyCommand(world, { seat: 'w', role: 'warehouse', type, payload });
  if (q.pick.length > 0) send('pick_wave', { orders: q.pick.slice(0, 10) });
  if (q.picked.length > 0) send('pack_orders', { orders: q.picked.slice(0, 50), verify: true });
  if (q.packed.length > 0)
    send('print_waybill', { orders: q.packed.slice(0, 50), courier: 'swift' });
  const ready = q.labelled.filter(
    (id) => style === 'prompt' || world.clock > (world.orders[id]?.shipBy ?? 0),
  );
  if (ready.length > 0) send('handover', { orders: ready });
}

function playDay(style: Warehouse, seed = scenario.seed) {
  const warehouse: Seat =
    style === 'expert-bot'
      ? { id: 'bot-warehouse', role: 'warehouse', bot: 'expert' }
      : { id: 'w', role: 'warehouse' };
  const world = createWorld(scenario, { seed, seats: [...OTHERS, warehouse] });
  while (!world.finished) {
    advance(world, 60);
    warehouseMinute(world, style);
  }
  const k = computeKpis(world);
  return {
    world,
    kpis: k,
    urges: world.log.filter((e) => e.type === 'ticket_opened' && e.detail === 'urge').length,
    reviews: world.kpi.reviews,
  };
}

describe('cross-role cause and effect: the warehouse', () => {
  for (const seed of [scenario.seed, 2]) {
    it(`handing parcels over late (seed ${seed}) → urges, a worse logistics rating, fewer returning buyers`, () => {
      const prompt = playDay('prompt', seed);
      const late = playDay('late', seed);
      // Enough happened for the comparison to mean something.
      expect(prompt.kpis.paid_orders).toBeGreaterThan(50);
      expect(prompt.reviews).toBeGreaterThan(30);
      expect(late.reviews).toBeGreaterThan(10);

      // A prompt warehouse ships on time every order it could: the only late ones were paid
      // too late for the last pick-up (18:00) before their 3-hour promise, and fell due
      // overnight, which the aftermath now counts.
      const lastChance = 9 * 3600 - 3 * 3600 - 40 * 60; // 15:00, less pick-and-pack time
      for (const o of Object.values(prompt.world.orders)) {
        if (o.late) expect(o.paidAt ?? 0, `late order ${o.id}`).toBeGreaterThan(lastChance);
      }
      expect(prompt.kpis.on_time_ship_rate).toBeGreaterThan(0.75);
      expect(late.kpis.on_time_ship_rate).toBeLessThan(0.2);
      expect(late.urges).toBeGreaterThan(prompt.urges + 50);
      // The day's buyers rate logistics far worse; the 180-day DSR only moves a little.
      const logistics = (w: typeof prompt.world) =>
        w.reviews.reduce((sum, r) => sum + r.logistics, 0) / Math.max(1, w.reviews.length);
      expect(logistics(late.world)).toBeLessThan(logistics(prompt.world) - 0.5);
      expect(late.kpis.dsr_logistics).toBeLessThan(prompt.kpis.dsr_logistics - 0.02);
      expect(prompt.kpis.dsr_logistics - late.kpis.dsr_logistics).toBeLessThan(0.3);
      expect(late.kpis.repeat_purchase_rate_pred).toBeLessThan(
        prompt.kpis.repeat_purchase_rate_pred - 0.03,
      );
      // One bad day nudges a 180-day rating: the same day's sales barely move (the damage is
      // to repeat buyers and the rating, not a crash in traffic).
      expect(Math.abs(late.kpis.paid_orders - prompt.kpis.paid_orders)).toBeLessThan(
        0.1 * prompt.kpis.paid_orders,
      );
    });
  }

  it('the expert warehouse bot beats a warehouse that misses the cut-offs on every count', () => {
    const expert = playDay('expert-bot');
    const late = playDay('late');
    expect(expert.kpis.on_time_ship_rate).toBeGreaterThan(late.kpis.on_time_ship_rate);
    expect(expert.urges).toBeLessThan(late.urges);
    expect(expert.kpis.dsr_logistics).toBeGreaterThan(late.kpis.dsr_logistics);
    expect(expert.kpis.repeat_purchase_rate_pred).toBeGreaterThan(
      late.kpis.repeat_purchase_rate_pred,
    );
  });

  it('an idle warehouse floods support with urges about orders that never left', () => {
    const { world, kpis, urges } = playDay('idle');
    expect(kpis.on_time_ship_rate).toBe(0);
    expect(urges).toBeGreaterThan(50);
    for (const e of world.log) {
      if (e.type !== 'ticket_opened' || e.detail !== 'urge') continue;
      // Every urge was about an order that had not left yet (the routine crew ships it later).
      const shipped = world.orders[e.order ?? '']?.shippedAt;
      expect(shipped === undefined || shipped > e.t, `urged order ${e.order}`).toBe(true);
    }
    // Late shipments are charged to the warehouse in the log the debrief reads.
    const late = world.log.filter((e) => e.type === 'ship_late');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((e) => e.role === 'warehouse')).toBe(true);
    // Nothing left during the drill; the aftermath delivers it late, and the buyers say so.
    expect(world.reviews.length).toBeGreaterThan(10);
    const drillEnd = world.drillEndedAt ?? world.end;
    expect(world.reviews.every((r) => r.t > drillEnd)).toBe(true);
    expect(kpis.dsr_logistics).toBeLessThan(scenario.initialDsr.logistics);
  });
});
