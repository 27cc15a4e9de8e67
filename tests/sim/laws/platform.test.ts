import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioInput } from '../../../src/scenario/schema';
import { applyCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { botSeats, createWorld } from '../../../src/sim/engine/create-world';
import type { Role } from '../../../src/sim/ids';
import type { Order, World } from '../../../src/sim/world';
import { lawShop, SEEDS } from './shop';

const text = (en: string) => ({ 'zh-CN': en, en });
const HOUR = 3600;

/**
 * The law shop with buyers who send things back and a few claim chancers, over a whole day,
 * customers acting twelve times faster so that returns land while the seats can still answer.
 */
function returnsShop(platform: ScenarioInput['platform'] = {}, visitorsPerHour = 300): Scenario {
  return lawShop({
    lengthMin: 1440,
    aftermathDays: 2,
    policies: { shipByHours: 8, customerPace: 12 },
    demand: {
      channels: { organic: { visitorsPerHour } },
      personas: [
        {
          id: 'student',
          name: text('Student'),
          share: 1,
          inquiryRate: 0.02,
          returnRate: 0.2,
          fraudRate: 0.12,
        },
      ],
    },
    platform,
  });
}

/**
 * Plays one seed with competent bots, except `person`'s seat, which `act` plays every five
 * sim-minutes of the drill (its `world` is the live one; the function returns nothing).
 */
function play(
  scenario: Scenario,
  seed: number,
  person?: {
    role: Role;
    act: (world: World, send: (type: string, p: object) => { ok: boolean }) => void;
  },
): World {
  const seats = botSeats(scenario, 'competent').map((s) =>
    s.role === person?.role ? { id: 'me', role: s.role } : s,
  );
  const world = createWorld(scenario, { seed, seats });
  const send = (type: string, payload: object) =>
    applyCommand(world, {
      seat: 'me',
      role: person?.role ?? 'ops',
      type: type as never,
      payload: payload as Record<string, unknown>,
    });
  const drillEnd = scenario.lengthMin * 60;
  while (person && world.clock < drillEnd) {
    advance(world, Math.min(drillEnd, world.clock + 300));
    person.act(world, send);
  }
  advance(world, world.end);
  return world;
}

const sum = (worlds: World[], f: (w: World) => number) => worlds.reduce((s, w) => s + f(w), 0);
const orders = (w: World) => Object.values(w.orders);

describe('运费险: buyers return more readily and fight refusals less', () => {
  // A shop that refuses every after-sales request, so there are refusals to fight.
  const refuser = {
    role: 'support' as const,
    act: (world: World, send: (type: string, p: object) => void) => {
      for (const id of world.queues.aftersales.slice())
        send('reject_aftersale', { order: id, reason: 'not accepted' });
    },
  };
  const run = (enabled: boolean) =>
    SEEDS.map((seed) =>
      play(returnsShop({ freightInsurance: { enabled, premium: 1.2 } }, 900), seed, refuser),
    );
  const plain = run(false);
  const insured = run(true);
  const noReason = (w: World) =>
    orders(w).filter((o) => o.aftersale?.reason === 'no_reason').length;
  const refusals = (w: World) => w.log.filter((e) => e.type === 'aftersale_rejected').length;

  it('more no-reason returns per paid order', () => {
    const rate = (ws: World[]) => sum(ws, noReason) / sum(ws, (w) => w.kpi.paidOrders);
    expect(rate(insured)).toBeGreaterThan(rate(plain) * 1.08);
  });

  it('fewer refused buyers take it to the platform', () => {
    expect(sum(plain, refusals)).toBeGreaterThan(150);
    const share = (ws: World[]) => sum(ws, (w) => w.kpi.disputes) / sum(ws, refusals);
    expect(share(insured)).toBeLessThan(share(plain) * 0.85);
  });
});

describe('极速退款: faster refunds for trusted buyers, and empty parcels paid out', () => {
  const run = (enabled: boolean) =>
    SEEDS.map((seed) => play(returnsShop({ instantRefund: { enabled, trustedShare: 0.6 } }), seed));
  const plain = run(false);
  const instant = run(true);
  /** Mean hours from a no-reason return's request to its refund. */
  const hoursToRefund = (ws: World[]) => {
    let total = 0;
    let n = 0;
    for (const w of ws)
      for (const o of orders(w)) {
        const as = o.aftersale;
        if (as?.reason !== 'no_reason' || o.refunded === 0) continue;
        const paid = w.log.find((e) => e.type === 'refunded' && e.order === o.id);
        if (!paid) continue;
        total += paid.t - as.requestedAt;
        n++;
      }
    return total / Math.max(1, n) / HOUR;
  };
  /** Money paid back on return parcels that held nothing. */
  const emptyLoss = (w: World) =>
    orders(w)
      .filter((o) => o.aftersale?.type === 'return' && o.aftersale.condition === 'empty')
      .reduce((s, o) => s + o.refunded, 0);

  it('a trusted buyer is refunded well before the parcel is inspected', () => {
    expect(hoursToRefund(instant)).toBeLessThan(hoursToRefund(plain) * 0.8);
  });

  it('empty parcels refunded on posting are the shop’s loss; inspection stops them otherwise', () => {
    expect(sum(plain, emptyLoss)).toBe(0);
    expect(sum(instant, emptyLoss)).toBeGreaterThan(0);
  });
});

describe('价保: a price cut pays the earlier buyers the difference', () => {
  const cutAt = 6 * HOUR;
  /** Ops cuts the tee's price by 20% once, six hours in. */
  const cutter = () => {
    let done = false;
    return {
      role: 'ops' as const,
      act: (world: World, send: (type: string, p: object) => { ok: boolean }) => {
        if (done || world.clock < cutAt) return;
        done = true;
        expect(send('set_discount', { sku: 'tee', pct: 0.2 }).ok).toBe(true);
      },
    };
  };
  const run = (days: number, cut: boolean) =>
    SEEDS.map((seed) =>
      play(
        returnsShop({ priceProtectionDays: days, priceProtectionClaimRate: 0.4 }),
        seed,
        cut ? cutter() : undefined,
      ),
    );
  const claimed = (w: World) => orders(w).filter((o) => (o.priceProtected ?? 0) > 0);
  const worlds = run(7, true);
  const uncut = run(7, false);
  const unprotected = run(0, true);

  it('claims come from tees paid before the cut, about the claim rate of them', () => {
    let eligible = 0;
    for (const w of worlds) {
      // When the cut landed: the ops seat acts on its first turn at or after six hours.
      const at = w.log.find((e) => e.type === 'price_changed')?.t ?? Infinity;
      const before = (o: Order) => o.sku === 'tee' && (o.paidAt ?? Infinity) < at;
      eligible += orders(w).filter(before).length;
      const claims = claimed(w);
      expect(claims.every(before)).toBe(true);
      for (const o of claims) expect(o.priceProtected).toBeCloseTo(o.amount * 0.2, 1);
    }
    const claims = sum(worlds, (w) => claimed(w).length);
    expect(claims).toBeGreaterThan(eligible * 0.25);
    expect(claims).toBeLessThan(eligible * 0.55);
  });

  it('no cut, or no 价保, no claims', () => {
    expect(sum(uncut, (w) => claimed(w).length)).toBe(0);
    expect(sum(unprotected, (w) => claimed(w).length)).toBe(0);
  });
});
