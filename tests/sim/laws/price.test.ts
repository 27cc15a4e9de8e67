import { describe, expect, it } from 'vitest';
import { lawShop, meanKpi, playSeeds, seedsWhere, type Run, type Setup } from './shop';

/**
 * Law: a higher price lowers conversion and a lower one lifts it, by a plausible amount
 * (DESIGN §8), and AOV reads what this run's buyers actually paid.
 */
const shop = lawShop();
const priced =
  (factor: number): Setup =>
  (act) => {
    for (const sku of shop.catalogue) act('set_price', { sku: sku.id, price: sku.price * factor });
  };

/** What this run's paying buyers paid on average, from the orders themselves. */
function paidPerBuyer(run: Run): number {
  let sum = 0;
  const buyers = new Set<string>();
  for (const o of Object.values(run.world.orders)) {
    if (o.paidAt === undefined || o.paidAt < 0) continue;
    sum += o.amount;
    buyers.add(o.customer);
  }
  return sum / buyers.size;
}

describe('price moves conversion the way a professional expects', () => {
  const plain = playSeeds(shop);
  const dearer = playSeeds(shop, priced(1.25));
  const cheaper = playSeeds(shop, priced(0.8));

  it('25% dearer: clearly fewer buyers on every seed, but not a collapse', () => {
    const base = meanKpi(plain, 'conversion_rate');
    const up = meanKpi(dearer, 'conversion_rate');
    expect(up).toBeLessThan(base * 0.9);
    expect(up).toBeGreaterThan(base * 0.4);
    expect(seedsWhere(dearer, plain, (a, b) => a.kpis.paid_orders < b.kpis.paid_orders)).toBe(4);
  });

  it('20% cheaper: more buyers, but not by multiples', () => {
    const base = meanKpi(plain, 'conversion_rate');
    const down = meanKpi(cheaper, 'conversion_rate');
    expect(down).toBeGreaterThan(base * 1.1);
    expect(down).toBeLessThan(base * 2);
    expect(seedsWhere(cheaper, plain, (a, b) => a.kpis.paid_orders > b.kpis.paid_orders)).toBe(4);
  });

  it('the price change does not move traffic: visitors do not see the price before they land', () => {
    const base = meanKpi(plain, 'uv');
    expect(meanKpi(dearer, 'uv')).toBeGreaterThan(base * 0.95);
    expect(meanKpi(dearer, 'uv')).toBeLessThan(base * 1.05);
  });

  it('AOV follows the price and is what the buyers of this run paid', () => {
    for (const run of [...plain, ...dearer]) {
      expect(run.kpis.aov).toBeCloseTo(paidPerBuyer(run), 6);
      // A basket of one or two units of a ¥35–¥74 item.
      expect(run.kpis.aov).toBeGreaterThan(30);
      expect(run.kpis.aov).toBeLessThan(150);
    }
    const ratio = meanKpi(dearer, 'aov') / meanKpi(plain, 'aov');
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.4);
  });
});
