import { describe, expect, it } from 'vitest';
import { hoursToShip, lawShop, mean, meanKpi, playSeeds, seedsWhere, urges } from './shop';

/** Laws of DESIGN §8 for ads and the warehouse, on the law shop over four seeds. */
describe('ads buy traffic at a rising cost', () => {
  const plain = playSeeds(lawShop());
  const doubled = playSeeds(lawShop(), (act) =>
    act('set_ad_budget', { channel: 'search_ads', perHour: 200 }),
  );

  it('ads ×2: more visitors and buyers, at a lower ROAS', () => {
    expect(meanKpi(doubled, 'uv')).toBeGreaterThan(meanKpi(plain, 'uv') * 1.05);
    expect(meanKpi(doubled, 'paid_orders')).toBeGreaterThan(meanKpi(plain, 'paid_orders'));
    expect(meanKpi(doubled, 'roas')).toBeLessThan(meanKpi(plain, 'roas') * 0.9);
    expect(seedsWhere(doubled, plain, (a, b) => a.kpis.roas < b.kpis.roas)).toBeGreaterThan(2);
  });
});

describe('a slower warehouse shows in parcels, chats, ratings and refunds', () => {
  const crew = (pickers: number) =>
    lawShop({ warehouse: { pickers, packers: 2, pickSeconds: 60, waveSecondsPerOrder: 300 } });
  const full = playSeeds(crew(3));
  const short = playSeeds(crew(1));

  it('one picker instead of three: later parcels and more urge chats', () => {
    expect(mean(short, hoursToShip)).toBeGreaterThan(mean(full, hoursToShip) * 1.5);
    expect(meanKpi(short, 'on_time_ship_rate')).toBeLessThan(meanKpi(full, 'on_time_ship_rate'));
    expect(mean(short, urges)).toBeGreaterThan(mean(full, urges));
  });

  it('after the aftermath: lower logistics DSR and more refunds', () => {
    expect(meanKpi(short, 'dsr_logistics')).toBeLessThan(meanKpi(full, 'dsr_logistics'));
    expect(meanKpi(short, 'refund_rate')).toBeGreaterThan(meanKpi(full, 'refund_rate'));
  });
});
