import type { SopCard, SopRule } from '../../scenario/schema';
import type { Role } from '../../sim/ids';
import { activeSopCards } from '../../sim/sop/rules';
import type { World } from '../../sim/world';

export interface SopDue {
  card: SopCard;
  rule: SopRule;
  /** The order, SKU, review (`review:<i>`) or incident the answer must be about. */
  ref: string;
  /** Sim-seconds left before the rule is broken (negative: already late). */
  left: number;
}

/** Time-bound SOP steps this role still owes (answer a bad review, report a stock-out…), soonest first. */
export function sopDue(world: World, role: Role): SopDue[] {
  const cards = new Map(activeSopCards(world).map((c) => [c.id, c]));
  const out: SopDue[] = [];
  for (const p of world.pendingRules) {
    const card = cards.get(p.sop);
    const rule = card?.rules.find((r) => r.id === p.rule);
    if (!card || !rule || card.role !== role) continue;
    out.push({ card, rule, ref: p.ref, left: p.due - world.clock });
  }
  return out.sort((a, b) => a.left - b.left);
}
