import { describe, expect, it } from 'vitest';
import { applyCommand, checkCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { COMMAND_TYPES, ROLES } from '../../../src/sim/ids';
import { buyPaid, humanWorld, ok, refused } from '../helpers';

describe('applyCommand: who may send what', () => {
  it('refuses a seat that is not in the session', () => {
    const world = humanWorld();
    const r = refused(
      world,
      { seat: 'ghost', role: 'warehouse', type: 'read_funnel', payload: {} },
      'unknown_seat',
    );
    expect(r.params).toEqual({ seat: 'ghost' });
    expect(r.reason).toContain('ghost');
  });

  it('refuses a seat that claims a role it does not hold', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    refused(
      world,
      { seat: 'w', role: 'support', type: 'approve_aftersale', payload: { order: id } },
      'wrong_role',
    );
  });

  it("refuses every command outside the seat's role", () => {
    const world = humanWorld();
    for (const role of [...ROLES, 'trainer'] as const) {
      const seat = { warehouse: 'w', support: 's', ops: 'o', buyer: 'b', trainer: 't' }[role];
      const mine = new Set<string>(COMMAND_TYPES[role]);
      for (const other of Object.values(COMMAND_TYPES).flat()) {
        if (mine.has(other)) continue;
        refused(world, { seat, role, type: other, payload: {} }, 'not_your_role');
      }
    }
  });

  it('refuses a command type that does not exist', () => {
    const world = humanWorld();
    const r = refused(
      world,
      { seat: 'o', role: 'ops', type: 'delete_shop' as never, payload: {} },
      'unknown_command',
    );
    expect(r.params).toEqual({ type: 'delete_shop' });
    // An inherited property name is not a command either.
    refused(
      world,
      { seat: 'o', role: 'ops', type: 'toString' as never, payload: {} },
      'unknown_command',
    );
  });

  it('refuses a malformed payload and names the field', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    expect(
      refused(world, { seat: 'b', role: 'buyer', type: 'pay_order', payload: {} }, 'bad_payload')
        .params?.field,
    ).toBe('order');
    expect(
      refused(
        world,
        { seat: 'b', role: 'buyer', type: 'pay_order', payload: { order: 42 } },
        'bad_payload',
      ).params?.field,
    ).toBe('order');
    // Unknown fields are refused, not ignored: a typo never silently does something else.
    refused(
      world,
      { seat: 'b', role: 'buyer', type: 'pay_order', payload: { order: id, extra: 1 } },
      'bad_payload',
    );
    refused(
      world,
      { seat: 'b', role: 'buyer', type: 'place_order', payload: 'tee' },
      'bad_payload',
    );
    refused(
      world,
      { seat: 'w', role: 'warehouse', type: 'pick_wave', payload: { orders: [] } },
      'bad_payload',
    );
  });

  it('takes no commands once the run has finished', () => {
    const world = humanWorld();
    advance(world, world.end);
    expect(world.finished).toBe(true);
    refused(world, { seat: 'o', role: 'ops', type: 'read_funnel', payload: {} }, 'run_finished');
  });

  it('logs an accepted command for replay, with its payload defaults filled in', () => {
    const world = humanWorld();
    advance(world, 5);
    ok(world, 'b', 'browse', { sku: 'tee' });
    ok(world, 'b', 'place_order', { sku: 'tee' });
    expect(world.commandLog.map((c) => [c.t, c.command.type, c.command.payload])).toEqual([
      [5, 'browse', { sku: 'tee' }],
      [5, 'place_order', { sku: 'tee', qty: 1 }],
    ]);
    const last = world.log.at(-1);
    expect(last).toMatchObject({
      type: 'command',
      seat: 'b',
      role: 'buyer',
      command: 'place_order',
    });
  });

  it('passes a null payload to validation instead of crashing', () => {
    const world = humanWorld();
    const result = applyCommand(world, {
      seat: 'o',
      role: 'ops',
      type: 'read_funnel',
      payload: null as never,
    });
    expect(result.ok).toBe(true);
  });
});

describe('checkCommand: the same verdict without the change', () => {
  it('refuses as applyCommand would and leaves the world as it was', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    const before = JSON.stringify(world);
    const wrong = {
      seat: 'w',
      role: 'support',
      type: 'approve_aftersale',
      payload: { order: id },
    } as const;
    expect(checkCommand(world, wrong)).toMatchObject({
      ok: false,
      reasonKey: 'wrong_role',
    });
    const fine = { seat: 'o', role: 'ops', type: 'read_funnel', payload: {} } as const;
    expect(checkCommand(world, fine)).toMatchObject({ ok: true });
    expect(JSON.stringify(world)).toBe(before);
    expect(applyCommand(world, fine).ok).toBe(true);
  });
});
