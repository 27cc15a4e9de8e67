import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/scenario/schema';
import { createWorld } from '../../../src/sim/engine/create-world';
import type { SimEvent } from '../../../src/sim/events';
import type { ActiveIncident, Violation, World } from '../../../src/sim/world';

const text = (en: string, zh = en) => ({ 'zh-CN': zh, en });

/**
 * A small shop for scoring and review tests, starting at 09:00 (sim time 3600 = 10:00), with a
 * warehouse and a support SOP card in play. Worlds built from it are staged by hand: no engine.
 */
export function reviewScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const base: ScenarioInput = {
    id: 'review-shop',
    version: 2,
    title: text('Review shop', '复盘小店'),
    module: 'full_chain',
    difficulty: 1,
    story: text('A small shop.'),
    briefing: text('Ship on time.'),
    roles: ['buyer', 'support', 'ops', 'warehouse'],
    focusRole: 'warehouse',
    lengthMin: 240,
    startTime: '09:00',
    timeScale: 30,
    catalogue: [
      {
        id: 'tee',
        name: text('White tee', '白色T恤'),
        price: 59,
        cost: 22,
        stock: 20,
        bin: 'A-01',
      },
      {
        id: 'mug',
        name: text('Mug', '马克杯'),
        price: 35,
        cost: 12,
        stock: 5,
        bin: 'B-02',
        listing: { title: 0.3, image: 0.9, detail: 0.2, size_chart: 0.5 },
      },
    ],
    demand: { channels: {}, personas: [{ id: 'student', name: text('Student'), share: 1 }] },
    couriers: [
      {
        id: 'swift',
        name: text('Swift Express', '迅达快递'),
        costPerParcel: 4,
        transitHours: 2,
        pickups: ['12:00', '17:00'],
      },
    ],
    sops: ['order-exceptions', 'first-response'],
    sopCards: [
      {
        id: 'order-exceptions',
        role: 'warehouse',
        title: text('Order exceptions', '订单异常处理'),
        steps: [text('Check the queue at every pick-up.', '每次揽收前检查队列。')],
        rules: [
          {
            kind: 'requires_flag',
            id: 'verify-pack',
            text: text('Pack only with the scan check.', '打包必须复核扫描。'),
            command: 'pack_orders',
            flag: 'verify',
          },
        ],
      },
      {
        id: 'first-response',
        role: 'support',
        title: text('First response', '首次响应'),
        steps: [text('Greet first.', '先问候。')],
        rules: [
          {
            kind: 'requires_prior',
            id: 'lookup-first',
            text: text('Look up logistics before promising.', '承诺前先查物流。'),
            command: 'reply_ticket',
            template: 'ship_eta',
            prior: ['lookup_logistics'],
          },
        ],
      },
    ],
    targets: [{ kpi: 'on_time_ship_rate', op: '>=', value: 0.95 }],
  };
  return scenarioSchema.parse({ ...base, ...overrides });
}

/** A fresh world for the scenario, with nothing happened yet. */
export function stagedWorld(overrides: Partial<ScenarioInput> = {}): World {
  const world = createWorld(reviewScenario(overrides));
  world.clock = world.end;
  world.finished = true;
  return world;
}

/** Appends an event at sim time `t` (keeps the log in time order if called in order). */
export function at(world: World, t: number, e: Omit<SimEvent, 't'>): SimEvent {
  const event: SimEvent = { t, ...e };
  world.log.push(event);
  return event;
}

/** Adds an incident card as the engine would have left it. */
export function incident(world: World, inc: Omit<ActiveIncident, 'active'>): void {
  world.incidents[inc.id] = { active: false, ...inc };
}

/** Records an SOP violation. */
export function violation(world: World, v: Violation): void {
  world.violations.push(v);
}

/** The warehouse bot packed without the verify scan at `t` (about `ref`, if given). */
export function unverifiedPack(world: World, t: number, ref?: string): void {
  violation(world, {
    t,
    sop: 'order-exceptions',
    rule: 'verify-pack',
    role: 'warehouse',
    seat: 'bot-warehouse',
    command: 'pack_orders',
    ...(ref === undefined ? {} : { ref }),
  });
}

/**
 * Review options for a staged world: its log is written by hand, not played, so a replay of
 * its scenario and seed would measure a different run. Its causes stay unproven candidates.
 */
export const STAGED = { counterfactuals: false } as const;
