import type { Scenario } from '../../../scenario/schema';
import type { CommandType, IncidentKind, Role } from '../../ids';
import type { LoggedCommand, Seat, World } from '../../world';

/** A class of the learner's commands a counterfactual changes, and how. */
export interface CommandClassDef {
  role: Role;
  types: readonly CommandType[];
  /**
   * `drop`: the learner's commands of the class are left out (was the move itself the harm?);
   * `on_time`: they are left out and the expert policy issues that class — and only that
   * class — from the learner's seat, when it falls due (was doing it late the harm?).
   */
  mode: 'drop' | 'on_time';
}

/** Classes of a learner's commands a counterfactual may take out or do on time. */
export const COMMAND_CLASSES = {
  discounts: {
    role: 'ops',
    types: ['set_price', 'set_discount', 'schedule_flash_sale', 'create_promotion'],
    mode: 'drop',
  },
  coupons: { role: 'ops', types: ['create_coupon'], mode: 'drop' },
  goodwill: { role: 'support', types: ['issue_coupon', 'compensate'], mode: 'drop' },
  ads: { role: 'ops', types: ['set_ad_budget'], mode: 'drop' },
  approvals: { role: 'support', types: ['approve_aftersale'], mode: 'drop' },
  // The whole of the chat work, not replies alone: a good hand's policy answers, looks up and
  // closes in turn, and a class that refused the closing steps would stall on its first chats.
  chats: {
    role: 'support',
    types: [
      'pick_up_ticket',
      'lookup_order',
      'lookup_logistics',
      'reply_ticket',
      'resolve_ticket',
      'escalate_ticket',
      'issue_coupon',
      'compensate',
      'change_address',
      'request_intercept',
    ],
    mode: 'on_time',
  },
  shipping: {
    role: 'warehouse',
    types: ['pick_wave', 'pack_orders', 'print_waybill', 'handover'],
    mode: 'on_time',
  },
  stock: { role: 'warehouse', types: ['report_stockout', 'cycle_count'], mode: 'on_time' },
} as const satisfies Record<string, CommandClassDef>;
export type CommandClass = keyof typeof COMMAND_CLASSES;

/**
 * One change to a run, replayed on the same scenario and seed to test a candidate cause:
 * - `incident`: the scenario's incident card never fires;
 * - `expert`: the role is played by the expert bot (a person's commands in it are dropped);
 * - `staff`: the role gets one more pair of hands at the same level (load against staff);
 * - `commands`: the learner's commands of one class are left out, or done on time by the
 *   expert policy from the learner's own seat (see {@link COMMAND_CLASSES}).
 */
export type Intervention =
  | { kind: 'incident'; id: string; card: IncidentKind }
  | { kind: 'expert'; role: Role }
  | { kind: 'staff'; role: 'support' | 'warehouse' }
  | { kind: 'commands'; cls: CommandClass };

/** A stable key for an intervention (replays are run once per key). */
export function interventionKey(iv: Intervention): string {
  switch (iv.kind) {
    case 'incident':
      return `incident:${iv.id}`;
    case 'expert':
    case 'staff':
      return `${iv.kind}:${iv.role}`;
    case 'commands':
      return `commands:${iv.cls}`;
  }
}

/**
 * What a counterfactual replay starts from: plain data (no world), so a Web Worker can receive
 * it by structured clone and replay off the UI thread.
 */
export interface ReplayBasis {
  scenario: Scenario;
  seed: number;
  /** The run's seats as they were at its start (the aftermath's routine crew left out). */
  seats: Seat[];
  /** The commands people issued, in order. */
  commands: LoggedCommand[];
  /** Sim time the drill stopped at (an early end too). */
  stop: number;
}

/** What a counterfactual replay starts from: the changed scenario, seats and command log. */
export interface ReplayInput {
  scenario: Scenario;
  seats: Seat[];
  commands: LoggedCommand[];
  /** A class done on time: the expert policy issues these commands from this seat. */
  onTime?: { seat: string; types: readonly CommandType[] };
}

/** The plain inputs of a finished run that every replay of it starts from. */
export function replayBasis(world: World): ReplayBasis {
  return {
    scenario: world.scenario,
    seed: world.seed,
    seats: Object.values(world.seats)
      .filter((s) => !s.id.startsWith('routine-'))
      .map((s) => ({ ...s })),
    commands: world.commandLog.filter((c) => !world.seats[c.command.seat]?.bot),
    stop: world.drillEndedAt ?? world.end,
  };
}

/** A start time no run reaches (a year of sim time). */
const NEVER = 365 * 86_400;

/** The incident card index behind a scenario incident id (`inc<N>`), if it is one. */
const scenarioIncident = (id: string): number | undefined => {
  const m = /^inc(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
};

/**
 * The learner's seat of a role: the person's, or in an all-bot run the role's own bot seat
 * (not a colleague, who stands for the rest of the team).
 */
export function learnerSeatOf(seats: readonly Seat[], role: Role): Seat | undefined {
  const mine = seats.filter((s) => s.role === role && !s.colleagueOf);
  const people = seats.some((s) => !s.bot && s.role !== 'trainer');
  return people ? mine.find((s) => !s.bot) : mine[0];
}

/** Applies an intervention to a finished run's inputs (the run itself is left untouched). */
export function changedInputs(basis: ReplayBasis, iv: Intervention): ReplayInput {
  const seats = basis.seats.map((s) => ({ ...s }));
  let scenario = basis.scenario;
  let commands = basis.commands;
  if (iv.kind === 'incident') {
    const index = scenarioIncident(iv.id);
    // Moved past the aftermath rather than removed, so the other cards keep their ids.
    scenario = {
      ...scenario,
      incidents: scenario.incidents.map((inc, i) => (i === index ? { ...inc, at: NEVER } : inc)),
    };
  } else if (iv.kind === 'expert') {
    for (const s of seats) if (s.role === iv.role) s.bot = 'expert';
    commands = commands.filter((c) => c.command.role !== iv.role);
  } else if (iv.kind === 'staff') {
    scenario =
      iv.role === 'support'
        ? { ...scenario, support: { ...scenario.support, agents: scenario.support.agents + 1 } }
        : {
            ...scenario,
            warehouse: {
              ...scenario.warehouse,
              pickers: scenario.warehouse.pickers + 1,
              packers: scenario.warehouse.packers + 1,
            },
          };
  } else {
    const cls: CommandClassDef = COMMAND_CLASSES[iv.cls];
    const drop = new Set<string>(cls.types);
    const seat = learnerSeatOf(seats, cls.role);
    // A person's commands come from the log; a bot learner (an all-bot run) is told to skip them.
    commands = commands.filter((c) => !(c.command.seat === seat?.id && drop.has(c.command.type)));
    if (seat?.bot) seat.without = [...cls.types];
    if (seat && cls.mode === 'on_time')
      return { scenario, seats, commands, onTime: { seat: seat.id, types: cls.types } };
  }
  return { scenario, seats, commands };
}
