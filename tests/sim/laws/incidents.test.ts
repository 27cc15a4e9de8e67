import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { lawShop, mean, meanKpi, playSeeds, seedsWhere, type Run } from './shop';

/**
 * Law: an incident hurts the KPIs it touches, and the same seed without it recovers them
 * (DESIGN §8: the 复盘's counterfactual "without the incident" relies on exactly this).
 */
type Incidents = ScenarioInput['incidents'];

const withIncidents = (incidents: Incidents) => lawShop({ incidents });

/** Where-is-my-parcel chats the buyers opened. */
const wismo = (run: Run) =>
  Object.values(run.world.tickets).filter((t) => t.topic === 'wismo').length;

/** Mean hours from the courier's collection to delivery, over delivered parcels. */
function hoursInTransit(run: Run): number {
  let sum = 0;
  let n = 0;
  for (const o of Object.values(run.world.orders)) {
    if (o.shippedAt === undefined || o.deliveredAt === undefined || o.shippedAt < 0) continue;
    sum += o.deliveredAt - o.shippedAt;
    n++;
  }
  return n === 0 ? 0 : sum / n / 3600;
}

describe('an incident hurts what it touches; without it the same seeds recover', () => {
  const calm = playSeeds(withIncidents([]));

  it('a courier delay: slower parcels, more where-is-my-parcel chats, lower logistics DSR', () => {
    const delayed = playSeeds(
      withIncidents([
        { kind: 'courier_delay', at: '09:00', durationMin: 480, courier: 'swift', factor: 3 },
      ]),
    );
    expect(mean(delayed, hoursInTransit)).toBeGreaterThan(mean(calm, hoursInTransit) * 1.5);
    expect(mean(delayed, wismo)).toBeGreaterThan(mean(calm, wismo));
    expect(meanKpi(delayed, 'dsr_logistics')).toBeLessThan(meanKpi(calm, 'dsr_logistics'));
  });

  it('a bad-review storm: more bad reviews, and the SKU sells less while it lasts', () => {
    const storm = playSeeds(
      withIncidents([
        { kind: 'bad_review_storm', at: '10:00', durationMin: 120, sku: 'tee', reviews: 12 },
      ]),
    );
    expect(meanKpi(storm, 'bad_review_rate')).toBeGreaterThan(meanKpi(calm, 'bad_review_rate'));
    // Buyers who read the storm convert less while it lasts (10:00–12:00 on a 09:00 start).
    const teeSold = (run: Run) =>
      Object.values(run.world.orders).filter(
        (o) => o.sku === 'tee' && o.paidAt !== undefined && o.paidAt >= 3600 && o.paidAt < 3 * 3600,
      ).length;
    expect(mean(storm, teeSold)).toBeLessThan(mean(calm, teeSold) * 0.95);
  });

  it('a checkout outage: fewer paid orders, and back to normal without it', () => {
    const down = playSeeds(
      withIncidents([{ kind: 'system_outage', at: '10:00', durationMin: 120, system: 'checkout' }]),
    );
    expect(meanKpi(down, 'paid_orders')).toBeLessThan(meanKpi(calm, 'paid_orders') * 0.9);
    expect(seedsWhere(down, calm, (a, b) => a.kpis.paid_orders < b.kpis.paid_orders)).toBe(4);
  });
});
