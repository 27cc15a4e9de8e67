import type { OrderState } from '../sim/machines/order.machine';
import type { Order, World } from '../sim/world';

/**
 * A synthetic order stream for the frame-rate bench: `n` orders always on the map, each
 * stepping along the outbound line (some into returns) every 0.6–2.4 s, and replaced by a new
 * order when it leaves. Deterministic (its own LCG), so runs compare.
 */
const OUTBOUND: OrderState[] = [
  'created',
  'paid',
  'picking',
  'picked',
  'packing',
  'packed',
  'labelled',
  'handed_over',
  'in_transit',
];
const RETURNS: OrderState[] = ['return_requested', 'return_in_transit', 'return_received'];

export class SyntheticOrders {
  private readonly due = new Map<string, number>();
  private seq = 0;
  private rng = 12345;

  constructor(
    private readonly world: World,
    private readonly n: number,
  ) {
    world.orders = {};
    for (let i = 0; i < n; i++) {
      // Spread the first orders along the whole line so every lane is busy from the start.
      const order = this.add(0);
      order.state = OUTBOUND[i % OUTBOUND.length] ?? 'created';
    }
  }

  private random(): number {
    this.rng = (Math.imul(this.rng, 1664525) + 1013904223) >>> 0;
    return this.rng / 2 ** 32;
  }

  private add(now: number): Order {
    const id = `bench${this.seq++}`;
    const sku = Object.keys(this.world.skus)[0] ?? 'sku';
    const order: Order = {
      id,
      customer: 'bench',
      sku,
      qty: 1,
      unitPrice: 99,
      discount: 0,
      amount: 99,
      channel: 'organic',
      state: 'created',
      createdAt: this.world.clock,
      addressOk: true,
      refunded: 0,
      compensation: 0,
      late: this.random() < 0.08,
    };
    this.world.orders[id] = order;
    this.due.set(id, now + 600 + this.random() * 1800);
    return order;
  }

  /** Advances every order whose time has come; `now` is real milliseconds. */
  tick(now: number): void {
    this.world.clock += 1;
    for (const [id, at] of this.due) {
      if (at > now) continue;
      const order = this.world.orders[id];
      if (!order) continue;
      const next = this.next(order.state);
      if (next) {
        order.state = next;
        // Parcels leave the road quickly, so the convoy stays within the map's view.
        const dwell =
          next === 'in_transit' ? 300 + this.random() * 500 : 600 + this.random() * 1800;
        this.due.set(id, now + dwell);
      } else {
        delete this.world.orders[id];
        this.due.delete(id);
        this.add(now);
      }
    }
  }

  private next(state: OrderState): OrderState | null {
    const r = RETURNS.indexOf(state);
    if (r >= 0) return RETURNS[r + 1] ?? null;
    if (state === 'in_transit') return this.random() < 0.15 ? 'return_requested' : null;
    return OUTBOUND[OUTBOUND.indexOf(state) + 1] ?? null;
  }

  get size(): number {
    return this.n;
  }
}
