import type { KpiId, Role } from '../../ids';
import { KPI_DEFS } from '../../kpi/defs';
import type { RunScore } from '../../scoring/score';
import type { World } from '../../world';
import type { Cause } from '../types';
import {
  COMMAND_CLASSES,
  interventionKey,
  learnerSeatOf,
  type CommandClass,
  type Intervention,
} from './intervention';

/** Roles whose seats are not all played by the expert bot already (a replay could differ). */
function improvable(world: World, role: Role): boolean {
  const seats = Object.values(world.seats).filter((s) => s.role === role);
  return seats.length > 0 && seats.some((s) => s.bot !== 'expert');
}

/**
 * At most this many replays per review: each costs about one run of the drill (the debrief
 * runs them in a Web Worker, the CLI in-process; `npm run bench` measures them).
 */
export const MAX_REPLAYS = 6;

/** The classes of the learner's own commands that may move a KPI, done on time or left out. */
export const KPI_CLASSES: Partial<Record<KpiId, readonly CommandClass[]>> = {
  first_response_avg_s: ['chats'],
  first_response_p90_s: ['chats'],
  response_3min_rate: ['chats'],
  csat: ['chats'],
  inquiry_conversion_rate: ['chats'],
  dsr_service: ['chats'],
  on_time_ship_rate: ['shipping'],
  dsr_logistics: ['shipping'],
  oversold_orders: ['stock'],
  stockouts: ['stock'],
  gross_margin: ['discounts', 'coupons', 'goodwill'],
  net_profit: ['discounts', 'ads', 'coupons', 'goodwill'],
  aov: ['discounts', 'coupons'],
  roas: ['ads', 'discounts'],
  refund_rate: ['approvals'],
  refund_amount: ['approvals'],
  dispute_rate: ['approvals'],
};

/**
 * Whether a class replay could differ from the run: the learner holds a seat of its role, and
 * for a class left out, issued at least one command of it.
 */
function classApplies(world: World, cls: CommandClass): boolean {
  const def = COMMAND_CLASSES[cls];
  const seat = learnerSeatOf(Object.values(world.seats), def.role);
  if (!seat) return false;
  if (def.mode === 'on_time') return seat.bot !== 'expert';
  const types: readonly string[] = def.types;
  return world.commandLog.some((c) => c.command.seat === seat.id && types.includes(c.command.type));
}

const KINDS: readonly Intervention['kind'][] = ['expert', 'staff', 'incident', 'commands'];

/**
 * The replays that test the candidate causes of the missed targets, at most
 * {@link MAX_REPLAYS}: the role each cause names played by the expert bot; one more pair of
 * hands where load may be the cause; each incident a cause names switched off; the learner's
 * own commands of a class bearing on the KPI left out or done on time. The owners' roles come
 * first, then one incident and one class (never crowded out by the roles), then staff. Met targets
 * need none; one replay answers every KPI, so a change shared by several targets runs once.
 */
export function planInterventions(
  world: World,
  score: RunScore,
  candidates: readonly Cause[],
): Intervention[] {
  const byKind = new Map<Intervention['kind'], Map<string, Intervention>>(
    KINDS.map((k) => [k, new Map()]),
  );
  const add = (iv: Intervention) => byKind.get(iv.kind)?.set(interventionKey(iv), iv);
  const roles = new Set<Role>();
  score.targets.forEach((r, i) => {
    if (r.met || r.noData) return;
    const owner = KPI_DEFS[r.kpi].role;
    roles.add(owner);
    for (const c of candidates.filter((x) => x.target === i)) {
      if (c.ownerRole !== 'buyer') roles.add(c.ownerRole);
      for (const inc of c.incidents)
        if (/^inc\d+$/.test(inc.id)) add({ kind: 'incident', id: inc.id, card: inc.kind });
    }
    if (owner === 'support' || owner === 'warehouse') add({ kind: 'staff', role: owner });
    for (const cls of KPI_CLASSES[r.kpi] ?? [])
      if (classApplies(world, cls)) add({ kind: 'commands', cls });
  });
  // The missed targets' owners first: a role a cause only mentions is tested after them.
  const owners = new Set(score.targets.filter((r) => !r.met).map((r) => KPI_DEFS[r.kpi].role));
  const ranked = [...roles].sort((a, b) => Number(owners.has(b)) - Number(owners.has(a)));
  for (const role of ranked)
    if (role !== 'buyer' && improvable(world, role)) add({ kind: 'expert', role });
  const list = (k: Intervention['kind']) => [...(byKind.get(k)?.values() ?? [])];
  const experts = list('expert');
  const own = experts.filter((iv) => iv.kind === 'expert' && owners.has(iv.role));
  const [incident, ...incidents] = list('incident');
  const [cls, ...classes] = list('commands');
  // Each owner's role played well, then one incident and one class of the learner's own
  // commands (never crowded out by the roles), then load against staff, then the rest.
  const order = [
    ...own,
    ...(incident ? [incident] : []),
    ...(cls ? [cls] : []),
    ...list('staff'),
    ...incidents,
    ...classes,
    ...experts.filter((iv) => !own.includes(iv)),
  ];
  return order.slice(0, MAX_REPLAYS);
}
