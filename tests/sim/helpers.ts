import { expect } from 'vitest';
import { loadSopLibrary } from '../../src/scenario/load-file';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';
import { applyCommand } from '../../src/sim/commands/apply';
import { advance } from '../../src/sim/engine/advance';
import { createWorld, type WorldOptions } from '../../src/sim/engine/create-world';
import { hashWorld } from '../../src/sim/engine/hash';
import type { CommandType, SeatRole } from '../../src/sim/ids';
import type { Command, CommandResult, Order, Seat, World } from '../../src/sim/world';

const text = (en: string) => ({ 'zh-CN': en, en });

/**
 * A tiny shop for command tests: two SKUs, two couriers that never lose a parcel, no traffic
 * of its own (only the seats' customers order), a ten-hour day from 09:00.
 */
export function tinyScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const base: ScenarioInput = {
    id: 'tiny',
    version: 1,
    title: text('Tiny shop'),
    module: 'full_chain',
    difficulty: 1,
    story: text('A tiny shop.'),
    briefing: text('Run it.'),
    roles: ['buyer', 'support', 'ops', 'warehouse'],
    focusRole: 'warehouse',
    lengthMin: 600,
    startTime: '09:00',
    timeScale: 60,
    seed: 7,
    catalogue: [
      { id: 'tee', name: text('Tee'), price: 59, cost: 22, stock: 20, bin: 'A-01' },
      { id: 'mug', name: text('Mug'), price: 35, cost: 12, stock: 3, bin: 'B-02' },
    ],
    demand: {
      channels: {},
      personas: [{ id: 'student', name: text('Student'), share: 1 }],
    },
    couriers: [
      {
        id: 'swift',
        name: text('Swift'),
        costPerParcel: 4,
        transitHours: 2,
        lossRate: 0,
        pickups: ['10:00', '14:00', '18:00'],
      },
      {
        id: 'rapid',
        name: text('Rapid'),
        costPerParcel: 9,
        transitHours: 1,
        lossRate: 0,
        pickups: ['12:00'],
      },
    ],
    targets: [{ kpi: 'paid_orders', op: '>=', value: 1 }],
  };
  return scenarioSchema.parse({ ...base, ...overrides });
}

/** The built-in SOP card with this id (as the loader would merge it into a scenario). */
export function libraryCard(id: string) {
  const card = loadSopLibrary().find((c) => c.id === id);
  if (!card) throw new Error(`no SOP card "${id}" in the built-in library`);
  return card;
}

/** One person per role, plus a second buyer: nobody is a bot. */
export const HUMANS: Seat[] = [
  { id: 'w', role: 'warehouse' },
  { id: 's', role: 'support' },
  { id: 'o', role: 'ops' },
  { id: 'b', role: 'buyer' },
  { id: 'b2', role: 'buyer' },
  { id: 't', role: 'trainer' },
];

export function humanWorld(scenario: Scenario = tinyScenario(), options: WorldOptions = {}): World {
  return createWorld(scenario, { seats: HUMANS, ...options });
}

/** Sends a command from a seat, with the seat's own role unless `role` says otherwise. */
export function send(
  world: World,
  seat: string,
  type: CommandType,
  payload: Record<string, unknown> = {},
  role?: SeatRole,
): CommandResult {
  const r = role ?? world.seats[seat]?.role ?? 'buyer';
  return applyCommand(world, { seat, role: r, type, payload });
}

/** Sends a command that must be accepted; returns the events it produced. */
export function ok(
  world: World,
  seat: string,
  type: CommandType,
  payload: Record<string, unknown> = {},
) {
  const result = send(world, seat, type, payload);
  if (!result.ok) throw new Error(`${type} from ${seat} was refused: ${result.reason}`);
  return result.events;
}

/**
 * Sends a command that must be refused with `reasonKey`, and checks the refusal left the
 * world exactly as it was.
 */
export function refused(
  world: World,
  command: Omit<Command, 'payload'> & { payload?: unknown },
  reasonKey: string,
) {
  const before = hashWorld(world);
  const log = world.log.length;
  const result = applyCommand(world, command as Command);
  expect(result.ok, `${command.type} should be refused with ${reasonKey}`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.reasonKey).toBe(reasonKey);
  expect(result.reason.length).toBeGreaterThan(0);
  expect(world.log.length).toBe(log);
  expect(hashWorld(world)).toBe(before);
  return result;
}

/** Shorthand for `refused` from a seat with its own role. */
export function refusedFrom(
  world: World,
  seat: string,
  type: string,
  payload: unknown,
  reasonKey: string,
) {
  const role = world.seats[seat]?.role ?? 'buyer';
  return refused(world, { seat, role, type: type as CommandType, payload }, reasonKey);
}

export function order(world: World, id: string): Order {
  const o = world.orders[id];
  if (!o) throw new Error(`no order ${id}`);
  return o;
}

/** The latest order of the customer a buyer seat plays. */
export function lastOrderOf(world: World, seat: string): string {
  const customer = world.seats[seat]?.customer;
  const id = customer ? world.customers[customer]?.order : undefined;
  if (!id) throw new Error(`seat ${seat} has no order`);
  return id;
}

/** Buyer seat browses, adds to cart, orders and pays one unit; returns the order id. */
export function buyPaid(world: World, seat = 'b', sku = 'tee', qty = 1): string {
  ok(world, seat, 'browse', { sku });
  ok(world, seat, 'add_to_cart', { sku });
  ok(world, seat, 'place_order', { sku, qty });
  const id = lastOrderOf(world, seat);
  ok(world, seat, 'pay_order', { order: id });
  return id;
}

/** Advances second by second until `done` holds; fails after `max` sim-seconds. */
export function advanceUntil(world: World, done: () => boolean, max = 86_400, step = 1): void {
  const limit = world.clock + max;
  while (!done()) {
    if (world.clock >= limit || world.finished) {
      throw new Error(`condition not met by t=${world.clock}`);
    }
    advance(world, step);
  }
}

/** Warehouse seat `w` picks one order and waits until it is picked. */
export function pick(world: World, id: string, sku?: string): void {
  ok(world, 'w', 'pick_wave', sku ? { orders: [id], sku } : { orders: [id] });
  advanceUntil(world, () => order(world, id).state !== 'picking', 3600);
}

/** Picks, packs (with the scan check), labels and hands over one order. */
export function shipOut(world: World, id: string, courier = 'swift'): void {
  pick(world, id);
  ok(world, 'w', 'pack_orders', { orders: [id] });
  advanceUntil(world, () => order(world, id).state === 'packed', 3600);
  ok(world, 'w', 'print_waybill', { orders: [id], courier });
  ok(world, 'w', 'handover', { orders: [id] });
}

/** Ships an order out and waits until the courier has delivered it. */
export function deliverOrder(world: World, id: string, courier = 'swift'): void {
  shipOut(world, id, courier);
  advanceUntil(world, () => order(world, id).state === 'delivered', 86_400, 10);
}

/** Event types in a list of events. */
export const types = (events: readonly { type: string }[]) => events.map((e) => e.type);
