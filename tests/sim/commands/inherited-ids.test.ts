import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/sim/commands/apply';
import { hashWorld } from '../../../src/sim/engine/hash';
import { COMMAND_TYPES, type SeatRole } from '../../../src/sim/ids';
import { scenarioSchema } from '../../../src/scenario/schema';
import { HUMANS, buyPaid, humanWorld, ok, tinyScenario } from '../helpers';

/**
 * The classroom host takes commands from the network, parsed with JSON.parse, which gives a
 * payload an own `__proto__` key. Every name an object inherits is tried in every place an id
 * goes: the command must be refused and nothing shared may change.
 */
const NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];
const SHAPES = [
  (n: string) => ({ order: n }),
  (n: string) => ({ ticket: n }),
  (n: string) => ({ sku: n }),
  (n: string) => ({ orders: [n] }),
  (n: string) => ({ orders: [n], courier: n }),
  (n: string) => ({ sku: n, price: 10 }),
  (n: string) => ({ sku: n, qty: 1 }),
  (n: string) => ({ sku: n, pct: 0.1 }),
  (n: string) => ({ ticket: n, amount: 5 }),
  (n: string) => ({ order: n, ticket: n }),
  (n: string) => ({ kind: 'stockout', sku: n, at: 0, durationMin: 10 }),
];
const SEAT_OF: Record<SeatRole, string> = {
  warehouse: 'w',
  support: 's',
  ops: 'o',
  buyer: 'b',
  trainer: 't',
};
const ALL = (Object.keys(COMMAND_TYPES) as SeatRole[]).flatMap((role) =>
  COMMAND_TYPES[role].map((type) => ({ role, type: type })),
);

function prototypeSnapshot() {
  return Object.getOwnPropertyNames(Object.prototype).map((k) => [
    k,
    Object.getOwnPropertyDescriptor(Object.prototype, k),
  ]);
}

describe('ids that every object inherits', () => {
  it('are refused in every command and leave the world and Object.prototype unchanged', () => {
    const world = humanWorld();
    const order = buyPaid(world);
    const proto = prototypeSnapshot();
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...SHAPES),
        (cmd, name, shape) => {
          const before = hashWorld(world);
          const payload: unknown = JSON.parse(JSON.stringify(shape('§')).replaceAll('§', name));
          const r = applyCommand(world, {
            seat: SEAT_OF[cmd.role],
            role: cmd.role,
            type: cmd.type,
            payload,
          } as never);
          const bySeat = applyCommand(world, {
            seat: name,
            role: cmd.role,
            type: cmd.type,
            payload: {},
          });
          expect(bySeat.ok).toBe(false);
          // A command with no id field may be accepted; one that names an inherited id may not.
          if (r.ok) expect(JSON.stringify(payload)).not.toContain(name);
          else expect(hashWorld(world)).toBe(before);
        },
      ),
      { numRuns: 600, seed: 11 },
    );
    expect(prototypeSnapshot()).toEqual(proto);
    expect(({} as Record<string, unknown>).sku).toBeUndefined();
    // The world still takes ordinary commands afterwards.
    ok(world, 'w', 'report_stockout', { sku: 'tee' });
    expect(world.orders[order]).toBeDefined();
  });

  it('are refused as ids in a scenario file, with the field named', () => {
    const base = tinyScenario();
    const r = scenarioSchema.safeParse({
      ...base,
      catalogue: [{ ...base.catalogue[0], id: 'constructor' }, base.catalogue[1]],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['catalogue', 0, 'id']);
    expect(r.error?.issues[0]?.message).toMatch(/reserved/);
  });

  it('a seat id never resolves to an inherited member', () => {
    const world = humanWorld();
    expect(HUMANS.map((s) => s.id)).not.toContain('constructor');
    const r = applyCommand(world, {
      seat: 'constructor',
      role: 'ops',
      type: 'read_funnel',
      payload: {},
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasonKey).toBe('unknown_seat');
  });
});
