import { KPI_DEFS } from '../../kpi/defs';
import type { Role } from '../../ids';
import type { RunScore } from '../../scoring/score';
import type { World } from '../../world';
import type { Cause } from '../types';
import { interventionKey, type Intervention } from './intervention';

/** Roles whose seats are not all played by the expert bot already (a replay could differ). */
function improvable(world: World, role: Role): boolean {
  const seats = Object.values(world.seats).filter((s) => s.role === role);
  return seats.length > 0 && seats.some((s) => s.bot !== 'expert');
}

/**
 * At most this many replays per review: each costs about one run of the drill, and the first
 * ones (the owners' roles played well, the incidents named) explain most gaps.
 */
export const MAX_REPLAYS = 5;

/**
 * The replays that test the candidate causes of the missed targets, most telling first and at
 * most {@link MAX_REPLAYS}: the role each cause names played by the expert bot, one more pair
 * of hands where load may be the cause, each incident a cause names switched off. Met targets
 * need none. One replay answers every KPI, so a change shared by several targets runs once.
 */
export function planInterventions(
  world: World,
  score: RunScore,
  candidates: readonly Cause[],
): Intervention[] {
  const out = new Map<string, Intervention>();
  const add = (iv: Intervention) => out.set(interventionKey(iv), iv);
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
  });
  for (const role of roles)
    if (role !== 'buyer' && improvable(world, role)) add({ kind: 'expert', role });
  return [...out.values()].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]).slice(0, MAX_REPLAYS);
}

const ORDER: Record<Intervention['kind'], number> = {
  expert: 0,
  // Load against staff before the incidents: a structural cause is the one a manager can fix.
  staff: 1,
  incident: 2,
  commands: 3,
};
