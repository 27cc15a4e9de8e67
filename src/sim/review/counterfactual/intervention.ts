import type { Scenario } from '../../../scenario/schema';
import type { CommandType, IncidentKind, Role } from '../../ids';
import type { LoggedCommand, Seat, World } from '../../world';

/** Classes of a learner's commands a counterfactual may take out of the run. */
export const COMMAND_CLASSES = {
  discounts: ['set_price', 'set_discount', 'schedule_flash_sale', 'create_promotion'],
  coupons: ['create_coupon', 'issue_coupon', 'compensate'],
  ads: ['set_ad_budget'],
  approvals: ['approve_aftersale'],
} as const satisfies Record<string, readonly CommandType[]>;
export type CommandClass = keyof typeof COMMAND_CLASSES;

/**
 * One change to a run, replayed on the same scenario and seed to test a candidate cause:
 * - `incident`: the scenario's incident card never fires;
 * - `expert`: the role is played by the expert bot (a person's commands in it are dropped);
 * - `staff`: the role gets one more pair of hands at the same level (load against staff);
 * - `commands`: the people's commands of one class are left out.
 */
export type Intervention =
  | { kind: 'incident'; id: string; card: IncidentKind }
  | { kind: 'expert'; role: Role }
  | { kind: 'staff'; role: 'support' | 'warehouse' }
  | { kind: 'commands'; role: Role; cls: CommandClass };

/** A stable key for an intervention (replays are run once per key). */
export function interventionKey(iv: Intervention): string {
  switch (iv.kind) {
    case 'incident':
      return `incident:${iv.id}`;
    case 'expert':
    case 'staff':
      return `${iv.kind}:${iv.role}`;
    case 'commands':
      return `commands:${iv.role}:${iv.cls}`;
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
    const drop = new Set<string>(COMMAND_CLASSES[iv.cls]);
    commands = commands.filter((c) => !(c.command.role === iv.role && drop.has(c.command.type)));
  }
  return { scenario, seats, commands };
}
