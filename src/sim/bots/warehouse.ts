import { nextTimeOfDay } from '../engine/clock';
import { courierDelayFactor } from '../incidents/effects';
import { crewBacklog } from '../warehouse/labor';
import { chance, pickWeighted } from '../rng';
import type { Order, World } from '../world';
import type { BotPolicy } from './run';

const LOOKAHEAD = 90;

/** The courier whose truck leaves soonest (a careful planner), or simply the cheapest. */
function chooseCourier(world: World, smart: boolean): string {
  const couriers = world.scenario.couriers;
  if (!smart) return [...couriers].sort((a, b) => a.costPerParcel - b.costPerParcel)[0]?.id ?? '';
  let best = couriers[0];
  let bestAt = Infinity;
  for (const c of couriers) {
    const at = Math.min(...c.pickups.map((p) => nextTimeOfDay(world, p, world.clock + 120)));
    // An announced courier delay (the incident alert names the courier) counts against it.
    const score =
      at + c.transitHours * courierDelayFactor(world, c.id) * 600 + c.costPerParcel * 60;
    if (score < bestAt) {
      bestAt = score;
      best = c;
    }
  }
  return best?.id ?? '';
}

/**
 * 仓储 bot: keeps pickers and packers busy with the most urgent orders, prints waybills and
 * hands parcels over, reports stock-outs and inspects returns by their real condition.
 */
export const warehouseBot: BotPolicy = (world, _seat, p, act) => {
  const q = world.queues;
  for (const id of [...q.returns]) {
    const o = world.orders[id];
    if (!o?.aftersale) continue;
    if (o.state === 'return_in_transit' || o.state === 'exchange_in_transit')
      act({ type: 'receive_return', payload: { order: id } });
    if (
      (o.state === 'return_received' || o.state === 'exchange_received') &&
      !o.aftersale.verdict
    ) {
      act({ type: 'inspect_return', payload: { order: id, ...verdict(o, p.carefulInspection) } });
    }
  }
  if (q.labelled.length > 0)
    act({ type: 'handover', payload: { orders: q.labelled.slice(0, 500) } });
  if (q.packed.length > 0)
    act({
      type: 'print_waybill',
      payload: { orders: q.packed.slice(0, 500), courier: chooseCourier(world, p.smartCourier) },
    });
  while (q.picked.length > 0 && crewBacklog(world, world.labor.packers) < LOOKAHEAD) {
    if (!act({ type: 'pack_orders', payload: { orders: q.picked.slice(0, 4), verify: p.verify } }))
      break;
  }
  reportStockouts(world, p.stockCare, act);
  if (crewBacklog(world, world.labor.pickers) >= LOOKAHEAD) return;
  // Waves group one SKU so a picker walks to one bin; the most urgent promise goes first.
  const bySku = new Map<string, string[]>();
  for (const id of q.pick) {
    const o = world.orders[id];
    if (!o || (o.stockout && world.skus[o.sku]?.stockoutReported)) continue;
    const list = bySku.get(o.sku);
    if (list) list.push(id);
    else bySku.set(o.sku, [id]);
  }
  const waves: string[][] = [];
  for (const ids of bySku.values()) {
    if (p.smartCourier)
      ids.sort((a, b) => (world.orders[a]?.shipBy ?? 0) - (world.orders[b]?.shipBy ?? 0));
    for (let i = 0; i < ids.length; i += p.wave) waves.push(ids.slice(i, i + p.wave));
  }
  const due = (w: string[]) => world.orders[w[0] as string]?.shipBy ?? 0;
  waves.sort((a, b) => due(a) - due(b));
  for (const wave of waves) {
    if (crewBacklog(world, world.labor.pickers) >= LOOKAHEAD) break;
    const sku = world.orders[wave[0] as string]?.sku ?? '';
    const wrong = wave.filter(() => chance(world.rng, p.mispick));
    const right = wave.filter((id) => !wrong.includes(id));
    if (right.length > 0) act({ type: 'pick_wave', payload: { orders: right } });
    for (const id of wrong)
      act({ type: 'pick_wave', payload: { orders: [id], sku: otherSku(world, sku) } });
  }
};

function otherSku(world: World, sku: string): string {
  const others = Object.keys(world.skus).filter((s) => s !== sku);
  return (
    others[
      pickWeighted(
        world.rng,
        others.map(() => 1),
      )
    ] ?? sku
  );
}

function verdict(o: Order, careful: boolean) {
  if (!careful) return { disposition: 'restock', refund: 'full' } as const;
  switch (o.aftersale?.condition) {
    case 'used':
      return { disposition: 'refurbish', refund: 'partial' } as const;
    case 'defective':
      return { disposition: 'write_off', refund: 'full' } as const;
    case 'empty':
      return { disposition: 'write_off', refund: 'none' } as const;
    default:
      return { disposition: 'restock', refund: 'full' } as const;
  }
}

function reportStockouts(world: World, care: number, act: Parameters<BotPolicy>[3]): void {
  if (care <= 0) return;
  const seen = new Set<string>();
  for (const id of world.queues.pick) {
    const o = world.orders[id];
    if (!o?.stockout || seen.has(o.sku)) continue;
    seen.add(o.sku);
    const sku = world.skus[o.sku];
    if (sku && !sku.stockoutReported && chance(world.rng, care)) {
      act({ type: 'report_stockout', payload: { sku: o.sku } });
      if (care >= 1) act({ type: 'cycle_count', payload: { sku: o.sku } });
    }
  }
}
