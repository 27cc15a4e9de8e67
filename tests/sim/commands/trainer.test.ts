import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { buyPaid, humanWorld, ok, order, refusedFrom, types } from '../helpers';

describe('trainer commands', () => {
  it('injects an incident card that starts now and ends after its duration', () => {
    const world = humanWorld();
    advance(world, 100);
    const events = ok(world, 't', 'inject_incident', {
      kind: 'price_mistake',
      at: 0,
      sku: 'tee',
      factor: 0.1,
      durationMin: 5,
    });
    expect(types(events)).toEqual(expect.arrayContaining(['incident_started', 'price_changed']));
    const inc = Object.values(world.incidents)[0];
    expect(inc).toMatchObject({ kind: 'price_mistake', start: 100, end: 400, injectedBy: 't' });
    expect(order(world, buyPaid(world)).amount).toBe(5.9);
    // Operations puts the price right, which ends the damage.
    ok(world, 'o', 'set_price', { sku: 'tee', price: 59 });
    expect(inc && world.incidents[inc.id]?.active).toBe(false);
  });

  it('refuses incidents about things the scenario does not have', () => {
    const world = humanWorld();
    refusedFrom(
      world,
      't',
      'inject_incident',
      { kind: 'bad_review_storm', at: 0, sku: 'hat', reviews: 3 },
      'unknown_sku',
    );
    refusedFrom(
      world,
      't',
      'inject_incident',
      { kind: 'courier_delay', at: 0, courier: 'ems', factor: 2 },
      'unknown_courier',
    );
    refusedFrom(world, 't', 'inject_incident', { kind: 'meteor', at: 0 }, 'bad_payload');
    refusedFrom(
      world,
      't',
      'inject_incident',
      { kind: 'traffic_surge', at: 0, factor: 0.5 },
      'bad_payload',
    );
  });

  it('a bad-review storm posts its reviews over the duration', () => {
    const world = humanWorld();
    ok(world, 't', 'inject_incident', {
      kind: 'bad_review_storm',
      at: 0,
      sku: 'tee',
      reviews: 4,
      durationMin: 4,
    });
    advance(world, 4 * 60);
    expect(world.reviews).toHaveLength(4);
    expect(world.reviews.every((r) => r.stars <= 2)).toBe(true);
  });
});
