import type { IncidentDef } from '../../scenario/schema';
import { schedule } from '../engine/agenda';
import { emit } from '../engine/log';
import { postReview, rateOrder } from '../customers/after-delivery';
import { requestAftersale } from '../orders/aftersale';
import { orderCan } from '../orders/move';
import { randInt } from '../rng';
import type { ActiveIncident, Order, World } from '../world';

/** Starts an incident card now: a scheduled one (`inc<i>`) or one a trainer injected. */
export function startIncident(
  world: World,
  id: string,
  def: IncidentDef,
  injectedBy?: string,
): void {
  const inc: ActiveIncident = {
    id,
    kind: def.kind,
    start: world.clock,
    end: world.clock + def.durationMin * 60,
    active: true,
  };
  if (injectedBy) inc.injectedBy = injectedBy;
  switch (def.kind) {
    case 'traffic_surge':
      inc.factor = def.factor;
      break;
    case 'courier_delay':
      inc.courier = def.courier;
      inc.factor = def.factor;
      break;
    case 'oversell': {
      inc.sku = def.sku;
      inc.mode = def.mode;
      const sku = world.skus[def.sku];
      // The shelf holds fewer units than the system believes: nobody notices until picking.
      if (sku && def.mode === 'mismatch') sku.stock = Math.max(0, sku.stock - def.missingUnits);
      break;
    }
    case 'price_mistake': {
      inc.sku = def.sku;
      const sku = world.skus[def.sku];
      if (sku) {
        inc.priorPrice = sku.price;
        sku.price = Math.round(sku.price * def.factor * 100) / 100;
        emit(world, {
          type: 'price_changed',
          role: 'system',
          sku: sku.id,
          value: sku.price,
          incident: id,
        });
      }
      break;
    }
    case 'bad_review_storm':
      inc.sku = def.sku;
      inc.count = def.reviews;
      break;
    case 'fraudulent_refund':
      inc.count = def.claims;
      break;
    case 'supplier_delay':
      inc.extraHours = def.extraHours;
      break;
    case 'system_outage':
      inc.system = def.system;
      break;
    case 'quality_complaint_wave':
      inc.sku = def.sku;
      inc.defectRate = def.defectRate;
      inc.count = def.complaints;
      break;
  }
  world.incidents[id] = inc;
  emit(world, {
    type: 'incident_started',
    role: 'system',
    incident: id,
    incidentKind: def.kind,
    sku: inc.sku,
  });
  schedule(world, inc.end, 'incident_end', id);
  const drips = inc.count ?? 0;
  for (let i = 0; i < drips; i++) {
    schedule(world, inc.start + ((i + 0.5) * (inc.end - inc.start)) / drips, 'incident_drip', id);
  }
}

/** Ends an incident card (a wrong price stays wrong until operations fixes it). */
export function endIncident(world: World, id: string): void {
  const inc = world.incidents[id];
  if (!inc?.active) return;
  inc.active = false;
  emit(world, { type: 'incident_ended', role: 'system', incident: id, incidentKind: inc.kind });
}

/** One drop of a spread-out incident: a storm review, a fake claim, a quality complaint. */
export function incidentDrip(world: World, id: string): void {
  const inc = world.incidents[id];
  if (!inc) return;
  if (inc.kind === 'bad_review_storm' && inc.sku) {
    const description = randInt(world.rng, 1, 2);
    // The storm is about the goods; the other two axes are what this buyer's order really got.
    const order = stormOrder(world, inc.sku);
    const axes = order ? rateOrder(world, order) : undefined;
    const service = axes?.service ?? 5;
    const logistics = axes?.logistics ?? 5;
    postReview(world, {
      ...(order ? { order: order.id } : {}),
      sku: inc.sku,
      t: world.clock,
      stars: description,
      description,
      service,
      logistics,
      textKey: 'review.storm',
      followedUp: false,
    });
    return;
  }
  const claimable =
    inc.kind === 'quality_complaint_wave'
      ? ['delivered', 'completed', 'reviewed']
      : ['completed', 'reviewed', 'delivered'];
  for (const order of Object.values(world.orders)) {
    if (!claimable.includes(order.state) || order.aftersale) continue;
    if (inc.kind === 'quality_complaint_wave' && order.sku !== inc.sku) continue;
    if (!orderCan(order, 'REQUEST_REFUND')) continue;
    if (inc.kind === 'fraudulent_refund')
      requestAftersale(world, order, 'refund_only', 'fake_claim', id);
    else {
      order.defective = true;
      requestAftersale(world, order, 'return', 'defect', id);
    }
    return;
  }
}

/**
 * The buyer behind a storm review: a delivered order of the SKU not yet reviewed, picked by
 * the world's RNG so the same seed tells the same story.
 */
function stormOrder(world: World, sku: string): Order | undefined {
  const pool: Order[] = [];
  for (const o of Object.values(world.orders)) {
    if (o.sku === sku && o.deliveredAt !== undefined && o.review === undefined) pool.push(o);
  }
  if (pool.length === 0) return undefined;
  return pool[randInt(world.rng, 0, pool.length - 1)];
}
