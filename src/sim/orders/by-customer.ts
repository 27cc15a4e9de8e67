import type { Order, World } from '../world';

/**
 * Orders per customer: a derived index, never part of the world's JSON (so hashes and saves
 * are unchanged). It is keyed on the `orders` record itself, built by one scan the first time
 * a world (or a loaded copy) is asked, and kept current by `addOrder` — the one way orders
 * enter a world — so a buyer's record costs their own orders, not the whole day's.
 */
const INDEX = new WeakMap<Record<string, Order>, Map<string, Order[]>>();

function build(orders: Record<string, Order>): Map<string, Order[]> {
  const byCustomer = new Map<string, Order[]>();
  for (const o of Object.values(orders)) push(byCustomer, o);
  INDEX.set(orders, byCustomer);
  return byCustomer;
}

function push(byCustomer: Map<string, Order[]>, o: Order): void {
  const list = byCustomer.get(o.customer);
  if (list) list.push(o);
  else byCustomer.set(o.customer, [o]);
}

/** Puts a new order into the world, keeping the customer index current. */
export function addOrder(world: World, order: Order): void {
  world.orders[order.id] = order;
  const byCustomer = INDEX.get(world.orders);
  if (byCustomer) push(byCustomer, order);
}

/** The customer's orders, oldest first (the order they entered the world). */
export function ordersOf(world: World, customer: string): readonly Order[] {
  return (INDEX.get(world.orders) ?? build(world.orders)).get(customer) ?? [];
}
