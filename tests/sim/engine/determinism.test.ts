import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { botSeats, createWorld } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import { playToEnd } from '../../../src/sim/engine/play';
import { humanCommands, replay } from '../../../src/sim/engine/replay';
import { computeKpis } from '../../../src/sim/kpi/compute';
import type { Seat, World } from '../../../src/sim/world';
import { buyPaid, deliverOrder, ok, tinyScenario } from '../helpers';

const scenario = loadScenarioFile('tests/fixtures/sim/cross-role.yaml');

describe('determinism', () => {
  it('the same scenario and seed give the same world, bit for bit', () => {
    const a = playToEnd(scenario, { seed: 3 });
    const b = playToEnd(scenario, { seed: 3 });
    expect(a.finished).toBe(true);
    expect(computeKpis(a).paid_orders).toBeGreaterThan(50);
    expect(hashWorld(a)).toBe(hashWorld(b));
    expect(computeKpis(a)).toEqual(computeKpis(b));
  });

  it('another seed gives other customers and another world', () => {
    const a = playToEnd(scenario, { seed: 3 });
    const b = playToEnd(scenario, { seed: 4 });
    expect(hashWorld(a)).not.toBe(hashWorld(b));
    expect(Object.keys(a.orders)).not.toEqual(Object.keys(b.orders));
  });

  it('the scenario seed is the default seed', () => {
    expect(hashWorld(playToEnd(scenario))).toBe(
      hashWorld(playToEnd(scenario, { seed: scenario.seed })),
    );
  });

  it('worlds advanced side by side end as each would alone (no shared state)', () => {
    const alone = [3, 4, 3].map((seed) => hashWorld(playToEnd(scenario, { seed })));
    const worlds = [3, 4, 3].map((seed) => createWorld(scenario, { seed }));
    while (worlds.some((w) => !w.finished)) {
      // Uneven steps, so the worlds are never at the same clock when they interleave.
      worlds.forEach((w, i) => advance(w, 313 + 97 * i));
    }
    expect(worlds.map(hashWorld)).toEqual(alone);
  });

  it('a run leaves the scenario it was given untouched', () => {
    const before = JSON.stringify(scenario);
    playToEnd(scenario, { seed: 9, botLevel: 'novice' });
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('bots decide the same way every time, at every level', () => {
    for (const level of ['novice', 'competent', 'expert'] as const) {
      const a = playToEnd(scenario, { seed: 6, botLevel: level });
      const b = playToEnd(scenario, { seed: 6, botLevel: level });
      expect(a.commandLog.length, `${level} bots act`).toBeGreaterThan(100);
      expect(a.commandLog).toEqual(b.commandLog);
      expect(hashWorld(a)).toBe(hashWorld(b));
      // Only people's commands are kept for a replay: the bots play again, identically.
      expect(humanCommands(a)).toEqual([]);
      expect(hashWorld(replay(scenario, { seed: 6, botLevel: level }, []))).toBe(hashWorld(a));
    }
  });

  it('bot levels play differently', () => {
    const novice = playToEnd(scenario, { seed: 6, botLevel: 'novice' });
    const expert = playToEnd(scenario, { seed: 6, botLevel: 'expert' });
    expect(hashWorld(novice)).not.toBe(hashWorld(expert));
    expect(botSeats(scenario, 'expert').every((s) => s.bot === 'expert')).toBe(true);
  });

  it('a saved world (plain JSON) resumes exactly where it left off', () => {
    const live = createWorld(scenario, { seed: 8 });
    advance(live, 4 * 3600 + 17);
    const saved: World = JSON.parse(JSON.stringify(live)) as World;
    expect(hashWorld(saved)).toBe(hashWorld(live));
    advance(live, live.end);
    advance(saved, saved.end);
    expect(hashWorld(saved)).toBe(hashWorld(live));
  });

  it("people's commands replay to the same world, with bots in the other seats", () => {
    const tiny = tinyScenario({
      demand: {
        channels: { organic: { visitorsPerHour: 120 } },
        personas: [{ id: 'student', name: { 'zh-CN': '学生', en: 'Student' }, share: 1 }],
      },
      policies: { customerPace: 4 },
    });
    const seats: Seat[] = [
      { id: 'b', role: 'buyer' },
      { id: 'w', role: 'warehouse' },
      { id: 'bot-s', role: 'support', bot: 'expert' },
      { id: 'bot-o', role: 'ops', bot: 'competent' },
    ];
    const world = createWorld(tiny, { seed: 12, seats });
    advance(world, 95);
    const id = buyPaid(world);
    advance(world, 30);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'size' });
    advance(world, 3600);
    const people = humanCommands(world);
    expect(people.map((c) => c.command.seat)).toContain('w');
    expect(world.commandLog.some((c) => c.command.seat === 'bot-s')).toBe(true);
    const again = replay(tiny, { seed: 12, seats }, people, world.clock);
    expect(hashWorld(again)).toBe(hashWorld(world));
    // And to the end of the day, the same as playing on.
    advance(world, world.end);
    expect(hashWorld(replay(tiny, { seed: 12, seats }, people))).toBe(hashWorld(world));
  });

  it('a replay that does not match its world fails loudly instead of drifting', () => {
    const tiny = tinyScenario();
    const seats: Seat[] = [{ id: 'b', role: 'buyer' }];
    expect(() =>
      replay(tiny, { seats }, [
        {
          t: 10,
          command: { seat: 'b', role: 'buyer', type: 'pay_order', payload: { order: 'o1' } },
        },
      ]),
    ).toThrow(/refused/);
  });

  it('the flash-sale day is deterministic too (first three hours)', () => {
    const flash = loadScenarioFile('scenarios/flash-sale-shipping.yaml');
    const run = () => {
      const w = createWorld(flash);
      advance(w, 3 * 3600);
      return w;
    };
    const a = run();
    expect(Object.keys(a.orders).length).toBeGreaterThan(100);
    expect(hashWorld(run())).toBe(hashWorld(a));
  });
});
