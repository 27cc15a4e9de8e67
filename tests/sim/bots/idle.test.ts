import { describe, expect, it } from 'vitest';
import { BOT_PROFILES } from '../../../src/sim/bots/levels';
import type { BotTurn } from '../../../src/sim/bots/policy';
import { chatTurn, isDormant, supportBot, supportIdle } from '../../../src/sim/bots/support';
import { warehouseBot, warehouseIdle } from '../../../src/sim/bots/warehouse';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { observeSupport, observeWarehouse } from '../../../src/sim/observe';
import type { BotLevel } from '../../../src/sim/ids';
import { tinyScenario } from '../helpers';

const scenario = tinyScenario({
  lengthMin: 240,
  demand: {
    channels: { organic: { visitorsPerHour: 400 } },
    personas: [
      {
        id: 'student',
        name: { 'zh-CN': '学生', en: 'Student' },
        share: 1,
        returnRate: 0.4,
        fraudRate: 0.1,
      },
    ],
  },
  policies: { customerPace: 24, shipByHours: 2, restockLeadHours: 1, returnWindowDays: 1 },
});

/** A turn that records everything the policy does with its dice, notes and hands. */
function recordingTurn(level: BotLevel, notes: Record<string, number>) {
  const did: string[] = [];
  const turn: BotTurn = {
    profile: BOT_PROFILES[level],
    notes: new Proxy(notes, {
      set: (target, key, value) => {
        did.push(`note ${String(key)}`);
        return Reflect.set(target, key, value);
      },
    }),
    chance: () => (did.push('dice'), false),
    pickWeighted: () => (did.push('dice'), 0),
    act: (c) => (did.push(`act ${c.type}`), false),
  };
  return { turn, did };
}

describe('a bot turn the runner skips as idle would have done nothing', () => {
  it.each(['novice', 'competent', 'expert'] as const)(
    '%s support and warehouse: idle means no command, no dice and no note, and the desk is idle at times',
    (level) => {
      const world = createWorld(scenario, { seed: 5, botLevel: level });
      let idleSeen = 0;
      let busySeen = 0;
      while (world.clock < world.end - 1) {
        advance(world, 7);
        for (const seat of Object.values(world.seats)) {
          const notes = structuredClone(world.bots[seat.id]?.notes ?? {});
          if (seat.role === 'support') {
            const { turn, did } = recordingTurn(level, notes);
            if (!supportIdle(observeSupport(world, seat.id), turn)) {
              busySeen++;
              continue;
            }
            idleSeen++;
            supportBot(observeSupport(world, seat.id), turn);
            expect(did).toEqual([]);
          } else if (seat.role === 'warehouse') {
            const { turn, did } = recordingTurn(level, notes);
            if (!warehouseIdle(observeWarehouse(world), turn)) {
              busySeen++;
              continue;
            }
            idleSeen++;
            warehouseBot(observeWarehouse(world), turn);
            expect(did).toEqual([]);
          }
        }
      }
      expect(idleSeen).toBeGreaterThan(0);
      expect(busySeen).toBeGreaterThan(0);
    },
  );
});

describe('a chat a support bot passes by for good', () => {
  it('is one the bot would do nothing on, whatever the level, and a forgetful desk has them', () => {
    let dormant = 0;
    for (const level of ['novice', 'competent', 'expert'] as const) {
      const world = createWorld(scenario, { seed: 7, botLevel: level });
      while (world.clock < world.end - 1) {
        advance(world, 31);
        for (const seat of Object.values(world.seats)) {
          if (seat.role !== 'support') continue;
          const notes = world.bots[seat.id]?.notes ?? {};
          const obs = observeSupport(world, seat.id);
          for (const t of obs.tickets()) {
            if (!isDormant(t, notes)) continue;
            dormant++;
            const { turn, did } = recordingTurn(level, structuredClone(notes));
            chatTurn(obs, turn, t, turn.act);
            expect(did).toEqual([]);
          }
        }
      }
    }
    expect(dormant).toBeGreaterThan(0);
  });
});
